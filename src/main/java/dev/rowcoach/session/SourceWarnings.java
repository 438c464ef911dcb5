package dev.rowcoach.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems of a source that lower confidence in its analysis, each as one sentence. A missing
 * gyroscope and a low rate are the motion core's to judge: it warns about them as the stream runs, in the
 * same words for replay and live.
 */
public final class SourceWarnings {

    /** Gaps listed by time in the warning; more are only counted. */
    private static final int LISTED_GAPS = 5;

    private SourceWarnings() {
    }

    /** Warnings about {@code source}, in a fixed order: no data, gaps, malformed records. */
    public static List<String> of(SourceInfo source) {
        List<String> out = new ArrayList<>();
        if (source.samples() == 0) {
            out.add("The file holds no samples, so there is nothing to analyse.");
            return out;
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
