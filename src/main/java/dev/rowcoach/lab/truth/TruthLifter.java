package dev.rowcoach.lab.truth;



/**
 * The simulated lifter and sensor mount (reference only; the analysis never sees it).
 *
 * @param torsoAngleDeg    torso angle above horizontal in the row position, degrees
 * @param torsoLengthM     hip to shoulder, m
 * @param armLengthM       shoulder to grip, m
 * @param mountRollDeg     sensor mount orientation, as roll/pitch/yaw of the sensor on the bar, degrees
 * @param mountPitchDeg    degrees
 * @param mountYawDeg      degrees
 * @param mountOffsetM     distance of the sensor from the bar's axis, m
 */
public record TruthLifter(double torsoAngleDeg, double torsoLengthM, double armLengthM, double mountRollDeg,
                          double mountPitchDeg, double mountYawDeg, double mountOffsetM) {
}
