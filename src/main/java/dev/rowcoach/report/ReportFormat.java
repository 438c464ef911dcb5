package dev.rowcoach.report;

import dev.rowcoach.session.SourceInfo;

import java.util.Locale;

/** How the text and HTML reports write numbers, loads, thresholds and the source line. */
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
}
