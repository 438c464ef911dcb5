package dev.rowcoach.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.SimulatedFileWriter;
import dev.rowcoach.lab.sim.SimulatedSession;
import dev.rowcoach.lab.sim.SimulationRequest;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.testing.LiveProcess;
import dev.rowcoach.testing.PacedSensor;
import dev.rowcoach.testing.PtyPair;
import dev.rowcoach.testing.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The other sensor protocols through {@code live}: an ASCII board and a WitMotion sensor, recognised from
 * their first bytes on a socat pseudo-terminal, streamed at four times real-time pace in 400-byte chunks.
 */
@Execution(ExecutionMode.CONCURRENT)
class LiveFormatsIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"ASCII", "WITMOTION"})
    void otherProtocolsAreRecognisedRecordedAndAnalysedAsReplayDoes(OutputFormat format) throws Exception {
        SimulatedSession session = Simulator.run(SimulationRequest.of("barbell-row 1x5 @60kg", 4, format, 200, true));
        byte[] bytes = SimulatedFileWriter.encode(session);
        double durationS = session.truth().sets().get(0).endS() + 3;
        List<PacedSensor.Chunk> chunks = new ArrayList<>();
        int n = (bytes.length + 399) / 400;
        for (int i = 0; i < n; i++) {
            chunks.add(new PacedSensor.Chunk(Arrays.copyOfRange(bytes, i * 400, Math.min(bytes.length, (i + 1) * 400)),
                    (long) (durationS * 1e6 * i / n)));
        }
        PacedSensor sensor = new PacedSensor(chunks, 0).faster(4);
        Path rec = dir.resolve(format.id() + ".rcrec");
        List<JsonNode> events;
        try (PtyPair pty = new PtyPair(dir);
             LiveProcess live = new LiveProcess("--port", pty.hostEnd().toString(), "--record", rec.toString(),
                     "--exit-after-idle", "2", "--exercise", "barbell-row")) {
            live.awaitType("connected", 1, 20);
            sensor.run(pty.sensorEnd());
            assertEquals(0, live.waitFor(30), live.stderrText());
            events = live.events();
        }
        assertEquals(format.id(), LiveChecks.last(events, "protocol").get("protocol").asText());
        assertArrayEquals(bytes, Samples.bytesOfRecording(rec));
        JsonNode sets = LiveChecks.replayAgrees(rec, events);
        assertEquals(1, sets.size());
        assertTrue(sets.get(0).get("reps").size() >= 4, sets.toString());
        assertEquals(0, LiveChecks.last(events, "ended").get("droppedBytes").asLong());
    }
}
