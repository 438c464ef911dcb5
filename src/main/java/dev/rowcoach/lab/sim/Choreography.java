package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.TruthEvent;

import java.util.List;

/**
 * A whole session laid out: the motion, the sets and reps where they were put, the labelled non-rep
 * events, and the data gaps asked for. Times in session seconds.
 *
 * @param motion     the bar's motion
 * @param sets       the sets, in order
 * @param events     pick-ups, put-downs, rests, grip adjustments, bumps (not gaps: those come from what the
 *                   file really lacks)
 * @param gapWindows {start, end} of the data gaps the plan asked for, s
 * @param geometry   row geometry of the first set (for the truth file's lifter description)
 */
record Choreography(Motion motion, List<DesignedSet> sets, List<TruthEvent> events, List<double[]> gapWindows,
                    RowGeometry geometry) {

    Choreography {
        sets = List.copyOf(sets);
        events = List.copyOf(events);
        gapWindows = List.copyOf(gapWindows);
    }
}
