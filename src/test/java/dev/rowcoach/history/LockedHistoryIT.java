package dev.rowcoach.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code replay} that meets a history database locked by another process for good: it says so after 1 s, gives up
 * after {@link History#WAIT_LIMIT_MS} with the warning, and still prints its report. The replay runs in a process of
 * its own while this JVM holds the write lock. Its minute of waiting takes a few CPU-seconds, so it runs beside the
 * timed live tests, which leave a core to spare, rather than among the CPU-bound CLI tests (the failsafe execution
 * latency-and-fuzz; docs/PERFORMANCE.md "Test suite").
 */
class LockedHistoryIT {

    private static final String CHEAT = "sample-recordings/cheat-at-the-end-200hz.rcrec";
    private static final String STRICT = "sample-recordings/strict-heavy-sets-200hz.rcrec";

    @Test
    void aDatabaseLockedByAnotherProcessNeverCostsTheReport(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("h.db");
        assertEquals(0, Cli.run("replay", "--db", db.toString(), CHEAT).exitCode());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("DELETE FROM session WHERE 0");
            Cli.Result r = Cli.runInJvm("replay", "--db", db.toString(), STRICT);
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("Set 2"), r.out());
            // A lock held for good: said after 1 s, given up after History.WAIT_LIMIT_MS with the warning.
            assertEquals(2, r.err().lines().count(), r.err());
            assertTrue(r.err().lines().findFirst().orElseThrow().contains("is busy"), r.err());
            assertTrue(r.err().contains("locked by another process (waited 60 s)"), r.err());
            s.execute("ROLLBACK");
        }
        Cli.Result history = Cli.run("history", "--db", db.toString(), "--format", "json");
        assertEquals(0, history.exitCode(), history.err());
        assertEquals(1, new ObjectMapper().readTree(history.out()).get("sessions").size(),
                "only the session stored before the lock");
    }
}
