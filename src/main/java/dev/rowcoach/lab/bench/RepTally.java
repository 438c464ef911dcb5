package dev.rowcoach.lab.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts and error sums of reps scored against truth, for one file or pooled over many (pooling adds
 * the counts, so pooled metrics weight every rep equally, not every file).
 *
 * @param files                  files pooled
 * @param trueReps               reps in the truth
 * @param detectedReps           reps the analysis reported
 * @param matchedReps            one-to-one matches ({@link RepMatcher})
 * @param mcvReps                matches whose mean concentric velocity was reported (a rep counted across a hole in
 *                               the data, one whose pull was bridged over holes, or with a figure withheld as
 *                               impossible, has none)
 * @param romReps                matches whose ROM was reported
 * @param mcvAbsErrorSumMps      sum over those of |detected − true| mean concentric velocity, m/s
 * @param romAbsErrorSumM        sum over those of |detected − true| ROM, m
 * @param ghostReps              detected reps that match no true rep
 * @param pickupPutdownGhostReps ghosts overlapping a pick-up or put-down event
 * @param ghostRepsByEvent       event type → ghosts overlapping an event of that type (a ghost may count
 *                               under several types)
 * @param trueSets               sets in the truth
 * @param detectedSets           sets the analysis reported
 * @param setsFound              true sets with at least one rep matched by a detected rep
 * @param latencyReps            matched reps whose report time is known
 * @param latencySumS            sum over those of (reported − true end of the rep), s
 * @param latencyMaxS            the largest of those, s
 * @param latencyWithinTarget    how many of those were reported within {@link #LATENCY_TARGET_S}
 * @param grades                 the sway grades of the matched reps against the true ones
 */
public record RepTally(int files, int trueReps, int detectedReps, int matchedReps, int mcvReps, int romReps,
                       double mcvAbsErrorSumMps,
                       double romAbsErrorSumM, int ghostReps, int pickupPutdownGhostReps,
                       Map<String, Integer> ghostRepsByEvent, int trueSets, int detectedSets, int setsFound,
                       int latencyReps, double latencySumS, double latencyMaxS, int latencyWithinTarget,
                       GradeTally grades) {

    /** A rep should be reported within this of the bar coming to rest at the bottom, s. */
    public static final double LATENCY_TARGET_S = 0.3;

    /** Nothing scored. */
    public static final RepTally EMPTY = new RepTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0,
            GradeTally.EMPTY);

    public RepTally {
        ghostRepsByEvent = Map.copyOf(ghostRepsByEvent);
    }

    /** Both tallies pooled. */
    public RepTally plus(RepTally o) {
        Map<String, Integer> ghosts = new TreeMap<>(ghostRepsByEvent);
        o.ghostRepsByEvent.forEach((k, v) -> ghosts.merge(k, v, Integer::sum));
        return new RepTally(files + o.files, trueReps + o.trueReps, detectedReps + o.detectedReps,
                matchedReps + o.matchedReps, mcvReps + o.mcvReps, romReps + o.romReps, mcvAbsErrorSumMps + o.mcvAbsErrorSumMps,
                romAbsErrorSumM + o.romAbsErrorSumM,
                ghostReps + o.ghostReps, pickupPutdownGhostReps + o.pickupPutdownGhostReps, ghosts,
                trueSets + o.trueSets, detectedSets + o.detectedSets, setsFound + o.setsFound,
                latencyReps + o.latencyReps, latencySumS + o.latencySumS, Math.max(latencyMaxS, o.latencyMaxS),
                latencyWithinTarget + o.latencyWithinTarget, grades.plus(o.grades));
    }

    /** Matched / detected; NaN when nothing was detected. */
    public double precision() {
        return ratio(matchedReps, detectedReps);
    }

    /** Matched / true; NaN when there were no true reps. */
    public double recall() {
        return ratio(matchedReps, trueReps);
    }

    /**
     * Harmonic mean of precision and recall, computed as 2·matched / (detected + true) so that it is 0, not
     * undefined, when nothing was detected; NaN only when there was nothing to find and nothing found.
     */
    public double f1() {
        return ratio(2.0 * matchedReps, detectedReps + trueReps);
    }

    /** Mean absolute error of mean concentric velocity over the matched reps that have one, m/s; NaN without any. */
    public double mcvMaeMps() {
        return ratio(mcvAbsErrorSumMps, mcvReps);
    }

    /** Mean absolute error of ROM over the matched reps that have one, m; NaN without any. */
    public double romMaeM() {
        return ratio(romAbsErrorSumM, romReps);
    }

    /** Mean time from the bar's true bottom to the rep's report, s; NaN when none is known. */
    public double latencyMeanS() {
        return ratio(latencySumS, latencyReps);
    }

    /** Share of reps reported within {@link #LATENCY_TARGET_S}; NaN when none is known. */
    public double latencyWithinTargetShare() {
        return ratio(latencyWithinTarget, latencyReps);
    }

    private static double ratio(double num, double den) {
        return den == 0 ? Double.NaN : num / den;
    }
}
