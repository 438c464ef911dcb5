package dev.rowcoach.cli;

import dev.rowcoach.history.History;
import dev.rowcoach.history.HistoryException;
import dev.rowcoach.history.HistoryPaths;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code --db PATH}: which training history a command uses (shared by replay, history and week). */
final class HistoryOptions {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The training history database (default: $XDG_DATA_HOME/rowcoach/history.db, else "
                    + "~/.local/share/rowcoach/history.db).")
    Path db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The database to use: {@code --db}, else the default under the user's data directory. */
    Path path() {
        if (db != null) {
            return db;
        }
        RunContext context = RowcoachCommand.context(command);
        return HistoryPaths.defaultDb(context.env(), context.home());
    }

    /** Opens the history ({@link Main} turns a failure into one line and exit code {@link ExitCode#IO}). */
    History open() throws HistoryException {
        return History.open(path());
    }
}
