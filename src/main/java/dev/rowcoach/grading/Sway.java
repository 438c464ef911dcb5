package dev.rowcoach.grading;

/**
 * A rep's sway: the bar-path features it was graded on (docs/GRADING.md) and the torso swing estimated from
 * them. A value that cannot be computed is NaN (null in JSON).
 *
 * @param horizontalM         horizontal excursion of the bar during the concentric, along its main horizontal
 *                            direction, m
 * @param dipM                pre-pull dip: downward travel of the bar just before the concentric, m
 * @param torsoSwingDeg       estimated rise of the torso during the concentric, degrees; NaN when withheld (an
 *                            estimate beyond {@link Grader#MAX_SWING_DEG}° is not a row)
 * @param earlyPathM          the early movement of the bar in the pull (what a swing adds) that the early-movement
 *                            estimate read: vertical and horizontal with a gyroscope, vertical alone without one or when
 *                            the exercise's model reads the height alone (T-bar), m
 * @param timeToPeakFraction  time to peak velocity as a fraction of the concentric (a swing peaks early)
 * @param startVelocityMps    vertical velocity 50 ms into the concentric, m/s
 * @param romVsStrict         the rep's ROM over the baseline ROM (without a baseline: over the median ROM of the reps
 *                            graded confidently strict so far, once there are two), or NaN
 * @param romDepartureM       the rep's ROM minus the baseline ROM (the calibration's, or the set's first reps'), m, or
 *                            NaN without a baseline
 * @param horizontalDepartureM the rep's horizontal excursion minus its baseline, m, or NaN without a calibration set
 *                            this session or the set's first reps as the baseline (a stored calibration holds the ROM
 *                            alone)
 * @param earlySwingDeg       the swing the early movement alone reads, degrees (the estimate without a
 *                            baseline; compared with the baseline's otherwise)
 * @param basis               what the estimate rests on: {@link Basis}
 * @param baseline            whether this rep joined the lifter's baseline (a rep of the calibration set): the history
 *                            keeps their ROM as the lifter's calibration
 * @param featuresAgree       whether the baseline's estimate and the early movement's give the same grade (or lie
 *                            within the estimate's spread of each other); true when there is no baseline to compare
 */
public record Sway(double horizontalM, double dipM, double torsoSwingDeg, double earlyPathM,
                   double timeToPeakFraction, double startVelocityMps, double romVsStrict, double romDepartureM,
                   double horizontalDepartureM,
                   double earlySwingDeg, Basis basis, boolean baseline, boolean featuresAgree) {

    /** What a rep's swing estimate rests on. */
    public enum Basis {
        /** The lifter's calibration (a calibration set this session, or the one kept in the history): the departure. */
        CALIBRATED("calibrated"),
        /**
         * No calibration, but the set's first reps, which the early movement read strict and whose ROMs agree: the
         * departure from them (of the set's later reps), averaged with the early movement's reading.
         */
        FIRST_REPS("first reps"),
        /** No calibration: the bar's early movement alone. */
        EARLY_MOVEMENT("early movement");

        private final String word;

        Basis(String word) {
            this.word = word;
        }

        /** The words used in reports: "calibrated", "first reps", "early movement". */
        public String word() {
            return word;
        }
    }
}
