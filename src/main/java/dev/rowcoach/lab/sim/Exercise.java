package dev.rowcoach.lab.sim;

import java.util.Locale;

/**
 * The row variants the simulator knows, with the body position each is done in. Torso angles are above
 * horizontal, in degrees; each simulated lifter's own angle is drawn inside the range.
 */
public enum Exercise {
    /** Bent-over barbell row: picked up with a deadlift, torso 15–45°, reps touch-and-go or paused. */
    BARBELL_ROW("barbell-row", Implement.BARBELL, Start.DEADLIFT, 15, 45, false, 1.0, 0.45, 0.65),
    /** Every rep from the floor with a dead stop; torso near horizontal (5–20°). */
    PENDLAY_ROW("pendlay-row", Implement.BARBELL, Start.FLOOR, 5, 20, false, 0.9, 0.50, 0.70),
    /** More upright torso (40–60°), bar pulled to the lower abdomen. */
    YATES_ROW("yates-row", Implement.BARBELL, Start.DEADLIFT, 40, 60, false, 1.1, 0.25, 0.40),
    /** One-arm dumbbell row, heavy and loose: body English is expected. */
    KROC_ROW("kroc-row", Implement.DUMBBELL, Start.LIFT, 10, 30, false, 0.45, 0.40, 0.60),
    /** One-arm dumbbell row, strict, the free hand on a bench. */
    DUMBBELL_ROW("dumbbell-row", Implement.DUMBBELL, Start.LIFT, 10, 30, false, 0.4, 0.40, 0.60),
    /** Landmine T-bar row: the handle moves on an arc about the pivot on the floor. */
    T_BAR_ROW("t-bar-row", Implement.T_BAR, Start.LIFT, 25, 45, false, 1.0, 0.45, 0.65),
    /** Lying prone on a high bench: torso horizontal and fixed, no swing, no dip. */
    SEAL_ROW("seal-row", Implement.BARBELL, Start.LIFT, 0, 5, true, 0.75, 0.60, 0.80),
    /** Chest on an incline pad (30–45°): torso fixed, no swing, no dip. */
    CHEST_SUPPORTED_ROW("chest-supported-row", Implement.BARBELL, Start.LIFT, 30, 45, true, 0.8, 0.60, 0.80);

    /** How a set begins. */
    enum Start {
        /** Deadlift from the floor to standing, stand, hinge into the row position. */
        DEADLIFT,
        /** Already in the row position: lift the implement from the floor (or blocks) below the hang. */
        LIFT,
        /** Every rep starts from the floor; nothing to pick up. */
        FLOOR
    }

    private final String id;
    private final Implement implement;
    private final Start start;
    private final double torsoMinDeg;
    private final double torsoMaxDeg;
    private final boolean torsoSupported;
    private final double oneRepMaxFactor;
    private final double contactMinFraction;
    private final double contactMaxFraction;

    Exercise(String id, Implement implement, Start start, double torsoMinDeg, double torsoMaxDeg,
             boolean torsoSupported, double oneRepMaxFactor, double contactMinFraction, double contactMaxFraction) {
        this.id = id;
        this.implement = implement;
        this.start = start;
        this.torsoMinDeg = torsoMinDeg;
        this.torsoMaxDeg = torsoMaxDeg;
        this.torsoSupported = torsoSupported;
        this.oneRepMaxFactor = oneRepMaxFactor;
        this.contactMinFraction = contactMinFraction;
        this.contactMaxFraction = contactMaxFraction;
    }

    /** The name used in plans, e.g. "barbell-row". */
    public String id() {
        return id;
    }

    Implement implement() {
        return implement;
    }

    Start start() {
        return start;
    }

    /** Smallest torso angle of the row position, degrees above horizontal. */
    double torsoMinDeg() {
        return torsoMinDeg;
    }

    /** Largest torso angle of the row position, degrees above horizontal. */
    double torsoMaxDeg() {
        return torsoMaxDeg;
    }

    /** Whether a bench or pad holds the torso: no swing and no dip are possible. */
    public boolean torsoSupported() {
        return torsoSupported;
    }

    /** This exercise's one-rep maximum relative to the lifter's barbell row. */
    double oneRepMaxFactor() {
        return oneRepMaxFactor;
    }

    /** Where the bar meets the torso, as a fraction of the hip-to-shoulder length from the hip (lower bound). */
    double contactMinFraction() {
        return contactMinFraction;
    }

    double contactMaxFraction() {
        return contactMaxFraction;
    }

    /** Whether a swing profile is the exercise's habit when the plan does not say (kroc rows: body English). */
    boolean cheatsByDefault() {
        return this == KROC_ROW;
    }

    /** The exercise named {@code id}, or {@code null}. */
    public static Exercise fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Exercise e : values()) {
            if (e.id.equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    /** Every name, comma separated, for messages. */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (Exercise e : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(e.id);
        }
        return b.toString();
    }
}
