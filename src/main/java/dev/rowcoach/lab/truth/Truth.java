package dev.rowcoach.lab.truth;

import java.util.List;

/**
 * What really happened in a simulated session: the labels a recording's analysis is scored against.
 * Stored beside the recording as {@code FILE.truth.json} ({@code schema} = "rowcoach.truth/1"). Times are
 * seconds since the first sample written to the file.
 *
 * @param schema   "rowcoach.truth/1"
 * @param seed     the simulator seed that reproduces the session
 * @param format   wire format of the file (rowcoach, ascii, witmotion, recording)
 * @param rateHz   nominal sample rate, Hz
 * @param hasGyro  whether the file carries angular rate
 * @param lifter   the simulated body and mount, for reference
 * @param sets     the sets, in order
 * @param events   other labelled motion: pick-ups, put-downs, grip adjustments, bumps, gaps in the data
 */
public record Truth(String schema, long seed, String format, double rateHz, boolean hasGyro, TruthLifter lifter,
                    List<TruthSet> sets, List<TruthEvent> events) {

    public static final String SCHEMA = "rowcoach.truth/1";

    public Truth {
        sets = List.copyOf(sets);
        events = List.copyOf(events);
    }
}
