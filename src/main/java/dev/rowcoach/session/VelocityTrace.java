package dev.rowcoach.session;

/**
 * A set's vertical velocity over time as the rep detector saw it (the motion core's detection velocity: integrated
 * vertical acceleration, high-passed, zero while the sensor rests), decimated to at most {@link #MAX_POINTS} points
 * for the HTML report. A NaN velocity marks a break: no data arrived there (the line is not drawn across it).
 */
public final class VelocityTrace {

    /** At most this many points per set: enough for the shape of each rep, small enough for the page. */
    public static final int MAX_POINTS = 500;

    /** No trace (a report built without the motion core's tap, e.g. read back from the history). */
    public static final VelocityTrace NONE = new VelocityTrace(new double[0], new double[0]);

    private final double[] timeS;
    private final double[] velocityMps;

    /** @throws IllegalArgumentException when the arrays differ in length or hold more than {@link #MAX_POINTS} */
    VelocityTrace(double[] timeS, double[] velocityMps) {
        if (timeS.length != velocityMps.length || timeS.length > MAX_POINTS) {
            throw new IllegalArgumentException("a trace holds equal numbers of times and velocities, at most "
                    + MAX_POINTS + ", not " + timeS.length + " and " + velocityMps.length);
        }
        this.timeS = timeS.clone();
        this.velocityMps = velocityMps.clone();
    }

    public int size() {
        return timeS.length;
    }

    /** Time of point {@code i}, s from the first sample. */
    public double timeS(int i) {
        return timeS[i];
    }

    /** Velocity at point {@code i}, m/s (up positive), or NaN at a break. */
    public double velocityMps(int i) {
        return velocityMps[i];
    }
}
