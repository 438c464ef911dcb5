package dev.rowcoach.cli;

import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.history.History;
import dev.rowcoach.history.HistoryException;
import dev.rowcoach.history.Weeks;
import dev.rowcoach.report.HistoryRendering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code rowcoach week}: hard sets per ISO week against the 15–20 guidance, rep-range and grade mix. */
@Command(name = "week", mixinStandardHelpOptions = true,
        description = "Hard sets of rows per ISO week from the training history, against the guidance of 15–20 a week, "
                + "with the rep-range mix (≤6, 7–12, >12 reps per set) and the grade mix.")
final class WeekCommand implements Callable<Integer> {

    enum Output { text, json }

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "4", description = "How many weeks (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--until", paramLabel = "DATE", description = "The last week is the one holding DATE (YYYY-MM-DD; default: today).")
    String until;

    @Option(names = "--athlete", paramLabel = "NAME", description = "Only this athlete's sessions (exact name).")
    String athlete;

    @Option(names = "--hard-min-reps", paramLabel = "N", description = "A hard set has at least N reps (default: "
            + "3).")
    Integer hardMinReps;

    @Option(names = "--hard-min-loss", paramLabel = "PCT", description = "A hard set loses at least PCT %% of its best "
            + "rep's velocity (default: 15).")
    Double hardMinLossPct;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Output output;

    @Mixin
    HistoryOptions history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        HardSetRule rule;
        LocalDate last;
        try {
            rule = new HardSetRule(hardMinReps != null ? hardMinReps : HardSetRule.DEFAULTS.minReps(),
                    hardMinLossPct != null ? hardMinLossPct : HardSetRule.DEFAULTS.minVelocityLossPct());
            last = until == null ? LocalDate.now() : LocalDate.parse(until);
            if (weeks < 1 || weeks > 520) {
                throw new IllegalArgumentException("--weeks must be 1–520, got " + weeks);
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE_OR_INPUT);
        } catch (DateTimeParseException e) {
            throw new UserException("--until: not a date (YYYY-MM-DD): " + until, ExitCode.USAGE_OR_INPUT);
        }
        List<WeekSummary> summary;
        try (History h = history.open()) {
            summary = Weeks.of(h.sessions(athlete, last.minusWeeks(weeks)), last, weeks, rule);
        } catch (HistoryException e) {
            throw new UserException(e.getMessage(), ExitCode.IO);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output == Output.json ? HistoryRendering.weeksJson(summary, rule) : HistoryRendering.weeksText(summary, rule));
        out.flush();
        return ExitCode.OK;
    }
}
