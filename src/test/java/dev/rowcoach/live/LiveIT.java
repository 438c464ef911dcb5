package dev.rowcoach.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.lab.truth.TruthSet;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.LiveProcess;
import dev.rowcoach.testing.PacedSensor;
import dev.rowcoach.testing.PtyPair;
import dev.rowcoach.testing.SimulatedStream;
import dev.rowcoach.testing.WavTones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rowcoach live} end to end: a simulated sensor streams a two-set session at real-time pace into a
 * socat pseudo-terminal, the packaged jar reads the other end through jSerialComm, and what it reported
 * live is held against what {@code replay} of its own recording reports and against the simulator's truth.
 * Writes the measured latencies to {@code target/live-latency.txt} (docs/PERFORMANCE.md quotes them).
 */
class LiveIT {

    /** Two sets of five with a short rest: about 60 s of real time. */
    static final String PLAN = "barbell-row 2x5 @60kg rest=12";
    static final long SEED = 3;
    /**
     * Reached in the first set of this session: its strict reps lose 12.4 % by rep 4 (of the rows; the bar put down at
     * the end, first reported as a rep graded excessive and then withdrawn, no longer sounds the cue, as it did with
     * 15 % here before the strict-rep rule).
     */
    static final double STOP_AT_LOSS_PCT = 10;

    @TempDir
    Path dir;

