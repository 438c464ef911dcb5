package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.sensor.Sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A simulated session: every sample the sensor produced in file order (including repeats of a BLE link
 * and samples the link then lost), which of them the file leaves out, the device configuration, and the
 * truth. What it returns is immutable.
 */
public final class SimulatedSession {

    private final SimulationRequest request;
    private final List<Sample> produced;
    private final boolean[] dropped;
    private final SensorConfig sensor;
    private final Truth truth;
    private final Internals internals;

    /**
     * What tests of the physics look at beyond the file: the choreography, the sensor's kinematics (not
     * thread-safe), local gravity (m/s²) and the session time of the file's first sample (s).
     */
    record Internals(Choreography choreography, Kinematics kinematics, double gravity, double offsetS) {
    }

    SimulatedSession(SimulationRequest request, List<Sample> produced, boolean[] dropped, SensorConfig sensor,
                     Truth truth, Internals internals) {
        this.request = request;
        this.produced = List.copyOf(produced);
        this.dropped = dropped.clone();
        this.sensor = sensor;
        this.truth = truth;
        this.internals = internals;
    }

    public SimulationRequest request() {
        return request;
    }

    /** The samples the file holds, in order: what a decoder delivers (up to its formats' rounding). */
    public List<Sample> samples() {
        List<Sample> out = new ArrayList<>(produced.size());
        for (int i = 0; i < produced.size(); i++) {
            if (!dropped[i]) {
                out.add(produced.get(i));
            }
        }
        return out;
    }

    /** Every sample produced, including those the file leaves out. */
    public List<Sample> producedSamples() {
        return produced;
    }

    /** Whether produced sample {@code i} is left out of the file. */
    public boolean isDropped(int i) {
        return dropped[i];
    }

    /** How many produced samples the file leaves out. */
    public int droppedCount() {
        int n = 0;
        for (boolean d : dropped) {
            n += d ? 1 : 0;
        }
        return n;
    }

    public SensorConfig sensor() {
        return sensor;
    }

    public Truth truth() {
        return truth;
    }

    Internals internals() {
        return internals;
    }

    @Override
    public String toString() {
        return "SimulatedSession[" + request.format().id() + ", " + produced.size() + " samples, " + droppedCount()
                + " dropped, " + truth.sets().size() + " sets]";
    }
}
