package dev.rowcoach.session;

import dev.rowcoach.grading.Grade;
import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.grading.Sway;
import dev.rowcoach.motion.BarPath;
import dev.rowcoach.motion.Rep;

import java.util.ArrayList;
import java.util.List;

/**
 * One rep as reported. Times are seconds from the first sample; distances in m, velocities in m/s. A figure
 * outside what a human row can produce ({@link PhysicalBounds}) is NaN here and listed in {@code withheld}.
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
 * @param gapS                      how much of the rep fell into holes in the data, bridged with an estimate, s (0:
 *                                  every moment measured)
 * @param topHoldS                  how long the bar stayed at the top before the descent (a squeeze), s
 * @param sway                      the rep's sway features and estimated torso swing, or {@code null} when the
 *                                  rep was not graded
 * @param grade                     strict, cheat or excessive, or {@code null} when not graded
 * @param gradeConfidence           0–1, how certain the grade is (NaN when not graded)
 * @param path                      the bar path from the concentric start to the bottom, downsampled (for the HTML
 *                                  report's chart; {@link BarPath#NONE} when there is none)
 * @param withheld                  the figures withheld as physically impossible, with why (empty: none)
 */
public record RepReport(int index, double concentricStartS, double concentricEndS, double endS, double romM,
                        double meanConcentricVelocityMps, double peakConcentricVelocityMps,
                        double concentricDurationS, double eccentricDurationS, double confidence,
                        double reportedS, double gapS, double topHoldS, Sway sway, Grade grade, double gradeConfidence,
                        BarPath path,
                        List<Withheld> withheld) {

    public RepReport {
        withheld = List.copyOf(withheld);
    }

    /**
     * The report of a rep the motion core measured, with its grade ({@code null}: not graded), each figure checked
     * against {@code bounds}: one outside them is withheld (NaN), and so is a grade read from a withheld swing.
     */
    public static RepReport of(Rep rep, RepGrade graded, PhysicalBounds bounds) {
        List<Withheld> out = new ArrayList<>();
        if (rep.shape() == null && Double.isNaN(rep.romM())) {
            // Counted across a hole in the data, not measured (MOTION.md, "Holes in the data").
            for (String field : UNMEASURED_FIELDS) {
                out.add(new Withheld(field, Withheld.UNMEASURED));
            }
        }
        double rom = check(rep.romM(), bounds.rom(rep.romM()), "romM", out);
        String pullBridged = pullBridged(rep);
        double mcv = check(rep.meanConcentricVelocityMps(), pullBridged != null ? pullBridged
                : bounds.mcv(rep.meanConcentricVelocityMps()), "meanConcentricVelocityMps", out);
        double peak = check(rep.peakConcentricVelocityMps(), pullBridged != null ? pullBridged
                : bounds.peak(rep.peakConcentricVelocityMps(), rep.meanConcentricVelocityMps()), "peakConcentricVelocityMps", out);
        double conc = check(rep.concentricDurationS(), pullBridged != null ? pullBridged
                : bounds.concentric(rep.concentricDurationS()), "concentricDurationS", out);
        double ecc = check(rep.eccentricDurationS(), bounds.eccentric(rep.eccentricDurationS()), "eccentricDurationS", out);
        Sway sway = graded == null ? null : sway(graded.sway(), bounds, Double.isNaN(rom) && !Double.isNaN(rep.romM()), out);
        boolean swingWithheld = sway != null && Double.isNaN(sway.torsoSwingDeg()) && !Double.isNaN(graded.sway().torsoSwingDeg());
        Grade grade = graded == null ? null : graded.grade();
        double gradeConfidence = graded == null ? Double.NaN : graded.confidence();
        if (swingWithheld && grade != null) {
            out.add(new Withheld("grade", "read from the withheld torso swing"));
            grade = null;
            gradeConfidence = Double.NaN;
        }
        return new RepReport(rep.index(), rep.concentricStartS(), rep.concentricEndS(), rep.endS(), rom, mcv, peak, conc,
                ecc, rep.confidence(), rep.reportedS(), rep.gapS(), rep.topHoldS(), sway, grade, gradeConfidence,
                rep.shape() == null || impossible(out, "romM") || impossible(out, "horizontalM") ? BarPath.NONE
                        : rep.shape().path(), out);
    }

    /** Why the pull's velocities and duration are not reported, or null when enough of it was measured. */
    private static String pullBridged(Rep rep) {
        return rep.pullBridged() ? Withheld.PULL_BRIDGED : null;
    }

    private static final List<String> UNMEASURED_FIELDS = List.of("romM", "meanConcentricVelocityMps",
            "peakConcentricVelocityMps", "concentricDurationS", "eccentricDurationS");

    /** The sentence a report's warnings carry for this rep of set {@code setIndex}, or null when nothing was withheld. */
    public String withheldSentence(int setIndex) {
        return Withheld.sentence("Set " + setIndex + ", rep " + index, withheld);
    }

    /** The sway with its impossible figures withheld; its ROM ratio and departure too when the rep's ROM was. */
    private static Sway sway(Sway s, PhysicalBounds bounds, boolean romWithheld, List<Withheld> out) {
        if (s == null) {
            return null;
        }
        double horizontal = check(s.horizontalM(), bounds.distance(s.horizontalM(), bounds.horizontalMaxM()), "horizontalM", out);
        double dip = check(s.dipM(), bounds.distance(s.dipM(), bounds.romMaxM()), "dipM", out);
        double swing = check(s.torsoSwingDeg(), bounds.swing(s.torsoSwingDeg()), "torsoSwingDeg", out);
        double early = check(s.earlyPathM(), bounds.distance(s.earlyPathM(), bounds.romMaxM()), "earlyPathM", out);
        double ttp = check(s.timeToPeakFraction(), s.timeToPeakFraction() < 0 || s.timeToPeakFraction() > 1
                ? "outside the concentric" : null, "timeToPeakFraction", out);
        double start = check(s.startVelocityMps(), Math.abs(s.startVelocityMps()) > bounds.peakMaxMps()
                ? "faster than any row" : null, "startVelocityMps", out);
        double romVsStrict = romWithheld ? check(s.romVsStrict(), "the rep's ROM is withheld", "romVsStrict", out)
                : s.romVsStrict();
        double romDeparture = romWithheld ? check(s.romDepartureM(), "the rep's ROM is withheld", "romDepartureM", out)
                : s.romDepartureM();
        return new Sway(horizontal, dip, swing, early, ttp, start, romVsStrict, romDeparture, s.horizontalDepartureM(),
                s.earlySwingDeg(), s.basis(), s.baseline(), s.featuresAgree());
    }

    /** Whether {@code field} was withheld: then the bar path that shows it is not drawn either. */
    private static boolean impossible(List<Withheld> withheld, String field) {
        return withheld.stream().anyMatch(w -> w.field().equals(field));
    }

    /** {@code v}, or NaN with {@code reason} noted when there is one (a figure already unknown stays NaN silently). */
    private static double check(double v, String reason, String field, List<Withheld> out) {
        if (Double.isNaN(v)) {
            return v;
        }
        if (reason != null || Double.isInfinite(v)) {
            out.add(new Withheld(field, reason != null ? reason : "not a finite number"));
            return Double.NaN;
        }
        return v;
    }
}
