package dev.rowcoach.live;

import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.LiveProcess;
import dev.rowcoach.testing.PacedSensor;
import dev.rowcoach.testing.PtyPair;
import dev.rowcoach.testing.SimulatedStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code live} for a person: the screen's lines, {@code q} to end, {@code devices} and {@code --port auto}. One method
 * at a time (not {@code @Execution(CONCURRENT)}): the rate the screen shows is held to a range with none of this
 * class's own JVMs starting beside the session.
 */
class LiveTextIT {

    @TempDir
    Path dir;

    @Test
    void theScreenShowsEachRepAndTheSetAndQEndsTheSessionWithTheRecordingClosed() throws Exception {
        SimulatedStream stream = SimulatedStream.of("barbell-row 1x6 @60kg", 11);
        PacedSensor sensor = stream.sensor().faster(4);
        Path rec = dir.resolve("text.rcrec");
        List<String> lines;
        try (PtyPair pty = new PtyPair(dir);
             LiveProcess live = LiveProcess.text("--port", pty.hostEnd().toString(), "--record", rec.toString(),
                     "--exercise", "barbell-row", "--load", "60", "--db", dir.resolve("history.db").toString())) {
            live.awaitLine(l -> l.startsWith("connected to serial:" + pty.hostEnd()), 20);
            sensor.run(pty.sensorEnd());
            Thread.sleep(1000);
            live.type("q\n");
            assertEquals(0, live.waitFor(10), live.stderrText());
            assertEquals("", live.stderrText());
            lines = live.unparsed();
        }
        assertTrue(lines.contains("receiving rowcoach, recording to " + rec), lines.toString());
        // 200 Hz played 4 times faster than real time.
        assertTrue(lines.stream().filter(l -> l.matches("receiving \\d+ samples/s"))
                .mapToInt(l -> Integer.parseInt(l.split(" ")[1])).anyMatch(r -> r > 700 && r < 900), "rate: " + lines);
        long reps = lines.stream().filter(l -> l.matches("set 1 rep +\\d+  ROM \\d+\\.\\d cm  mean \\d\\.\\d\\d m/s  peak \\d\\.\\d\\d m/s  "
                + "grade (strict|cheat|excessive|-)"))
                .count();
        assertTrue(reps >= 6, "one line per rep: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.matches("set 1 done: \\d+ reps, mean \\d\\.\\d\\d m/s, best \\d\\.\\d\\d m/s, "
                + "velocity loss \\d+\\.\\d % \\(from (the \\d+ strict reps|all \\d+ reps(, all strict|: fewer than 2 strict))\\)")), lines.toString());
        int end = lines.size() - 1;
        while (end >= 0 && !lines.get(end).startsWith("session ended")) {
            end--;
        }
        assertTrue(end >= 0 && lines.get(end).startsWith("session ended (stopped): " + sensor.sentBytes().length + " bytes"),
                lines.toString());
        // Then, the session stored, the history's coaching: this week holds this session's one set.
        List<String> after = lines.subList(end + 1, lines.size());
        assertTrue(after.get(0).matches("week \\d{4}-W\\d{2}: [01] hard sets? of rows so far, below the 15–20 of the guidance"),
                after.toString());
        assertTrue(after.stream().anyMatch(l -> l.startsWith("  > Week ") && l.contains("[volume; ")), after.toString());
        LiveChecks.recordingHoldsWhatWasSentBytes(sensor, rec);
    }

    @Test
    void devicesListsPortsAndPortAutoSaysWhatItFound() throws Exception {
        Cli.Result devices = Cli.runInJvm("devices");
        assertEquals(0, devices.exitCode(), devices.err());
        // Then BLE: here without BlueZ (no system bus), one line saying so; BleLiveIT lists a (fake) BlueZ's sensors.
        assertTrue(devices.out().lines().anyMatch(l -> l.startsWith("BLE")), devices.out());
        assertEquals("", devices.err());
        if (devices.out().lines().noneMatch(l -> l.startsWith("*"))) {
            // No USB serial port here (as on CI): auto must say so rather than guess.
            Cli.Result auto = Cli.runInJvm("live", "--port", "auto", "--exercise", "barbell-row", "--no-record");
            assertEquals(2, auto.exitCode());
            assertTrue(auto.err().startsWith("rowcoach: --port auto: no USB serial port found: plug the sensor in"), auto.err());
            assertEquals(1, auto.err().lines().count(), auto.err());
        }
    }

    @Test
    void aPortThatDoesNotExistIsOneLine() throws Exception {
        Cli.Result r = Cli.runInJvm("live", "--port", dir.resolve("nothing").toString(), "--exercise", "barbell-row", "--no-record");
        assertEquals(2, r.exitCode());
        assertEquals("rowcoach: " + dir.resolve("nothing") + ": no such serial port (rowcoach devices lists the ports)\n", r.err());
    }
}
