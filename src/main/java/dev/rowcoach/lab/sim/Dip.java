package dev.rowcoach.lab.sim;



/**
 * The pre-pull dip: hips and knees flex, the hip (and the hanging bar) drops, then rebounds into the
 * pull.
 *
 * @param mode   how dips are chosen
 * @param depthM hip drop for {@link Mode#FIXED}, m (0.005–0.10); 0 otherwise
 */
public record Dip(Mode mode, double depthM) {

    /** How dips are chosen. */
    public enum Mode {
        /** The lifter's habit: usually with body English (60 % of swinging reps, 1–6 cm), rarely otherwise. */
        AUTO,
        /** Never. */
        NONE,
        /** Every rep, 2–6 cm. */
        EVERY_REP,
        /** Every rep, exactly {@code depthM}. */
        FIXED
    }

    public static final Dip AUTO = new Dip(Mode.AUTO, 0);
    public static final Dip NONE = new Dip(Mode.NONE, 0);
    public static final Dip EVERY_REP = new Dip(Mode.EVERY_REP, 0);

    /** Deepest dip a plan may ask for, m. */
    public static final double MAX_DEPTH_M = 0.10;

    public Dip {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (mode == Mode.FIXED ? !(depthM >= 0.005 && depthM <= MAX_DEPTH_M) : depthM != 0) {
            throw new IllegalArgumentException("dip depth must be 0.005–" + MAX_DEPTH_M + " m, got " + depthM);
        }
    }
}
