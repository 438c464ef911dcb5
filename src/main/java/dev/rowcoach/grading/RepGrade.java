package dev.rowcoach.grading;

/**
 * A rep's grade.
 *
 * @param sway       the features and the estimated torso swing
 * @param grade      strict, cheat or excessive
 * @param confidence 0–1: the probability, given the estimate's spread, that the true swing has this grade, times
 *                   the motion core's confidence in the rep (lower without a gyroscope, at low rates, after gaps),
 *                   halved for an exercise the model was not validated on
 */
public record RepGrade(Sway sway, Grade grade, double confidence) {
}
