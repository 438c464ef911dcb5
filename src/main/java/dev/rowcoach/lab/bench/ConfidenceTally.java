package dev.rowcoach.lab.bench;

import java.util.Locale;

/**
 * Grades given with a confidence, scored against the truth: a grade's confidence is meant as the probability that it
 * is right, so over many reps the mean confidence should be the share right; a mean above it is overconfidence. The
 * swing error is kept too: a reading's spread is about 1.25 times its mean absolute error (docs/GRADING.md).
 *
 * @param reps          graded reps
 * @param swingAbsErrorSumDeg sum of |estimated − true| torso swing, degrees
 * @param confidenceSum the sum of their grade confidences
 * @param right         how many were graded right
 * @param sure          how many had a confidence of at least {@value #SURE}
 * @param sureRight     how many of those were graded right
 */
public record ConfidenceTally(int reps, double swingAbsErrorSumDeg, double confidenceSum, int right, int sure, int sureRight) {

    /** A confidence from which a grade reads as certain to a lifter. */
    public static final double SURE = 0.9;

    /** Nothing graded. */
    public static final ConfidenceTally EMPTY = new ConfidenceTally(0, 0, 0, 0, 0, 0);

    /** This tally and one more grade, of {@code confidence}, right or not, whose swing was {@code errorDeg} off. */
    public ConfidenceTally plus(double errorDeg, double confidence, boolean isRight) {
        boolean isSure = confidence >= SURE;
        return new ConfidenceTally(reps + 1, swingAbsErrorSumDeg + Math.abs(errorDeg), confidenceSum + confidence, right + (isRight ? 1 : 0), sure + (isSure ? 1 : 0),
                sureRight + (isSure && isRight ? 1 : 0));
    }

    /** Both tallies pooled. */
    public ConfidenceTally plus(ConfidenceTally o) {
        return new ConfidenceTally(reps + o.reps, swingAbsErrorSumDeg + o.swingAbsErrorSumDeg, confidenceSum + o.confidenceSum,
                right + o.right, sure + o.sure, sureRight + o.sureRight);
    }

    /** Mean absolute error of the estimated swing, degrees; NaN when none was graded. */
    public double swingMaeDeg() {
        return reps == 0 ? Double.NaN : swingAbsErrorSumDeg / reps;
    }

    /** Mean confidence given; NaN when none was graded. */
    public double meanConfidence() {
        return reps == 0 ? Double.NaN : confidenceSum / reps;
    }

    /** Share graded right; NaN when none was graded. */
    public double accuracy() {
        return reps == 0 ? Double.NaN : (double) right / reps;
    }

    /** Share of the grades given with a confidence of at least {@value #SURE} that were right; NaN when there were none. */
    public double sureAccuracy() {
        return sure == 0 ? Double.NaN : (double) sureRight / sure;
    }

    /** "312 reps, swing MAE 6.87°, mean confidence 0.87 for 0.75 right (0.9 or more: 200 reps, 0.81 right)". */
    public String render() {
        return String.format(Locale.ROOT, "%d reps, swing MAE %.2f°, mean confidence %.2f for %.2f right (%.1f or more: %s)",
                reps, swingMaeDeg(), meanConfidence(), accuracy(), SURE,
                sure == 0 ? "none" : String.format(Locale.ROOT, "%d reps, %.2f right", sure, sureAccuracy()));
    }
}
