package dev.rowcoach.report;

import dev.rowcoach.motion.Rep;

/**
 * One rep as reported. Times are seconds from the first sample; distances in m, velocities in m/s.
 *
 * @param index                     1-based position in its set
 * @param concentricStartS          s
 * @param concentricEndS            s
 * @param endS                      end of the eccentric, s
 * @param romM                      vertical range of motion over the concentric, m
 * @param meanConcentricVelocityMps mean concentric velocity (MCV), m/s
 * @param peakConcentricVelocityMps m/s
 * @param concentricDurationS       s
 * @param eccentricDurationS        s
 * @param confidence                0–1, from the motion core
 * @param reportedS                 when the analysis reported the rep (streaming latency = this − endS), s
 * @param sway                      the rep's sway, filled by grading; {@code null} until grading exists (its
 *                                  type may change with the grading issue)
 * @param grade                     "strict", "cheat" or "excessive", filled by grading; {@code null} until then
 */
public record RepReport(int index, double concentricStartS, double concentricEndS, double endS, double romM,
                        double meanConcentricVelocityMps, double peakConcentricVelocityMps,
                        double concentricDurationS, double eccentricDurationS, double confidence,
                        double reportedS, Double sway, String grade) {

    /** The report of a rep the motion core measured, not yet graded. */
    public static RepReport of(Rep rep) {
        return new RepReport(rep.index(), rep.concentricStartS(), rep.concentricEndS(), rep.endS(), rep.romM(),
                rep.meanConcentricVelocityMps(), rep.peakConcentricVelocityMps(), rep.concentricDurationS(),
                rep.eccentricDurationS(), rep.confidence(), rep.reportedS(), null, null);
    }
}
