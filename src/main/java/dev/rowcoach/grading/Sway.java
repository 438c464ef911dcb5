package dev.rowcoach.grading;

/**
 * A rep's sway: the bar-path features it was graded on (docs/GRADING.md) and the torso swing estimated from
 * them. A value that cannot be computed is NaN (null in JSON).
 *
 * @param horizontalM         horizontal excursion of the bar during the concentric, along its main horizontal
 *                            direction, m
 * @param dipM                pre-pull dip: downward travel of the bar just before the concentric, m
 * @param torsoSwingDeg       estimated rise of the torso during the concentric, degrees
 * @param earlyPathM          the early movement of the bar in the pull (what a swing adds) that the estimate read:
 *                            vertical and horizontal with a gyroscope, vertical alone without one or when the exercise's model
 *                            reads the height alone (T-bar), m
 * @param timeToPeakFraction  time to peak velocity as a fraction of the concentric (a swing peaks early)
 * @param startVelocityMps    vertical velocity 50 ms into the concentric, m/s
 * @param romVsStrict         the rep's ROM over the median ROM of the lifter's strict reps so far in the
 *                            session (same exercise), or NaN before there are two
 */
public record Sway(double horizontalM, double dipM, double torsoSwingDeg, double earlyPathM,
                   double timeToPeakFraction, double startVelocityMps, double romVsStrict) {
}
