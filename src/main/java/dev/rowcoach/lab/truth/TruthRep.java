package dev.rowcoach.lab.truth;



/**
 * One simulated rep, with the same definitions as {@code motion.Rep}: the concentric is the run of
 * positive vertical bar velocity, ROM the vertical displacement over it.
 *
 * @param index                     1-based in its set
 * @param concentricStartS          s
 * @param concentricEndS            s
 * @param endS                      end of the eccentric (bar back at the bottom), s
 * @param romM                      m
 * @param meanConcentricVelocityMps m/s
 * @param peakConcentricVelocityMps m/s
 * @param torsoSwingDeg             how far the torso rose during the concentric, degrees
 * @param dipM                      downward bar travel of the pre-pull dip, m
 * @param horizontalM               horizontal bar excursion during the concentric, m
 * @param grade                     "strict" (&lt; 10°), "cheat" (10–25°) or "excessive" (&gt; 25°)
 */
public record TruthRep(int index, double concentricStartS, double concentricEndS, double endS, double romM,
                       double meanConcentricVelocityMps, double peakConcentricVelocityMps, double torsoSwingDeg,
                       double dipM, double horizontalM, String grade) {
}
