package dev.rowcoach.grading;

/**
 * A rep's grade.
 *
 * @param sway       the features and the estimated torso swing (its basis, and whether its features agree)
 * @param grade      strict, cheat or excessive; null when the swing is withheld (an estimate beyond
 *                   {@link Grader#MAX_SWING_DEG}°: not a row)
 * @param confidence 0–1: the probability, given the estimate's spread, that the true swing has this grade, times
 *                   the motion core's confidence in the rep (lower without a gyroscope, at low rates, after gaps),
 *                   lowered without a baseline or when the features disagree, at most 0.6 without a gyroscope,
 *                   halved for an exercise the model was not validated on; NaN when the grade is withheld
 */
public record RepGrade(Sway sway, Grade grade, double confidence) {

    /** Whether the swing was withheld (no grade). */
    public boolean withheld() {
        return grade == null;
    }
}
