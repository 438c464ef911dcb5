package dev.rowcoach.cli;

import dev.rowcoach.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static java.lang.ProcessBuilder.Redirect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The attacks of issue 15 (items 3–9) against the command line, each with real bytes, a FIFO, a device or a
 * database, and a process of its own where the attack is on the process (its standard streams, its heap):
 * docs/RELIABILITY.md lists the promise each holds.
 */
@Execution(ExecutionMode.CONCURRENT)
class HardeningIT {

    private static final String CHEAT = "sample-recordings/cheat-at-the-end-200hz.rcrec";
    private static final Redirect NO_INPUT = Redirect.from(new File("/dev/null"));

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo " + p);
    }

    /**
     * A null device of the test's own ({@code mknod DIR/null c 1 3}), so that code that replaces what it writes can
     * only destroy this one, never the machine's /dev/null; the test is skipped where device nodes cannot be made.
     */
    private static Path nullDevice(Path dir) throws Exception {
        Path dev = dir.resolve("null");
        Process mk = new ProcessBuilder("mknod", "-m", "666", dev.toString(), "c", "1", "3")
                .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "device nodes can be made here");
        assumeTrue(Files.exists(dev) && !Files.isRegularFile(dev));
        return dev;
    }

    private static void oneLine(Cli.Result r) {
        assertEquals(1, r.err().lines().count(), "one line on stderr: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    // Item 3: -o must not destroy what OUT is.

    @Test
    void outputThroughASymbolicLinkWritesItsTargetAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("report.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("report.txt"));
        Cli.Result r = Cli.run("replay", "--no-history", CHEAT, "-o", link.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(target).startsWith("file "), Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void outputToAFifoIsWrittenIntoAndTheFifoStays(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("out.fifo");
        mkfifo(fifo);
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Cli.Result r = Cli.run("replay", "--no-history", "--format", "json", CHEAT, "-o", fifo.toString());
        assertEquals(0, r.exitCode(), r.err());
        String json = new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{") && json.contains("\"sets\""), json);
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo), "still a FIFO");
    }

    @Test
    void outputToADeviceIsWrittenIntoAndTheDeviceStays(@TempDir Path dir) throws Exception {
        Path devNull = nullDevice(dir);
        Cli.Result r = Cli.run("replay", "--no-history", CHEAT, "-o", devNull.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.isRegularFile(devNull), "the null device is still a device");
    }

    @Test
    void outputToAFolderIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("replay", "--no-history", CHEAT, "-o", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
        oneLine(r);
        assertTrue(r.err().contains("is a directory"), r.err());
        assertTrue(Files.isDirectory(dir));
    }

    // Item 4: a failed write is exit 3 and one line.

    @Test
    void aFullDiskOnStandardOutputIsExitThree() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        Redirect full = Redirect.to(new File("/dev/full"));
        for (String[] args : new String[][]{{"replay", "--no-history", CHEAT}, {"inspect", CHEAT},
                {"replay", "--no-history", "--format", "html", CHEAT}}) {
            Cli.Result r = Cli.runRedirected(NO_INPUT, full, Map.of(), args);
            assertEquals(3, r.exitCode(), String.join(" ", args) + ": " + r.err());
            oneLine(r);
            assertTrue(r.err().startsWith("rowcoach: cannot write the output"), r.err());
        }
    }

    // Item 6: standard input and FIFOs, read once.

    @Test
    void standardInputIsReadOnceAndStoredUnderTheFilesHash(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("h.db");
        Cli.Result viaFile = Cli.run("replay", "--db", db.toString(), "--format", "json", CHEAT);
        assertEquals(0, viaFile.exitCode(), viaFile.err());
        Cli.Result viaStdin = Cli.runRedirected(Redirect.from(new File(CHEAT)), Redirect.PIPE, Map.of(),
                "replay", "--db", db.toString(), "--format", "json", "-");
        assertEquals(0, viaStdin.exitCode(), viaStdin.err());
        assertEquals("", viaStdin.err());
        assertEquals(viaFile.out().replace(CHEAT, "-"), viaStdin.out(), "the same analysis");
        Cli.Result history = Cli.run("history", "--db", db.toString(), "--format", "json");
        assertEquals(1, history.out().split("\"contentSha256\"", -1).length - 1, "the same recording, stored once: "
                + history.out());
        Cli.Result inspect = Cli.runRedirected(Redirect.from(new File(CHEAT)), Redirect.PIPE, Map.of(), "inspect", "-");
        assertEquals(0, inspect.exitCode(), inspect.err());
        assertTrue(inspect.out().contains("recording of rowcoach bytes"), inspect.out());
    }

    @Test
    void aFifoIsReadOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("in.fifo");
        mkfifo(fifo);
        byte[] bytes = Files.readAllBytes(Path.of(CHEAT));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write(bytes);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Cli.Result r = Cli.run("inspect", "--format", "json", fifo.toString());
        writer.get(30, TimeUnit.SECONDS);
        assertEquals(0, r.exitCode(), r.err());
        Cli.Result file = Cli.run("inspect", "--format", "json", CHEAT);
        assertEquals(file.out().replace(CHEAT, fifo.toString()), r.out(), "as from the file");
    }

    @Test
    void convertStreamsFromStandardInputToStandardOutput() throws Exception {
        Cli.Result r = Cli.runRedirected(Redirect.from(new File(CHEAT)), Redirect.PIPE, Map.of(), "convert", "-", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("# rowcoach-ascii 1\n"), r.out().substring(0, Math.min(200, r.out().length())));
        assertTrue(r.err().startsWith("wrote -: ascii"), "the summary goes to stderr: " + r.err());
    }

    // Item 7: text from a recording or the history is shown, never obeyed.

    @Test
    void controlCharactersAndOverridesAreShownNotObeyed(@TempDir Path dir) throws Exception {
        String athlete = "eve\u001b]0;pwned\u0007\u001b[2J\u202egnp.exe";
        String notes = "bell\u0007\u009b31m";
        Path rec = dir.resolve("hostile.rcrec");
        Path db = dir.resolve("h.db");
        Cli.Result c = Cli.run("convert", "sample-recordings/accel-only-100hz.csv", rec.toString(), "--athlete", athlete,
                "--notes", notes);
        assertEquals(0, c.exitCode(), c.err());
        for (String[] args : new String[][]{{"inspect", rec.toString()}, {"replay", "--db", db.toString(), rec.toString()},
                {"history", "--db", db.toString()}, {"replay", "--no-history", "--format", "html", rec.toString()}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(0, r.exitCode(), r.err());
            String all = r.out() + r.err();
            for (char bad : new char[]{'\u0007', '\u009b', '\u202e'}) {
                assertEquals(-1, all.indexOf(bad), args[0] + " printed U+" + Integer.toHexString(bad) + ": " + all);
            }
            assertFalse(all.contains("\u001b]") || all.contains("\u001b[2J"), args[0] + " printed an escape sequence");
        }
        assertTrue(Cli.run("inspect", rec.toString()).out().contains("eve\\u001b]0;pwned\\u0007"), "shown, escaped");
        Path page = dir.resolve("p.html");
        assertEquals(0, Cli.run("replay", "--no-history", "--format", "html", rec.toString(), "-o", page.toString()).exitCode());
        String html = Files.readString(page);
        assertEquals(-1, html.indexOf('\u202e'), "no right-to-left override in the page");
        assertTrue(html.contains("\\u202egnp.exe"), "the override shown as such");
    }

    // Items 8 and 9: the history.

    @Test
    void aNullDeviceAsTheHistoryCreatesNothingBesideIt(@TempDir Path dir) throws Exception {
        Path devNull = nullDevice(dir);
        Cli.Result r = Cli.run("replay", "--db", devNull.toString(), CHEAT);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("not a regular file"), r.err());
        oneLine(r);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no -journal or -wal beside the device");
        }
        assertFalse(Files.isRegularFile(devNull));
    }

    @Test
    void aDamagedPageGetsTheSameVerdictFromHistoryAsFromReplay(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("h.db");
        for (String f : new String[]{CHEAT, "sample-recordings/excessive-swing-200hz.rcrec"}) {
            assertEquals(0, Cli.run("replay", "--db", db.toString(), f).exitCode());
        }
        // Overwrite the last page, an index or table page of sessions' sets, with junk; the header page is intact.
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long pages = f.length() / 4096;
            assumeTrue(pages >= 3, "a history of several pages");
            f.seek((pages - 1) * 4096);
            byte[] junk = new byte[4096];
            new java.util.Random(3).nextBytes(junk);
            f.write(junk);
        }
        Cli.Result history = Cli.run("history", "--db", db.toString());
        assertEquals(3, history.exitCode(), history.out() + history.err());
        oneLine(history);
        assertTrue(history.err().contains("damaged"), history.err());
        Cli.Result replay = Cli.run("replay", "--db", db.toString(), CHEAT);
        assertTrue(replay.err().contains("damaged"), replay.err());
    }

    // Item 5: the page of a long session in bounded memory.

    @Test
    void theHtmlOfAThreeHourSessionFitsInSixtyFourMegabytes(@TempDir Path dir) throws Exception {
        // 260 sets of 10 reps, 3.6 h: the reps, not the rate, make the page; 25 Hz keeps the test's simulation short.
        String plan = String.join("; rest 20; ", java.util.Collections.nCopies(13, "barbell-row 20x10 @60kg rest=20"));
        Path rec = dir.resolve("long.rcb");
        Cli.Result sim = Cli.run("simulate", "--plan", plan, "--rate", "25", "-o", rec.toString());
        assertEquals(0, sim.exitCode(), sim.err());
        Path page = dir.resolve("long.html");
        // As a user's ROWCOACH_JAVA_OPTS=-Xmx64m ./rowcoach runs it: the launcher's serial collector and C1 (this file is
        // far below the size where it keeps C2), not the JVM's defaults, which took twice the CPU for the same page.
        Cli.Result r = Cli.runShortJobWithJvmOptions(java.util.List.of("-Xmx64m"), "replay", "--no-history", "--format",
                "html", rec.toString(), "-o", page.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(page);
        assertTrue(html.contains("id=\"set-260\"") && html.trim().endsWith("</html>"), "every set, to the end");
    }

    @Test
    void runningOutOfMemoryIsOneLine() throws Exception {
        Cli.Result r = Cli.runWithJvmOptions(java.util.List.of("-Xmx5m"), "replay", "--no-history", "--format", "html",
                "sample-recordings/high-rate-1000hz.bin");
        assertTrue(r.exitCode() == 0 || r.exitCode() == 3, r.exitCode() + ": " + r.err());
        if (r.exitCode() == 3) {
            oneLine(r);
            assertTrue(r.err().startsWith("rowcoach: out of memory"), r.err());
        }
    }
}
