package dev.rowcoach.session;

import dev.rowcoach.grading.Grade;
import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.grading.Sway;
import dev.rowcoach.motion.BarPath;
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
 * @param sway                      the rep's sway features and estimated torso swing, or {@code null} when the
 *                                  rep was not graded
 * @param grade                     strict, cheat or excessive, or {@code null} when not graded
 * @param gradeConfidence           0–1, how certain the grade is (NaN when not graded)
 * @param path                      the bar path from the concentric start to the bottom, downsampled (for the HTML
 *                                  report's chart; {@link BarPath#NONE} when there is none)
 */
public record RepReport(int index, double concentricStartS, double concentricEndS, double endS, double romM,
                        double meanConcentricVelocityMps, double peakConcentricVelocityMps,
                        double concentricDurationS, double eccentricDurationS, double confidence,
                        double reportedS, Sway sway, Grade grade, double gradeConfidence, BarPath path) {

    /** The report of a rep the motion core measured, with its grade ({@code null}: not graded). */
    public static RepReport of(Rep rep, RepGrade graded) {
        return new RepReport(rep.index(), rep.concentricStartS(), rep.concentricEndS(), rep.endS(), rep.romM(),
                rep.meanConcentricVelocityMps(), rep.peakConcentricVelocityMps(), rep.concentricDurationS(),
                rep.eccentricDurationS(), rep.confidence(), rep.reportedS(), graded == null ? null : graded.sway(),
                graded == null ? null : graded.grade(), graded == null ? Double.NaN : graded.confidence(),
                rep.shape() == null ? BarPath.NONE : rep.shape().path());
    }
}
