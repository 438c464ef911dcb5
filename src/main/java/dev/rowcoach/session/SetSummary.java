package dev.rowcoach.session;

import dev.rowcoach.coach.RepList;
import dev.rowcoach.grading.Grade;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A set's velocity and grade summary.
 *
 * @param reps            number of reps
 * @param meanVelocityMps mean of the reps' mean concentric velocities (MCV), m/s, over the reps that have one
 *                        (NaN when none has: each may have been withheld as impossible)
 * @param bestVelocityMps the highest MCV in the set, m/s (NaN likewise)
 * @param velocityLossPct velocity loss, % (see {@link #velocityLossPct(double, double)}); 0 for a single rep,
 *                        NaN when the best MCV is not positive or the last rep has no MCV
 * @param grades          graded reps per grade (every grade present, 0 when none)
 * @param nonStrictReps   where the cheat and excessive reps fell, e.g. "reps 6–8 of 8" or "reps 2, 7–8 of 8";
 *                        null when there were none
 */
public record SetSummary(int reps, double meanVelocityMps, double bestVelocityMps, double velocityLossPct,
                         Map<Grade, Integer> grades, String nonStrictReps) {

    public SetSummary {
        Map<Grade, Integer> copy = new EnumMap<>(Grade.class);
        copy.putAll(grades);
        grades = Collections.unmodifiableMap(copy);
    }

    /** @throws IllegalArgumentException when {@code reps} is empty (a set has at least one rep) */
    public static SetSummary of(List<RepReport> reps) {
        if (reps.isEmpty()) {
            throw new IllegalArgumentException("a set has at least one rep");
        }
        double sum = 0;
        int measured = 0;
        double best = Double.NaN;
        for (RepReport r : reps) {
            double v = r.meanConcentricVelocityMps();
            if (!Double.isNaN(v)) {
                sum += v;
                measured++;
                best = Double.isNaN(best) ? v : Math.max(best, v);
            }
        }
        double last = reps.get(reps.size() - 1).meanConcentricVelocityMps();
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        List<Integer> nonStrict = new ArrayList<>();
        for (RepReport r : reps) {
            if (r.grade() != null) {
                grades.merge(r.grade(), 1, Integer::sum);
                if (r.grade() != Grade.STRICT) {
                    nonStrict.add(r.index());
                }
            }
        }
        return new SetSummary(reps.size(), measured == 0 ? Double.NaN : sum / measured, best, velocityLossPct(best, last), grades,
                nonStrict.isEmpty() ? null : RepList.where(nonStrict, reps.size()));
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
