package dev.rowcoach.lab.bench;

import java.util.List;

/**
 * A benchmark run: each file's result, the pooled summary, and the targets checked against it.
 *
 * @param files   one result per input file, in input order
 * @param summary pooled results
 * @param targets every target's verdict
 */
public record AccuracyReport(List<FileResult> files, AccuracySummary summary, List<TargetResult> targets) {

    /** The JSON schema id of {@link AccuracyJson}'s output. */
    public static final String SCHEMA = "rowcoach.accuracy/1";

    public AccuracyReport {
        files = List.copyOf(files);
        targets = List.copyOf(targets);
    }

    /** Scores {@code files} against {@code targets}. */
    public static AccuracyReport of(List<FileResult> files, AccuracyTargets targets) {
        AccuracySummary summary = AccuracySummary.of(files);
        return new AccuracyReport(files, summary, TargetChecks.check(summary, targets));
    }

    public long failedTargets() {
        return targets.stream().filter(t -> t.status() == TargetResult.Status.FAIL).count();
    }

    /** Whether any target was measured at all. */
    public boolean measuredAnything() {
        return targets.stream().anyMatch(t -> t.status() != TargetResult.Status.NOT_MEASURED);
    }

    /**
     * Whether the run passes a check: no target failed, no file that should have been scored was unreadable,
     * and something was measured (a run over nothing proves nothing).
     */
    public boolean passed() {
        return failedTargets() == 0 && summary.errors() == 0 && measuredAnything();
    }

    /** Why {@link #passed()} is false, in one sentence, or "all measured targets met" when it is true. */
    public String verdict() {
        if (!measuredAnything()) {
            return "nothing was measured: no file had a truth file or a rep count in its name";
        }
        long failed = failedTargets();
        String errors = summary.errors() == 0 ? "" : summary.errors() + (summary.errors() == 1 ? " file" : " files")
                + " could not be scored";
        if (failed == 0 && errors.isEmpty()) {
            return "all measured targets met";
        }
        String targetsPart = failed == 0 ? "" : failed + (failed == 1 ? " target failed" : " targets failed");
        return targetsPart + (targetsPart.isEmpty() || errors.isEmpty() ? "" : ", ") + errors;
    }
}
