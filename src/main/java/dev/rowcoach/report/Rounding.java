package dev.rowcoach.report;

/** Rounding for reports: a number with a fixed number of decimals, or null where it is not a number. */
public final class Rounding {

    private Rounding() {
    }

    /**
     * {@code v} rounded half-up to {@code decimals} places, or {@code null} when it is NaN or infinite
     * (JSON has no NaN, and "unknown" must not look like a measurement).
     */
    public static Double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
