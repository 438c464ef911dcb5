package dev.rowcoach.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.PacedSensor;
import dev.rowcoach.testing.Samples;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks every live run must pass, whatever happened on the way. */
final class LiveChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveChecks() {
    }

    /** The recording holds exactly the bytes the sensor sent, and so decodes to exactly the samples sent. */
    static void recordingHoldsWhatWasSent(PacedSensor sensor, Path rec, List<JsonNode> events) {
        recordingHoldsWhatWasSentBytes(sensor, rec);
        byte[] sent = sensor.sentBytes();
        JsonNode ended = last(events, "ended");
        assertEquals(sent.length, ended.get("bytes").asLong());
        assertEquals(0, ended.get("droppedBytes").asLong());
    }

    /** The recording holds exactly the bytes the sensor sent, and decodes to exactly the samples sent. */
    static void recordingHoldsWhatWasSentBytes(PacedSensor sensor, Path rec) {
        byte[] sent = sensor.sentBytes();
        assertArrayEquals(sent, Samples.bytesOfRecording(rec), "recording bytes");
        assertEquals(Samples.ofRowcoach(sent), Samples.ofRecording(rec), "recording samples");
    }

    /**
     * The live sets are those {@code replay} of the recording reports, field for field, and every rep in them
     * was reported live with the same measurement.
     *
     * @return replay's sets
     */
    static JsonNode replayAgrees(Path rec, List<JsonNode> events, String... replayOptions) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("replay", rec.toString(), "--format", "json"));
        args.addAll(List.of(replayOptions));
        Cli.Result replay = Cli.run(args.toArray(String[]::new));
        assertEquals(0, replay.exitCode(), replay.err());
        JsonNode replaySets = JSON.readTree(replay.out()).get("sets");
        List<JsonNode> liveSets = ofType(events, "set");
        assertEquals(replaySets.size(), liveSets.size(), "sets");
        List<JsonNode> liveReps = ofType(events, "rep");
        for (int i = 0; i < liveSets.size(); i++) {
            JsonNode want = replaySets.get(i);
            JsonNode got = liveSets.get(i);
            for (String f : List.of("index", "startS", "endS", "loadKg", "reps", "summary")) {
                assertEquals(want.get(f), got.get(f), "set " + (i + 1) + " " + f);
            }
            for (JsonNode rep : want.get("reps")) {
                // A rep event carries the rep's number at the time; when the set ends and its first movement
                // turns out to be the pick-up, the set renumbers its reps. The measurement is the same: that of
                // the last event for the rep (a rep measured again comes as a second, revised event).
                JsonNode event = liveReps.stream()
                        .filter(e -> e.get("set").asInt() == want.get("index").asInt()
                                && e.get("concentricStartS").equals(rep.get("concentricStartS")))
                        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no rep event for " + rep));
                rep.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("index")) {
                        assertEquals(f.getValue(), event.get(f.getKey()), "rep " + rep + " " + f.getKey());
                    }
                });
            }
        }
        return replaySets;
    }

    static List<JsonNode> ofType(List<JsonNode> events, String type) {
        return events.stream().filter(e -> e.get("type").asText().equals(type)).toList();
    }

    static JsonNode last(List<JsonNode> events, String type) {
        List<JsonNode> l = ofType(events, type);
        assertTrue(!l.isEmpty(), "no " + type + " event in " + events);
        return l.get(l.size() - 1);
    }
}
