package dev.rowcoach.motion;

/**
 * Features of a rep's bar path in the world frame (vertical = against gravity, horizontal = the
 * dominant horizontal direction of the bar's motion in the rep), for grading body English.
 *
 * @param horizontalM            horizontal excursion of the bar during the concentric, m (≥ 0)
 * @param dipM                   downward travel of the bar just before the concentric, m (≥ 0)
 * @param timeToPeakFraction     time from concentric start to peak velocity, as a fraction of the concentric
 * @param startVelocityMps       vertical velocity 50 ms after the concentric start, m/s
 */
public record RepShape(double horizontalM, double dipM, double timeToPeakFraction, double startVelocityMps) {
}
