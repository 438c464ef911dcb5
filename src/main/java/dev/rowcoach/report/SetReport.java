package dev.rowcoach.report;

import dev.rowcoach.motion.SetResult;

import java.util.List;

/**
 * One set as reported.
 *
 * @param index   1-based set number in the session
 * @param startS  concentric start of its first rep, s from the first sample
 * @param endS    end of its last rep, s
 * @param loadKg  load on the bar, kg, or {@code null} when nobody said
 * @param reps    its reps, in order (at least one)
 * @param summary velocity summary of {@code reps}
 */
public record SetReport(int index, double startS, double endS, Double loadKg, List<RepReport> reps,
                        SetSummary summary) {

    public SetReport {
        reps = List.copyOf(reps);
    }

    /** The report of a set the motion core found, lifted with {@code loadKg} (may be null). */
    public static SetReport of(SetResult set, Double loadKg) {
        List<RepReport> reps = set.reps().stream().map(RepReport::of).toList();
        return new SetReport(set.index(), set.startS(), set.endS(), loadKg, reps, SetSummary.of(reps));
    }
}
