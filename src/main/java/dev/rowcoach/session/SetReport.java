package dev.rowcoach.session;

import dev.rowcoach.coach.Coach;
import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.SetFacts;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One set as reported.
 *
 * @param index    1-based set number in the session
 * @param startS   concentric start of its first rep, s from the first sample
 * @param endS     end of its last rep, s
 * @param loadKg   load on the bar, kg, or {@code null} when nobody said
 * @param reps     its reps, in order (at least one)
 * @param summary  velocity and grade summary of {@code reps}
 * @param guidance the coaching rules that apply to this set, with their sources (docs/COACHING.md)
 */
public record SetReport(int index, double startS, double endS, Double loadKg, List<RepReport> reps,
                        SetSummary summary, List<Guidance> guidance) {

    public SetReport {
        reps = List.copyOf(reps);
        guidance = List.copyOf(guidance);
    }

    /**
     * The report of a set of {@code exercise} the motion core found, lifted with {@code loadKg} (may be null),
     * each rep with the grade {@code grades} gives it (null: not graded), with the coaching that applies.
     */
    public static SetReport of(SetResult set, Double loadKg, Function<Rep, RepGrade> grades, ExerciseProfile exercise) {
        List<RepReport> reps = set.reps().stream().map(r -> RepReport.of(r, grades.apply(r))).toList();
        SetSummary summary = SetSummary.of(reps);
        return new SetReport(set.index(), set.startS(), set.endS(), loadKg, reps, summary,
                Coach.standard().forSet(facts(reps, summary), exercise));
    }

    /** What the coaching rules look at in this set. */
    public SetFacts facts() {
        return facts(reps, summary);
    }

    private static SetFacts facts(List<RepReport> reps, SetSummary summary) {
        List<Grade> grades = new ArrayList<>(reps.size());
        reps.forEach(r -> grades.add(r.grade()));
        return new SetFacts(grades, summary.velocityLossPct());
    }
}
