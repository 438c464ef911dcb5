package dev.rowcoach.report;

import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;

import java.util.List;
import java.util.function.Function;

/**
 * One set as reported.
 *
 * @param index   1-based set number in the session
 * @param startS  concentric start of its first rep, s from the first sample
 * @param endS    end of its last rep, s
 * @param loadKg  load on the bar, kg, or {@code null} when nobody said
 * @param reps    its reps, in order (at least one)
 * @param summary velocity and grade summary of {@code reps}
 */
public record SetReport(int index, double startS, double endS, Double loadKg, List<RepReport> reps,
                        SetSummary summary) {

    public SetReport {
        reps = List.copyOf(reps);
    }

    /**
     * The report of a set the motion core found, lifted with {@code loadKg} (may be null), each rep with the
     * grade {@code grades} gives it (null: not graded).
     */
    public static SetReport of(SetResult set, Double loadKg, Function<Rep, RepGrade> grades) {
        List<RepReport> reps = set.reps().stream().map(r -> RepReport.of(r, grades.apply(r))).toList();
        return new SetReport(set.index(), set.startS(), set.endS(), loadKg, reps, SetSummary.of(reps));
    }
}
