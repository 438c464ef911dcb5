package dev.rowcoach.cli;

import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.history.History;
import dev.rowcoach.history.HistoryException;
import dev.rowcoach.history.SessionMeta;
import dev.rowcoach.report.HistoryRendering;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.rowcoach.source.SensorFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code rowcoach history}: the stored sessions, or {@code --rebuild DIR} to re-import recordings. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists the sessions in the training history, or re-imports every readable recording in a "
                + "folder into it (--rebuild).")
final class HistoryCommand implements Callable<Integer> {

    enum Output { text, json }

    @Option(names = "--athlete", paramLabel = "NAME", description = "Only this athlete's sessions (exact name).")
    String athlete;

    @Option(names = "--since", paramLabel = "DATE", description = "Only sessions performed on or after DATE (YYYY-MM-DD).")
    String since;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Output output;

    @Option(names = "--rebuild", paramLabel = "DIR",
            description = "Re-import every readable recording in DIR (each file and folder directly in it; unreadable "
                    + "ones are listed and skipped); a recording already stored is replaced, never duplicated.")
    Path rebuild;

    @Mixin
    HistoryOptions history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rebuild != null) {
            if (athlete != null || since != null || output != Output.text) {
                throw new UserException("--rebuild re-imports recordings; list them afterwards without it "
                        + "(--athlete, --since and --format apply to the listing)", ExitCode.USAGE_OR_INPUT);
            }
            rebuild(out);
            return ExitCode.OK;
        }
        LocalDate from = date(since);
        try (History h = history.open()) {
            var sessions = h.sessions(athlete, from);
            out.print(output == Output.json ? HistoryRendering.sessionsJson(sessions, HardSetRule.DEFAULTS)
                    : HistoryRendering.sessionsText(sessions, HardSetRule.DEFAULTS));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static LocalDate date(String text) throws UserException {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException("--since: not a date (YYYY-MM-DD): " + text, ExitCode.USAGE_OR_INPUT);
        }
    }

    private void rebuild(PrintWriter out) throws UserException, HistoryException {
        if (!Files.isDirectory(rebuild)) {
            throw new UserException(rebuild + ": not a folder", ExitCode.USAGE_OR_INPUT);
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(rebuild)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw Inputs.readFailure(rebuild, e);
        }
        int[] counts = new int[3]; // added, replaced, skipped
        try (History h = history.open()) {
            // Recordings are analysed on a worker per core; the history stores them one by one, in folder order.
            InputStream stdin = RowcoachCommand.context(spec).in();
            InOrder.<Path, Analysed, UserException>run(entries, entry -> {
                // Opened once: a FIFO in the folder is read once, its hash taken as it is decoded.
                SensorFile input = Inputs.open(entry, new InputOptions(), stdin);
                SessionReport report = ReplayRunner.run(input, Replay.Grading.DEFAULTS, Loads.UNKNOWN);
                return new Analysed(report, SessionMetas.of(input, report, null, null));
            }, (entry, analysed, failure) -> {
                if (failure instanceof UserException e) {
                    counts[2]++;
                    out.println("skipped   " + e.getMessage());
                    return;
                }
                if (failure != null) {
                    counts[2]++;
                    out.println("skipped   " + entry + ": cannot read: " + failure.getMessage());
                    return;
                }
                History.Stored stored;
                try {
                    stored = h.store(analysed.report(), analysed.meta());
                } catch (HistoryException e) {
                    throw new UserException(e.getMessage(), ExitCode.IO);
                }
                boolean isNew = stored.outcome() == History.Outcome.ADDED;
                counts[isNew ? 0 : 1]++;
                out.println((isNew ? "added     " : "replaced  ") + "#" + stored.sessionId() + " " + entry + " ("
                        + count(analysed.report().sets().size(), "set") + ", " + count(analysed.report().repCount(), "rep") + ")");
            });
        }
        int added = counts[0], replaced = counts[1], skipped = counts[2];
        out.println("rebuilt " + history.path() + " from " + rebuild + ": " + added + " added, " + replaced
                + " replaced, " + skipped + " skipped");
        out.flush();
    }

    /** A recording's analysis and what the history stores with it. */
    private record Analysed(SessionReport report, SessionMeta meta) {
    }
}
