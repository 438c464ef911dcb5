package dev.rowcoach.protocol.text;

/** Units a time column may be in, with the factor that turns a value into microseconds. */
enum TimeScale {
    S("s", 1e6), MS("ms", 1e3), US("us", 1.0), NS("ns", 1e-3);

    final String id;
    final double toUs;

    TimeScale(String id, double toUs) {
        this.id = id;
        this.toUs = toUs;
    }

    /** The scale named by a unit word as found in headers ("ms", "µs", "sec", "nanos", …), or null. */
    static TimeScale fromUnitWord(String w) {
        return switch (w) {
            case "s", "sec", "secs", "second", "seconds" -> S;
            case "ms", "msec", "millis", "milliseconds" -> MS;
            case "us", "usec", "micros", "microseconds" -> US;
            case "ns", "nsec", "nanos", "nanoseconds" -> NS;
            default -> null;
        };
    }

    /**
     * The scale whose typical sample interval fits a median interval of {@code medianStep} (in the
     * column's own unit) for sensors between about 5 Hz and 5 kHz, or null when nothing fits.
     */
    static TimeScale fromMedianStep(double medianStep, boolean integral) {
        if (!(medianStep > 0)) {
            return null;
        }
        if (!integral && medianStep < 0.25) {
            return S;
        }
        if (medianStep >= 0.2 && medianStep <= 250) {
            return MS;
        }
        if (medianStep >= 150 && medianStep <= 250_000) {
            return US;
        }
        if (medianStep >= 150_000 && medianStep <= 250_000_000) {
            return NS;
        }
        return null;
    }

    /** Whether a median step of {@code medianStep} falls where two units' ranges of {@link #fromMedianStep} overlap. */
    static boolean ambiguous(double medianStep) {
        return medianStep >= 150 && medianStep <= 250 || medianStep >= 150_000 && medianStep <= 250_000;
    }
}
