package dev.rowcoach.report;

import dev.rowcoach.grading.Sway;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.session.SourceInfo;

import java.util.Locale;

/**
 * How the text and HTML reports write numbers, loads, thresholds, the source line and what the swing was read
 * against.
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    /** {@code v} with {@code decimals} places, or {@code unknown} when it is not a number. */
    public static String number(double v, int decimals, String unknown) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : unknown;
    }

    /** A threshold in degrees: whole degrees without decimals, others with one. */
    public static String degrees(double deg, String unknown) {
        return number(deg, deg == Math.rint(deg) ? 0 : 1, unknown);
    }

    /** "80.0 kg", or "not stated". */
    public static String load(Double kg) {
        return kg == null ? "not stated" : String.format(Locale.ROOT, "%.1f kg", kg);
    }

    /** "recording, 20124 samples, 199.4 Hz, 100.930 s, gyroscope, 9 gaps", the duration with {@code durationDecimals}. */
    public static String source(SourceInfo s, int durationDecimals, String unknown) {
        return String.format(Locale.ROOT, "%s, %d samples, %s Hz, %s s, %s, %s", s.format(), s.samples(),
                number(s.sampleRateHz(), 1, unknown), number(s.durationS(), durationDecimals, unknown),
                s.hasGyro() ? "gyroscope" : "no gyroscope",
                s.gaps().isEmpty() ? "no gaps" : s.gaps().size() + (s.gaps().size() == 1 ? " gap" : " gaps"));
    }

    /**
     * What the graded reps' swing was read against (docs/GRADING.md, "Which model grades"), with a hint when a calibration
     * would read more of them; null when no rep was graded.
     */
    public static String swingBasis(SessionReport report) {
        int calibrated = 0, firstReps = 0, earlyReps = 0;
        for (SetReport set : report.sets()) {
            for (RepReport r : set.reps()) {
                if (r.grade() != null) {
                    calibrated += r.sway().basis() == Sway.Basis.CALIBRATED ? 1 : 0;
                    firstReps += r.sway().basis() == Sway.Basis.FIRST_REPS ? 1 : 0;
                    earlyReps += r.sway().basis() == Sway.Basis.EARLY_MOVEMENT ? 1 : 0;
                }
            }
        }
        if (calibrated + firstReps + earlyReps == 0) {
            return null;
        }
        if (calibrated > 0) {
            return "read as the departure from your calibration's strict reps";
        }
        String calibrate = "; a calibration set (--calibrate) reads every rep against your own strict reps";
        // The early movement's grades carry a lower confidence: it reads bodies unlike the simulator's less well.
        String lessCertain = ", less certain: it depends on how your body moves";
        return firstReps == 0 ? "read from the bar's early movement alone" + lessCertain + calibrate
                : String.format(Locale.ROOT, "read against the first two reps of each set that started strict (%d of %d "
                + "reps), from the bar's early movement for the others%s%s", firstReps, firstReps + earlyReps, lessCertain,
                calibrate);
    }
}