    @Test
    void liveReportsWhatReplayOfItsRecordingReportsAndKeepsEveryByte() throws Exception {
        SimulatedStream stream = SimulatedStream.of(PLAN, SEED);
        PacedSensor sensor = stream.sensor();
        Path rec = dir.resolve("session.rcrec");
        Path wav = dir.resolve("session.wav");
        Path db = dir.resolve("history.db");
        List<JsonNode> events;
        try (PtyPair pty = new PtyPair(dir);
             LiveProcess live = new LiveProcess("--port", pty.hostEnd().toString(), "--record", rec.toString(),
                     "--exit-after-idle", "2", "--exercise", "barbell-row", "--load", "60", "--db", db.toString(),
                     "--audio", "off", "--audio-out", wav.toString(), "--stop-at-loss", String.valueOf(STOP_AT_LOSS_PCT))) {
            live.awaitType("connected", 1, 20);
            sensor.run(pty.sensorEnd());
            assertEquals(0, live.waitFor(30), live.stderrText());
            assertEquals("", live.stderrText());
            assertEquals(List.of(), live.unparsed());
            events = live.events();
        }

        assertEquals(stream.chunks().size(), sensor.sent().size());
        LiveChecks.recordingHoldsWhatWasSent(sensor, rec, events);
        JsonNode replaySets = LiveChecks.replayAgrees(rec, events, "--load", "60");
        assertEquals(stream.truth().sets().size(), replaySets.size(), "replay found the simulated sets");
        int repsChecked = 0;
        for (JsonNode set : replaySets) {
            repsChecked += set.get("reps").size();
        }
        assertTrue(repsChecked >= 8, "reps checked: " + repsChecked);

        // The session went into the training history, keyed by its recording, with the sets replay finds.
        Cli.Result history = Cli.run("history", "--db", db.toString(), "--format", "json");
        assertEquals(0, history.exitCode(), history.err());
        JsonNode sessions = new com.fasterxml.jackson.databind.ObjectMapper().readTree(history.out()).get("sessions");
        assertEquals(1, sessions.size(), history.out());
        assertEquals(rec.toString(), sessions.get(0).get("recordingPath").asText(), history.out());
        assertEquals(replaySets.size(), sessions.get(0).get("sets").size(), history.out());
        // ... and the history's coaching follows the end of the session: this week's sets include this session's.
        JsonNode coaching = events.get(events.size() - 1);
        assertEquals("coaching", coaching.get("type").asText(), coaching.toString());
        assertEquals("ended", events.get(events.size() - 2).get("type").asText());
        assertEquals(replaySets.size(), coaching.get("week").get("sets").asInt(), coaching.toString());
        List<String> rules = new ArrayList<>();
        coaching.get("guidance").forEach(g -> rules.add(g.get("ruleId").asText()));
        assertTrue(rules.contains("volume"), coaching.toString());
        List<JsonNode> liveReps = LiveChecks.ofType(events, "rep");

        // The sound: one tone per rep at the pitch of its grade (a rep measured again sounds once), and three
        // high beeps once in a set whose velocity loss so far reached 15 %, each where it belongs. The loss is that of
        // the set's strict reps once two were strict, of all its reps before (docs/COACHING.md).
        List<Double> wantPitch = new ArrayList<>();
        List<Double> wantStart = new ArrayList<>();
        int set = -1;
        List<Double> all = new ArrayList<>();
        List<Double> strict = new ArrayList<>();
        boolean stopped = false;
        int stops = 0;
        for (JsonNode e : liveReps) {
            if (e.get("revised").asBoolean()) {
                continue;
            }
            if (e.get("set").asInt() != set) {
                set = e.get("set").asInt();
                all.clear();
                strict.clear();
                stopped = false;
            }
            wantPitch.add(switch (e.get("grade").isNull() ? "-" : e.get("grade").asText()) {
                case "strict" -> 880.0;
                case "cheat" -> 659.26;
                case "excessive" -> 440.0;
                default -> 783.99;
            });
            wantStart.add(e.get("hostS").asDouble());
            double v = e.get("meanConcentricVelocityMps").asDouble();
            all.add(v);
            if ("strict".equals(e.get("grade").asText(null))) {
                strict.add(v);
            }
            List<Double> counted = strict.size() >= 2 ? strict : all;
            double best = counted.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double last = counted.get(counted.size() - 1);
            if (!stopped && Math.round((best - last) / best * 1000) / 10.0 >= STOP_AT_LOSS_PCT) {
                stopped = true;
                stops++;
                for (int i = 0; i < 3; i++) {
                    wantPitch.add(1318.51);
                    wantStart.add(Double.NaN);
                }
            }
        }
        assertTrue(stops >= 1, "the session has a set that loses " + STOP_AT_LOSS_PCT + " %: " + liveReps.stream()
                .map(e -> e.get("set") + "/" + e.get("index") + " " + e.get("grade") + " " + e.get("meanConcentricVelocityMps")
                        + (e.get("revised").asBoolean() ? " revised" : "")).toList() + " withdrawn: "
                + LiveChecks.ofType(events, "discarded").stream().map(e -> e.get("set") + "/" + e.get("index")).toList());
        List<WavTones.Tone> tones = WavTones.find(wav);
        assertEquals(wantPitch.size(), tones.size(), "tones: " + tones);
        for (int i = 0; i < tones.size(); i++) {
            assertEquals(wantPitch.get(i), tones.get(i).frequencyHz(), wantPitch.get(i) * 0.005, "tone " + i + " " + tones.get(i));
            if (!wantStart.get(i).isNaN()) {
                assertEquals(wantStart.get(i), tones.get(i).startS(), 0.02, "tone " + i + " sounds with its rep event");
            }
        }

        // Latency, against the truth: when the bar came to rest at the bottom of each rep.
        List<String> lines = new ArrayList<>();
        List<Double> endToEnd = new ArrayList<>();
        List<Double> transport = new ArrayList<>();
        for (JsonNode e : liveReps) {
            if (e.get("revised").asBoolean()) {
                continue;   // latency is to a rep's first report; a revision keeps that report's reportedS
            }
            TruthRep truth = matchingTruth(stream, e);
            if (truth == null) {
                continue;
            }
            Instant shown = Instant.parse(e.get("hostTime").asText());
            double e2e = ms(sensor.deviceZeroAt(), truth.endS(), shown);
            double overhead = ms(sensor.deviceZeroAt(), e.get("reportedS").asDouble(), shown);
            endToEnd.add(e2e);
            transport.add(overhead);
            lines.add(String.format(Locale.ROOT, "true rep %d of set %d: rest at %.3f s, reported at device %.3f s, shown %.0f ms after "
                    + "the rest (motion core %.0f ms, port to event %.0f ms)", truth.index(), e.get("set").asInt(),
                    truth.endS(), e.get("reportedS").asDouble(), e2e, e2e - overhead, overhead));
        }
        lines.add(0, String.format(Locale.ROOT, "live latency, plan \"%s\" seed %d, %d reps: end to end median %.0f ms, "
                + "90th percentile %.0f ms, max %.0f ms; port to event (rowcoach live's own share) median %.0f ms, max %.0f ms; "
                + "%d of %d reps within 300 ms", PLAN, SEED, endToEnd.size(), pct(endToEnd, 50), pct(endToEnd, 90), pct(endToEnd, 100),
                pct(transport, 50), pct(transport, 100), endToEnd.stream().filter(v -> v <= 300).count(), endToEnd.size()));
        Files.write(Path.of("target", "live-latency.txt"), lines);
        System.out.println(String.join("\n", lines));
        assertTrue(endToEnd.size() >= repsChecked, "every reported rep matched a true rep");
        // What live adds to the motion core's own confirmation delay: frame batching, the pty, the queue,
        // decoding and printing. The motion core's share is measured and published, not asserted here.
        assertTrue(pct(transport, 100) < 250, "port-to-event latency " + transport);
    }

    static TruthRep matchingTruth(SimulatedStream stream, JsonNode repEvent) {
        double start = repEvent.get("concentricStartS").asDouble();
        TruthRep best = null;
        for (TruthSet s : stream.truth().sets()) {
            for (TruthRep r : s.reps()) {
                if (Math.abs(r.concentricStartS() - start) < 0.3
                        && (best == null || Math.abs(r.concentricStartS() - start) < Math.abs(best.concentricStartS() - start))) {
                    best = r;
                }
            }
        }
        return best;
    }

    private static double ms(Instant deviceZero, double deviceS, Instant shown) {
        Instant at = deviceZero.plusNanos((long) (deviceS * 1e9));
        return Duration.between(at, shown).toNanos() / 1e6;
    }

    private static double pct(List<Double> v, int p) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
