package dev.rowcoach.lab.sim;



/**
 * Sets of one exercise, as a plan states them. Optional settings are {@code null} when the plan leaves
 * them to the lifter (drawn from the seed).
 *
 * @param exercise     the row variant
 * @param sets         number of sets, 1–20
 * @param reps         reps per set, 1–50
 * @param loadKg       load, kg (0–500), or null: 70 % of the lifter's one-rep maximum for the exercise
 * @param swing        torso swing per rep, or null: strict (kroc rows: cheat)
 * @param dip          pre-pull dip
 * @param pickup       whether sets start with a pick-up from the floor and end with a put-down (null: yes);
 *                     without, the lifter holds the bar between sets (see docs/SIMULATOR.md)
 * @param restS        rest between this block's sets, s (0–3600), or null: 60 s
 * @param romM         strict range of motion, m (0.20–0.70), or null: what the lifter's body gives
 * @param velocityLoss loss of mean concentric velocity from the first to the last rep of a set (0–0.6), or
 *                     null: the lifter's habit (10–30 %)
 * @param topHoldS     hold at the top of each rep (a squeeze), s (0–3, drawn per rep from the range), or null:
 *                     the lifter's habit (0–0.4 s)
 * @param deadStopS    stop at the bottom before each rep after the first, s (0–5, drawn per rep): the bar held at
 *                     the hang, or resting on the floor for rows from the floor; or null: the lifter's habit
 * @param lowerS       how long each rep's lowering lasts, s (0.5–6, drawn per rep: a slow, controlled eccentric), or
 *                     null: the lifter's habit (0.8–2.0 s, shorter on swinging reps and rows from the floor)
 * @param gripAdjust   whether each set has a grip adjustment before its first rep (null: 30 % of sets)
 * @param bump         whether each rest on the floor after a set has a knock on the bar (null: 30 %)
 * @param gapS         a data gap of this many seconds in the middle of the block's first set (0.1–60),
 *                     or null: none
 */
public record ExerciseBlock(Exercise exercise, int sets, int reps, Double loadKg, SwingProfile swing, Dip dip,
                            Boolean pickup, Double restS, Double romM, Double velocityLoss, SecondsRange topHoldS,
                            SecondsRange deadStopS, SecondsRange lowerS,
                            Boolean gripAdjust, Boolean bump, Double gapS) implements PlanItem {

    /** @throws IllegalArgumentException when a value is out of range or the exercise cannot do it */
    public ExerciseBlock {
        if (exercise == null) {
            throw new IllegalArgumentException("exercise is required");
        }
        if (dip == null) {
            dip = Dip.AUTO;
        }
        requireRange(sets, 1, 20, "sets");
        requireRange(reps, 1, 50, "reps");
        requireRange(loadKg, 0, 500, "load (kg)");
        requireRange(restS, 0, 3600, "rest (s)");
        requireRange(romM, 0.20, 0.70, "rom (m)");
        requireRange(velocityLoss, 0, 0.6, "loss");
        requireRange(topHoldS, 3, "squeeze (s)");
        requireRange(deadStopS, 5, "pause (s)");
        if (lowerS != null && (lowerS.minS() < 0.5 || lowerS.maxS() > 6)) {
            throw new IllegalArgumentException("lower must be 0.5–6 s, got " + fmt(lowerS.minS())
                    + (lowerS.maxS() > lowerS.minS() ? "–" + fmt(lowerS.maxS()) : ""));
        }
        requireRange(gapS, 0.1, 60, "gap (s)");
        if (swing instanceof SwingProfile.Explicit e && e.swingsDeg().size() != reps) {
            throw new IllegalArgumentException("swing lists " + e.swingsDeg().size() + " values for " + reps + " reps");
        }
        if (swing instanceof SwingProfile.CheatLast c && c.reps() > reps) {
            throw new IllegalArgumentException("cheat-last=" + c.reps() + " is more than the " + reps + " reps of a set");
        }
        if (exercise.torsoSupported() && swing != null && !(swing instanceof SwingProfile.Strict) && !swing.none()) {
            throw new IllegalArgumentException(exercise.id() + ": the torso lies on a bench or pad, so it cannot swing (use swing=strict)");
        }
        if (exercise.torsoSupported() && (dip.mode() == Dip.Mode.EVERY_REP || dip.mode() == Dip.Mode.FIXED)) {
            throw new IllegalArgumentException(exercise.id() + ": the torso lies on a bench or pad, so there is no dip");
        }
        if (exercise.start() == Exercise.Start.FLOOR && (dip.mode() == Dip.Mode.EVERY_REP || dip.mode() == Dip.Mode.FIXED)) {
            throw new IllegalArgumentException(exercise.id() + ": every rep starts from the floor, so there is no dip");
        }
        if (exercise.start() == Exercise.Start.FLOOR && Boolean.FALSE.equals(pickup)) {
            throw new IllegalArgumentException(exercise.id() + ": every rep starts from the floor, so pickup=no is impossible");
        }
    }

    /** A block with only the essentials; everything else left to the lifter. */
    public static ExerciseBlock of(Exercise exercise, int sets, int reps, Double loadKg, SwingProfile swing) {
        return new ExerciseBlock(exercise, sets, reps, loadKg, swing, Dip.AUTO, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** The swing profile in effect: the plan's, or the exercise's habit. */
    public SwingProfile swingOrDefault() {
        if (swing != null) {
            return swing;
        }
        return exercise.cheatsByDefault() ? new SwingProfile.Cheat() : new SwingProfile.Strict();
    }

    /** Whether sets start with a pick-up and end with a put-down. */
    public boolean pickupOrDefault() {
        return pickup == null || pickup;
    }

    private static void requireRange(int v, int lo, int hi, String name) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be " + lo + "–" + hi + ", got " + v);
        }
    }

    private static void requireRange(SecondsRange r, double max, String name) {
        if (r != null && r.maxS() > max) {
            throw new IllegalArgumentException(name + " must be 0–" + fmt(max) + ", got up to " + fmt(r.maxS()));
        }
    }

    private static void requireRange(Double v, double lo, double hi, String name) {
        if (v != null && !(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(name + " must be " + fmt(lo) + "–" + fmt(hi) + ", got " + fmt(v));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
