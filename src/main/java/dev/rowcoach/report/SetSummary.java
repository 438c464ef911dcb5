package dev.rowcoach.report;

import java.util.List;

/**
 * A set's velocity summary.
 *
 * @param reps            number of reps
 * @param meanVelocityMps mean of the reps' mean concentric velocities (MCV), m/s
 * @param bestVelocityMps the highest MCV in the set, m/s
 * @param velocityLossPct velocity loss, % (see {@link #velocityLossPct(double, double)}); 0 for a single rep,
 *                        NaN when the best MCV is not positive
 */
public record SetSummary(int reps, double meanVelocityMps, double bestVelocityMps, double velocityLossPct) {

    /** @throws IllegalArgumentException when {@code reps} is empty (a set has at least one rep) */
    public static SetSummary of(List<RepReport> reps) {
        if (reps.isEmpty()) {
            throw new IllegalArgumentException("a set has at least one rep");
        }
        double sum = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (RepReport r : reps) {
            sum += r.meanConcentricVelocityMps();
            best = Math.max(best, r.meanConcentricVelocityMps());
        }
        double last = reps.get(reps.size() - 1).meanConcentricVelocityMps();
        return new SetSummary(reps.size(), sum / reps.size(), best, velocityLossPct(best, last));
    }

    /**
     * Velocity loss within a set as velocity-based training defines it: the loss of the last rep's mean
     * concentric velocity relative to the fastest rep's, {@code (best − last) / best × 100} (Sánchez-Medina
     * &amp; González-Badillo, Med Sci Sports Exerc 2011;43(9):1725–1734). The fastest rep is usually the
     * first. NaN when {@code bestMps} is not positive, since a loss relative to no velocity means nothing.
     */
    public static double velocityLossPct(double bestMps, double lastMps) {
        if (!(bestMps > 0)) {
            return Double.NaN;
        }
        return (bestMps - lastMps) / bestMps * 100;
    }
}
