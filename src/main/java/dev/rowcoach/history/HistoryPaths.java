package dev.rowcoach.history;

import java.nio.file.Path;
import java.util.Map;

/** Where the history database lives when {@code --db} does not say. */
public final class HistoryPaths {

    private HistoryPaths() {
    }

    /**
     * The default database: {@code $XDG_DATA_HOME/rowcoach/history.db} when that variable is an absolute path (the
     * XDG Base Directory specification ignores a relative one), else {@code ~/.local/share/rowcoach/history.db}.
     *
     * @param env  the environment ({@code System.getenv()})
     * @param home the user's home directory ({@code user.home})
     */
    public static Path defaultDb(Map<String, String> env, String home) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("rowcoach").resolve("history.db");
    }
}
