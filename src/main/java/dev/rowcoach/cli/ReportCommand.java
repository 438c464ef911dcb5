package dev.rowcoach.cli;

import dev.rowcoach.coach.Coach;
import dev.rowcoach.coach.TrainingFacts;
import dev.rowcoach.history.ContentHash;
import dev.rowcoach.history.History;
import dev.rowcoach.history.StoredSession;
import dev.rowcoach.history.TrainingHistory;
import dev.rowcoach.report.html.ReportHtml;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code rowcoach report SESSION}: the report of a session in the training history. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The report of a session stored in the training history: its recording analysed again with the "
                + "exercise, thresholds and loads it was stored with, coached with the history as of the session's day.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SESSION", description = "The session's id, as `rowcoach history` lists it.")
    long id;

    @Mixin
    HistoryOptions history;

    @Mixin
    ReportOptions report;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        report.validate();
        try (History h = history.open()) {
            StoredSession s = h.session(id).orElseThrow(() -> new UserException("the history " + history.path()
                    + " has no session " + id + " (rowcoach history lists them)", ExitCode.USAGE_OR_INPUT));
            Path file = Path.of(s.recordingPath());
            if (!Files.isRegularFile(file)) {
                throw new UserException(file + ": the recording of session " + id + " is not there any more (the history "
                        + "keeps only its summary: rowcoach history)", ExitCode.USAGE_OR_INPUT);
            }
            if (!ContentHash.sha256(file).equals(s.contentSha256())) {
                throw new UserException(file + ": has changed since session " + id + " was stored; replay it to "
                        + "analyse and store it again", ExitCode.USAGE_OR_INPUT);
            }
            Replay.Grading grading;
            try {
                grading = new Replay.Grading(s.exercise(), s.strictMaxDeg(), s.cheatMaxDeg());
            } catch (IllegalArgumentException e) {
                throw new UserException("session " + id + ": " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
            }
            SessionReport analysed = ReplayRunner.run(file, input, grading, loads(s), RowcoachCommand.context(spec).in());
            TrainingFacts facts = TrainingHistory.facts(h, s.athlete(), s.exercise(), s.performedDate());
            report.write(analysed.withTraining(Coach.standard().review(facts, report.mvtMps)), new ReportHtml.Details(s.athlete(), s.notes(),
                    OffsetDateTime.parse(s.performedAt())), spec);
        } catch (IOException e) {
            throw new UserException("session " + id + ": cannot read its recording: " + e.getMessage(), ExitCode.IO);
        }
        return ExitCode.OK;
    }

    /** The loads the session was stored with: per set when every set had one, else the session's. */
    private static Loads loads(StoredSession s) {
        List<Double> perSet = s.sets().stream().map(StoredSession.StoredSet::loadKg).toList();
        return !perSet.isEmpty() && perSet.stream().allMatch(kg -> kg != null) ? new Loads(perSet) : Loads.of(s.loadKg());
    }
}
