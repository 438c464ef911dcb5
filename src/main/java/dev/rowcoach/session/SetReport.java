package dev.rowcoach.session;

import dev.rowcoach.coach.Coach;
import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.SetFacts;
import dev.rowcoach.coach.SetVelocity;
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
 * @param discarded the movements the motion core left out of this set, in time order
 * @param trace    the set's vertical velocity over time as the rep detector saw it ({@link VelocityTrace#NONE}
 *                 when not kept)
 */
public record SetReport(int index, double startS, double endS, Double loadKg, List<RepReport> reps,
                        SetSummary summary, List<Guidance> guidance, List<DiscardedMovement> discarded,
                        VelocityTrace trace) {

    public SetReport {
        reps = List.copyOf(reps);
        guidance = List.copyOf(guidance);
        discarded = List.copyOf(discarded);
    }

    /**
     * The report of a set of {@code exercise} the motion core found, lifted with {@code loadKg} (may be null),
     * each rep with the grade {@code grades} gives it (null: not graded) and its figures checked against the
     * exercise's {@link PhysicalBounds}, with the coaching that applies, what was discarded and the trace.
     */
    public static SetReport of(SetResult set, Double loadKg, Function<Rep, RepGrade> grades, ExerciseProfile exercise,
                               List<DiscardedMovement> discarded, VelocityTrace trace) {
        PhysicalBounds bounds = PhysicalBounds.of(exercise);
        List<RepReport> reps = set.reps().stream().map(r -> RepReport.of(r, grades.apply(r), bounds)).toList();
        SetSummary summary = SetSummary.of(reps);
        return new SetReport(set.index(), set.startS(), set.endS(), loadKg, reps, summary,
                Coach.standard().forSet(facts(reps, summary), exercise), discarded, trace);
    }

    /** This set lifted with {@code kg} (null: unknown). */
    public SetReport withLoad(Double kg) {
        return new SetReport(index, startS, endS, kg, reps, summary, guidance, discarded, trace);
    }

    /**
     * One sentence per rep with withheld figures, then the velocity loss's when the MCV of the last rep it counts (the
     * last strict rep on a strict basis) was withheld.
     */
    public List<String> withheldSentences() {
        List<String> out = new ArrayList<>();
        for (RepReport r : reps) {
            String s = r.withheldSentence(index);
            if (s != null) {
                out.add(s);
            }
        }
        boolean strict = summary.velocity().basis() == SetVelocity.Basis.STRICT;
        List<RepReport> counted = strict ? reps.stream().filter(r -> r.grade() == Grade.STRICT).toList() : reps;
        RepReport last = counted.get(counted.size() - 1);
        if (counted.size() > 1 && last.withheld().stream().anyMatch(w -> w.field().equals("meanConcentricVelocityMps"))) {
            out.add("Set " + index + ": velocity loss withheld (its last " + (strict ? "strict " : "")
                    + "rep's mean concentric velocity is withheld).");
        }
        return out;
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
