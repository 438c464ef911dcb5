package dev.rowcoach.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.formats.Formats;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.recording.RecordingEvent;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.recording.RecordingReader;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.LiveProcess;
import dev.rowcoach.testing.PacedSensor;
import dev.rowcoach.testing.PtyPair;
import dev.rowcoach.testing.SimulatedStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rowcoach live} when things go wrong, each through a real socat pseudo-terminal pair: the port
 * disappears and returns, the sensor restarts mid-set, frames arrive damaged or cut, the bytes are
 * garbage (a wrong baud rate), the sensor's 32-bit clock wraps. In every case the recording holds exactly
 * what was sent and replaying it reports what the session reported.
 */
@Execution(ExecutionMode.CONCURRENT)
class LiveFaultIT {

    /** One set of six: about 25 s of simulated time. */
    private static final String PLAN = "barbell-row 1x6 @60kg";
    private static final long SEED = 11;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void portThatDisappearsAndReturnsIsReopenedAndTheSessionGoesOn() throws Exception {
        SimulatedStream stream = SimulatedStream.of(PLAN, SEED);
        TruthRep third = stream.truth().sets().get(0).reps().get(2);
        long outFromUs = (long) ((third.concentricStartS() - 0.3) * 1e6);
        long outToUs = outFromUs + 1_500_000;
        PacedSensor sensor = stream.sensor().faster(2);
        Path rec = dir.resolve("unplugged.rcrec");
        List<JsonNode> events;
        try (PtyPair pty = new PtyPair(dir); LiveProcess live = start(pty, rec)) {
            live.awaitType("connected", 1, 20);
            sensor.run(pty.sensorEnd(), t -> t >= outFromUs && t < outToUs,
                    () -> {
                        Thread.sleep(300);   // what was sent before the cable came out reaches the host
                        pty.unplug();
                        live.awaitType("disconnected", 1, 10);
                    },
                    () -> {
                        pty.plugIn();
                        live.awaitType("reconnected", 1, 10);
                    });
            assertEquals(0, live.waitFor(30), live.stderrText());
            events = live.events();
        }
        List<String> order = events.stream().map(e -> e.get("type").asText())
                .filter(t -> List.of("connected", "disconnected", "reconnected", "gap", "ended").contains(t)).toList();
        assertEquals(List.of("connected", "disconnected", "reconnected", "gap", "ended"), order);
        JsonNode gap = LiveChecks.last(events, "gap");
        assertEquals("missing_samples", gap.get("cause").asText());
        assertTrue(gap.get("durationS").asDouble() >= 1.5, "gap covers the time unplugged: " + gap);
        assertEquals(1, LiveChecks.last(events, "ended").get("disconnects").asInt());
        LiveChecks.recordingHoldsWhatWasSent(sensor, rec, events);
        LiveChecks.replayAgrees(rec, events);
        assertEquals(List.of(RecordingEvent.DISCONNECTED, RecordingEvent.RECONNECTED), recordedEventTypes(rec));
        // The analysis restarts across the gap rather than bridge it: no rep spans it. (The gap event comes
        // with the last sample before the gap, so its deviceS is where the gap starts.)
        double gapStart = gap.get("deviceS").asDouble();
        for (JsonNode rep : LiveChecks.ofType(events, "rep")) {
            assertFalse(rep.get("concentricStartS").asDouble() < gapStart && rep.get("endS").asDouble() > gapStart,
                    "a rep across the gap: " + rep);
        }
    }

