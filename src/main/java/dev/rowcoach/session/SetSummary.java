package dev.rowcoach.session;

import dev.rowcoach.coach.RepList;
import dev.rowcoach.coach.SetVelocity;
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
 * @param velocity        the best MCV and the velocity loss from the strict reps and from all reps, and which the
 *                        coaching uses ({@link SetVelocity}); {@link #bestVelocityMps()} and {@link #velocityLossPct()}
 *                        are the ones used
 * @param grades          graded reps per grade (every grade present, 0 when none)
 * @param nonStrictReps   where the cheat and excessive reps fell, e.g. "reps 6–8 of 8" or "reps 2, 7–8 of 8";
 *                        null when there were none
 */
public record SetSummary(int reps, double meanVelocityMps, SetVelocity velocity,
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
        List<Grade> repGrades = new ArrayList<>(reps.size());
        List<Double> mcvs = new ArrayList<>(reps.size());
        for (RepReport r : reps) {
            double v = r.meanConcentricVelocityMps();
            if (!Double.isNaN(v)) {
                sum += v;
                measured++;
            }
            repGrades.add(r.grade());
            mcvs.add(v);
        }
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
        return new SetSummary(reps.size(), measured == 0 ? Double.NaN : sum / measured, SetVelocity.of(repGrades, mcvs),
                grades, nonStrict.isEmpty() ? null : RepList.where(nonStrict, reps.size()));
    }

    /** The highest MCV of the reps the coaching uses ({@link SetVelocity#basis()}), m/s; NaN when none has one. */
    public double bestVelocityMps() {
        return velocity.used().bestMps();
    }

    /**
     * Velocity loss of the reps the coaching uses ({@link SetVelocity#basis()}), %: from the fastest to the last of them;
     * 0 for a single rep, NaN when the best MCV is not positive or the last has no MCV.
     */
    public double velocityLossPct() {
        return velocity.used().lossPct();
    }
}
