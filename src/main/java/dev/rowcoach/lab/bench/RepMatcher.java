package dev.rowcoach.lab.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs detected reps with true reps, one to one. A detected rep can match a true rep when their
 * concentric intervals overlap for a positive time; where several pairings compete, the pair with the
 * largest overlap wins (greedy, ties to the earlier detected rep, then the earlier true rep), and each
 * rep is used at most once.
 */
public final class RepMatcher {

    /**
     * One pairing.
     *
     * @param detected index into the detected list
     * @param truth    index into the true list
     * @param overlapS how long their concentric intervals overlap, s (&gt; 0)
     */
    public record Match(int detected, int truth, double overlapS) {
    }

    private RepMatcher() {
    }

    /** The matches between {@code detected} and {@code truth} concentric intervals, in order of the true reps. */
    public static List<Match> match(List<Interval> detected, List<Interval> truth) {
        List<Match> candidates = new ArrayList<>();
        for (int d = 0; d < detected.size(); d++) {
            for (int t = 0; t < truth.size(); t++) {
                double overlap = detected.get(d).overlapS(truth.get(t));
                if (overlap > 0) {
                    candidates.add(new Match(d, t, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::overlapS).reversed()
                .thenComparingInt(Match::detected).thenComparingInt(Match::truth));
        boolean[] detectedUsed = new boolean[detected.size()];
        boolean[] truthUsed = new boolean[truth.size()];
        List<Match> out = new ArrayList<>();
        for (Match m : candidates) {
            if (!detectedUsed[m.detected()] && !truthUsed[m.truth()]) {
                detectedUsed[m.detected()] = true;
                truthUsed[m.truth()] = true;
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Match::truth));
        return out;
    }
}