    @Test
    void sensorThatRestartsMidSetIsAResetGapNotAnError() throws Exception {
        SimulatedStream full = SimulatedStream.of(PLAN, SEED);
        TruthRep third = full.truth().sets().get(0).reps().get(2);
        int resetAt = (int) Math.round(third.concentricStartS() * 200);
        SimulatedStream stream = SimulatedStream.sensor(PLAN, SEED, 0, resetAt);
        PacedSensor sensor = stream.sensor().faster(4);
        Path rec = dir.resolve("reset.rcrec");
        List<JsonNode> events = runThrough(sensor, rec);
        List<JsonNode> gaps = LiveChecks.ofType(events, "gap");
        assertEquals(1, gaps.size(), gaps.toString());
        assertEquals("device_reset", gaps.get(0).get("cause").asText());
        assertTrue(gaps.get(0).get("durationS").isNull());
        assertTrue(LiveChecks.ofType(events, "rep").size() >= 3, "reps before and after the reset");
        LiveChecks.recordingHoldsWhatWasSent(sensor, rec, events);
        LiveChecks.replayAgrees(rec, events);
    }

    @Test
    void damagedAndCutFramesAreSkippedCountedAndKept() throws Exception {
        SimulatedStream clean = SimulatedStream.sensor(PLAN, SEED, 0, -1);
        List<PacedSensor.Chunk> chunks = new ArrayList<>(clean.chunks());
        Random random = new Random(5);
        int damaged = 0;
        for (int i = 100; i < chunks.size(); i += chunks.size() / 6) {
            byte[] b = chunks.get(i).bytes().clone();
            if (damaged % 2 == 0) {
                b[b.length / 2] ^= (byte) (1 + random.nextInt(255));     // a flipped byte: CRC fails
            } else {
                b = java.util.Arrays.copyOf(b, b.length / 2);           // a frame cut short
            }
            chunks.set(i, new PacedSensor.Chunk(b, chunks.get(i).deviceUs()));
            damaged++;
        }
        PacedSensor sensor = new PacedSensor(chunks, clean.firstSampleUs()).faster(4);
        Path rec = dir.resolve("damaged.rcrec");
        List<JsonNode> events = runThrough(sensor, rec);
        JsonNode ended = LiveChecks.last(events, "ended");
        assertTrue(ended.get("malformed").asInt() >= damaged / 2 + 1, "malformed: " + ended);
        assertFalse(LiveChecks.ofType(events, "warning").stream()
                .filter(w -> w.get("message").asText().contains("malformed")).toList().isEmpty());
        assertFalse(LiveChecks.ofType(events, "gap").isEmpty(), "the lost samples are a gap");
        assertTrue(LiveChecks.ofType(events, "set").size() == 1, "the set survives");
        LiveChecks.recordingHoldsWhatWasSent(sensor, rec, events);
        LiveChecks.replayAgrees(rec, events);
    }

