package dev.rowcoach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The problems of a source that lower confidence in its analysis, each as one sentence. */
public final class SourceWarnings {

    /** Below this rate, Hz, velocity from integrated acceleration loses too much of each rep. */
    public static final double MIN_RATE_HZ = 50;

    /** Gaps listed by time in the warning; more are only counted. */
    private static final int LISTED_GAPS = 5;

    private SourceWarnings() {
    }

    /** Warnings about {@code source}, in a fixed order: no data, rate, gyroscope, gaps, malformed records. */
    public static List<String> of(SourceInfo source) {
        List<String> out = new ArrayList<>();
        if (source.samples() == 0) {
            out.add("The file holds no samples, so there is nothing to analyse.");
            return out;
        }
        if (source.sampleRateHz() < MIN_RATE_HZ) {
            out.add(String.format(Locale.ROOT, "The sample rate is %.1f Hz, below the %.0f Hz needed for reliable "
                    + "velocity, so velocities and ROM are less accurate.", source.sampleRateHz(), MIN_RATE_HZ));
        } else if (source.distinctRateHz() < MIN_RATE_HZ) {
            // A BLE link re-sends rows: the rate looks fine but fewer samples carry news.
            out.add(String.format(Locale.ROOT, "Only %.1f of the %.1f samples per second carry new values (the rest "
                    + "repeat the previous sample), below the %.0f Hz needed for reliable velocity.",
                    source.distinctRateHz(), source.sampleRateHz(), MIN_RATE_HZ));
        }
        if (!source.hasGyro()) {
            out.add("There is no gyroscope, so orientation comes from the accelerometer alone and velocity and ROM "
                    + "are less accurate.");
        }
        if (!source.gaps().isEmpty()) {
            out.add(gapSentence(source.gaps()));
        }
        if (source.malformed() > 0) {
            out.add(source.malformed() == 1 ? "1 malformed record was skipped; reps near it may be mismeasured."
                    : source.malformed() + " malformed records were skipped; reps near them may be mismeasured.");
        }
        return out;
    }

    private static String gapSentence(List<SourceInfo.GapInfo> gaps) {
        StringBuilder b = new StringBuilder();
        b.append(gaps.size() == 1 ? "The data has a gap at " : "The data has " + gaps.size() + " gaps, at ");
        for (int i = 0; i < Math.min(gaps.size(), LISTED_GAPS); i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f s", gaps.get(i).startS()));
        }
        if (gaps.size() > LISTED_GAPS) {
            b.append(" and later");
        }
        return b.append("; reps across a gap may be missed or mismeasured.").toString();
    }
}
