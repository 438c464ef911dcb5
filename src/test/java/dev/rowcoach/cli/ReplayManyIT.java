package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.Fixtures;
import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code rowcoach replay FILE...} of several files, run from the packaged jar. */
@Execution(ExecutionMode.CONCURRENT)
class ReplayManyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double RATE_HZ = 200;

    @TempDir
    Path dir;

    /**
     * Three readable sessions, the longest first (so it finishes after the others), with an unreadable file and a
     * missing one between them.
     */
    private List<String> mixed() throws Exception {
        Path longest = Fixtures.write(dir.resolve("long.txt"),
                Fixtures.ascii(SyntheticRows.generate(RATE_HZ, 12, 0.4, 2.5, true), RATE_HZ));
        Path prose = Files.writeString(dir.resolve("notes.txt"), "Went to the gym.\nRowed a lot.\n".repeat(50));
        Path shortest = Fixtures.write(dir.resolve("short.bin"),
                Fixtures.rowcoach(SyntheticRows.generate(RATE_HZ, 2, 0.4, 2.5, false), RATE_HZ));
        Path missing = dir.resolve("missing.rcrec");
        Path middle = Fixtures.write(dir.resolve("middle.txt"),
                Fixtures.ascii(SyntheticRows.generate(RATE_HZ, 5, 0.35, 2.5, true), RATE_HZ));
        return List.of(longest.toString(), prose.toString(), shortest.toString(), missing.toString(), middle.toString());
    }

    private static List<String> readable(List<String> files) {
        return List.of(files.get(0), files.get(2), files.get(4));
    }

    private static String[] args(List<String> options, List<String> files) {
        List<String> a = new ArrayList<>(List.of("replay"));
        a.addAll(options);
        a.addAll(files);
        return a.toArray(String[]::new);
    }

    @Test
    void textReportsFollowTheOrderGivenAndABadFileCostsOnlyItsOwnReport() throws Exception {
        List<String> files = mixed();
        Cli.Result r = Cli.run(args(List.of("--no-history"), files));
        assertEquals(2, r.exitCode(), "a file failed: " + r.err());
        assertEquals(List.of("rowcoach: " + files.get(1) + ": not a recognised sensor recording",
                        "rowcoach: " + files.get(3) + ": no such file"),
                r.err().lines().map(l -> l.replaceAll(" \\(tried: .*\\)$", "")).toList());
        List<String> named = r.out().lines().filter(l -> l.startsWith("file      ")).toList();
        assertEquals(readable(files).stream().map(f -> "file      " + f).toList(), named);
        // Exactly what replaying each in turn prints, a blank line between reports.
        StringBuilder oneByOne = new StringBuilder();
        for (String f : readable(files)) {
            Cli.Result single = Cli.run("replay", "--no-history", f);
            assertEquals(0, single.exitCode(), single.err());
            oneByOne.append(oneByOne.length() == 0 ? "" : "\n").append(single.out());
        }
        assertEquals(oneByOne.toString(), r.out());
    }

    @Test
    void jsonIsOneDocumentPerReadableFileInTheOrderGivenAndOutputFileGetsTheSame() throws Exception {
        List<String> files = mixed();
        Cli.Result r = Cli.run(args(List.of("--no-history", "--format", "json"), files));
        assertEquals(2, r.exitCode(), r.err());
        List<String> paths = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = JSON.readerFor(JsonNode.class).readValues(r.out())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                assertEquals("rowcoach.report/1", doc.get("schema").asText());
                paths.add(doc.get("source").get("path").asText());
            }
        }
        assertEquals(readable(files), paths);

        Path out = dir.resolve("reports.json");
        Cli.Result toFile = Cli.run(args(List.of("--no-history", "--format", "json", "-o", out.toString()), files));
        assertEquals(2, toFile.exitCode(), toFile.err());
        assertEquals("", toFile.out());
        assertEquals(r.out(), Files.readString(out));
    }

    @Test
    void eachReadableFileIsStoredInTheHistoryInTheOrderGiven() throws Exception {
        List<String> files = mixed();
        Path db = dir.resolve("h.db");
        Cli.Result r = Cli.run(args(List.of("--db", db.toString()), files));
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
        Cli.Result h = Cli.run("history", "--db", db.toString(), "--format", "json");
        assertEquals(0, h.exitCode(), h.err());
        List<JsonNode> sessions = new ArrayList<>();
        JSON.readTree(h.out()).get("sessions").forEach(sessions::add);
        sessions.sort((a, b) -> Long.compare(a.get("id").asLong(), b.get("id").asLong()));
        assertEquals(readable(files), sessions.stream().map(s -> s.get("recordingPath").asText()).toList());
    }

    @Test
    void standardInputAndTheHtmlPageAreForOneFileOnly() throws Exception {
        List<String> files = mixed();
        Cli.Result stdin = Cli.run("replay", "--no-history", files.get(0), "-");
        assertEquals(2, stdin.exitCode());
        assertEquals("", stdin.out());
        assertEquals("rowcoach: - (standard input) can only be replayed alone\n", stdin.err());

        Cli.Result html = Cli.run("replay", "--no-history", "--format", "html", files.get(0), files.get(4));
        assertEquals(2, html.exitCode());
        assertEquals("", html.out());
        assertEquals("rowcoach: --format html is one page per session: replay one file at a time\n", html.err());

        Cli.Result all = Cli.run("replay", "--no-history", "--format", "json", files.get(0), files.get(2));
        assertEquals(0, all.exitCode(), all.err());
        assertEquals("", all.err());
        assertFalse(all.out().isEmpty());
        assertTrue(all.out().indexOf(files.get(0)) < all.out().indexOf(files.get(2)));
    }
}