    @Test
    void garbageSaysTheBaudRateIsProbablyWrong() throws Exception {
        Path rec = dir.resolve("garbage.rcrec");
        byte[] noise = new byte[8192];
        new Random(9).nextBytes(noise);
        try (PtyPair pty = new PtyPair(dir); LiveProcess live = start(pty, rec)) {
            live.awaitType("connected", 1, 20);
            try (OutputStream out = new FileOutputStream(pty.sensorEnd().toFile())) {
                for (int i = 0; i < noise.length; i += 512) {
                    out.write(noise, i, 512);
                    out.flush();
                    Thread.sleep(50);
                }
            }
            assertEquals(2, live.waitFor(20));
            String err = live.stderrText();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("rowcoach: serial:" + pty.hostEnd() + ": "), err);
            assertTrue(err.contains("baud rate is probably wrong") && err.contains("--baud") && err.contains("--protocol"), err);
            assertFalse(err.contains("Exception"), err);
            assertEquals("ended", LiveChecks.last(live.events(), "ended").get("type").asText());
        }
    }

    @Test
    void clockThatWrapsItsThirtyTwoBitsChangesNothing() throws Exception {
        long wrapsAfterUs = 12_000_000;
        SimulatedStream wrapping = SimulatedStream.sensor(PLAN, SEED, (1L << 32) - wrapsAfterUs, -1);
        PacedSensor sensor = wrapping.sensor().faster(4);
        Path rec = dir.resolve("wrap.rcrec");
        List<JsonNode> events = runThrough(sensor, rec);
        assertEquals(List.of(), LiveChecks.ofType(events, "gap"));
        LiveChecks.recordingHoldsWhatWasSent(sensor, rec, events);
        JsonNode liveSets = LiveChecks.replayAgrees(rec, events);

        // The same sensor without the wrap reports the same sets.
        Path plain = dir.resolve("plain.rowcoach");
        try (OutputStream out = Files.newOutputStream(plain)) {
            for (PacedSensor.Chunk c : SimulatedStream.sensor(PLAN, SEED, 0, -1).chunks()) {
                out.write(c.bytes());
            }
        }
        Cli.Result replay = Cli.run("replay", plain.toString(), "--format", "json");
        assertEquals(0, replay.exitCode(), replay.err());
        assertEquals(JSON.readTree(replay.out()).get("sets"), liveSets);
        assertTrue(liveSets.size() == 1 && liveSets.get(0).get("reps").size() >= 4, liveSets.toString());
    }

    @Test
    void ctrlCEndsTheSessionCleanlyWithTheRecordingClosed() throws Exception {
        SimulatedStream stream = SimulatedStream.of(PLAN, SEED);
        List<PacedSensor.Chunk> firstTenSeconds = stream.chunks().stream()
                .filter(c -> c.deviceUs() - stream.firstSampleUs() < 10_000_000).toList();
        PacedSensor sensor = new PacedSensor(firstTenSeconds, stream.firstSampleUs()).faster(4);
        Path rec = dir.resolve("stopped.rcrec");
        List<JsonNode> events;
        try (PtyPair pty = new PtyPair(dir);
             LiveProcess live = new LiveProcess("--port", pty.hostEnd().toString(), "--record", rec.toString(),
                     "--exercise", "barbell-row")) {
            live.awaitType("connected", 1, 20);
            sensor.run(pty.sensorEnd());
            Thread.sleep(300);
            live.interrupt();
            assertEquals(143, live.waitFor(10), "SIGTERM, after the shutdown hook ran; " + live.stderrText());
            events = live.events();
        }
        assertEquals("stopped", LiveChecks.last(events, "ended").get("reason").asText());
        assertEquals(List.of(), LiveChecks.ofType(events, "disconnected"), "closing the port at exit is no disconnection");
        LiveChecks.recordingHoldsWhatWasSent(sensor, rec, events);
        List<String> damage = new ArrayList<>();
        RecordingReader.read(rec, new dev.rowcoach.sensor.StreamListener() {
            @Override
            public void sample(dev.rowcoach.sensor.Sample sample) {
            }

            @Override
            public void malformed(dev.rowcoach.sensor.Malformed m) {
                damage.add(m.toString());
            }
        }, RecordingListener.NONE, Formats::decoder);
        assertEquals(List.of(), damage, "a closed recording ends with its END record");
    }

    private LiveProcess start(PtyPair pty, Path rec) throws Exception {
        return new LiveProcess("--port", pty.hostEnd().toString(), "--record", rec.toString(),
                "--exit-after-idle", "2", "--exercise", "barbell-row");
    }

    private List<JsonNode> runThrough(PacedSensor sensor, Path rec) throws Exception {
        try (PtyPair pty = new PtyPair(dir); LiveProcess live = start(pty, rec)) {
            live.awaitType("connected", 1, 20);
            sensor.run(pty.sensorEnd());
            assertEquals(0, live.waitFor(30), live.stderrText());
            assertEquals("", live.stderrText());
            return live.events();
        }
    }

    private static List<String> recordedEventTypes(Path rec) {
        List<String> types = new ArrayList<>();
        RecordingReader.read(rec, s -> { }, new RecordingListener() {
            @Override
            public void event(RecordingEvent event) {
                types.add(event.type());
            }
        }, Formats::decoder);
        return types;
    }
}
