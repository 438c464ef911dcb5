package dev.rowcoach.coach;

/**
 * When a set of rows counts as hard for the weekly volume (docs/HISTORY.md): at least {@code minReps} reps and a
 * velocity loss of at least {@code minVelocityLossPct}. Velocity loss is an effort signal, not a measure of reps
 * left in reserve (for the prone bench pull it predicts them poorly), so the count is an estimate.
 *
 * @param minReps            reps, ≥ 1
 * @param minVelocityLossPct %, 0–100
 * @throws IllegalArgumentException when out of range
 */
public record HardSetRule(int minReps, double minVelocityLossPct) {

    /** At least 3 reps and 15 % velocity loss. */
    public static final HardSetRule DEFAULTS = new HardSetRule(3, 15);

    public HardSetRule {
        if (minReps < 1) {
            throw new IllegalArgumentException("a hard set needs at least 1 rep, got " + minReps);
        }
        if (!(minVelocityLossPct >= 0 && minVelocityLossPct <= 100)) {
            throw new IllegalArgumentException("the hard-set velocity loss must be 0–100 %, got " + minVelocityLossPct);
        }
    }

    /**
     * Whether a set of {@code reps} reps with a velocity loss of {@code velocityLossPct} % (null when unknown) is
     * hard; a set whose velocity loss is unknown is not.
     */
    public boolean isHard(int reps, Double velocityLossPct) {
        return reps >= minReps && velocityLossPct != null && velocityLossPct >= minVelocityLossPct;
    }
}
