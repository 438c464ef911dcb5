package dev.rowcoach.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.SimulatedSession;
import dev.rowcoach.lab.sim.SimulationRequest;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.LiveProcess;
import dev.rowcoach.testing.PhyphoxStandIn;
import dev.rowcoach.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rowcoach live} from a phone, end to end with real HTTP: a simulated session served at real-time pace by a
 * phyphox stand-in (its documented remote interface) and posted as Sensor Logger's push batches, each with faults
 * (the phone's server gone mid-set; batches repeated, out of order, malformed, missing), then held against
 * {@code replay} of the session's own recording and against what was sent.
 */
@Execution(ExecutionMode.CONCURRENT)
class PhoneLiveIT {

    /**
     * Two sets of three with a short rest: 50 s of samples (58 s with sets of five), with the faults where they were
     * with sets of five: the server lost and the batch faults in the first set, the 4 s without batches (20-24 s) in
     * the rest after it.
     */
    static final String PLAN = "barbell-row 2x3 @60kg rest=10";
    static final long SEED = 3;
    static final double RATE_HZ = 100;

    @TempDir
    Path dir;

    private static SimulatedSession session() {
        return Simulator.run(SimulationRequest.of(PLAN, SEED, OutputFormat.ROWCOACH, RATE_HZ, true));
    }

    @Test
    void phyphoxPolledLiveReportsWhatReplayReportsThroughALostServer() throws Exception {
        SimulatedSession sim = session();
        List<Sample> samples = sim.producedSamples();
        Path rec = dir.resolve("phyphox.rcrec");
        List<JsonNode> events;
        try (PhyphoxStandIn phone = new PhyphoxStandIn(samples);
             LiveProcess live = new LiveProcess("--phyphox", "127.0.0.1:" + phone.port(), "--record", rec.toString(),
                     "--exit-after-idle", "5", "--exercise", "barbell-row", "--load", "60", "--no-history", "--audio", "off")) {
            live.awaitType("connected", 1, 20);
            assertTrue(phone.measuring(), "rowcoach started the experiment with /control?cmd=start");
            // The phone's server goes away for 3 s in the first set (its Wi-Fi drops), and the experiment goes on.
            live.await(e -> e.get("type").asText().equals("rep"), 40);
            phone.stop();
            live.awaitType("disconnected", 1, 10);
            Thread.sleep(3000);
            phone.start();
            live.awaitType("reconnected", 1, 10);
            while (!phone.done()) {
                Thread.sleep(200);
            }
            assertEquals(0, live.waitFor(30), live.stderrText());
            assertEquals("", live.stderrText());
            assertEquals(List.of(), live.unparsed());
            events = live.events();
        }
        // Nothing measured was lost to the outage: the recording decodes to every sample served, on the experiment's clock.
        List<Sample> recorded = Samples.ofRecording(rec);
        assertEquals(shifted(samples), recorded);
        JsonNode replaySets = LiveChecks.replayAgrees(rec, events, "--load", "60");
        assertEquals(sim.truth().sets().size(), replaySets.size(), "replay found the simulated sets");
        assertEquals(0, LiveChecks.last(events, "ended").get("malformed").asLong());
    }

    @Test
    void sensorLoggerPushLiveReportsWhatReplayReportsThroughBadBatches() throws Exception {
        SimulatedSession sim = session();
        List<Sample> samples = sim.producedSamples();
        Path rec = dir.resolve("push.rcrec");
        int port = freePort();
        int perBatch = (int) (RATE_HZ / 5); // a batch every 200 ms
        List<String> batches = new ArrayList<>();
        List<List<Sample>> contents = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += perBatch) {
            List<Sample> part = samples.subList(i, Math.min(samples.size(), i + perBatch));
            batches.add(batch(batches.size(), part, samples.get(0).timeUs()));
            contents.add(part);
        }
        // Faults: 20 repeated, 41 before 40, a body that is not JSON after 60, 100–119 never sent (4 s of silence).
        List<Sample> sent = new ArrayList<>();
        List<JsonNode> events;
        HttpClient http = HttpClient.newHttpClient();
        try (LiveProcess live = new LiveProcess("--http-listen", "127.0.0.1:" + port, "--record", rec.toString(),
                "--exit-after-idle", "6", "--exercise", "barbell-row", "--load", "60", "--no-history", "--audio", "off")) {
            live.awaitType("connected", 1, 20);
            long start = System.nanoTime();
            for (int i = 0; i < batches.size(); i++) {
                long due = start + (long) ((i + 1) * (perBatch / RATE_HZ) * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                if (i >= 100 && i < 120) {
                    continue;
                }
                if (i == 40) {
                    continue; // sent after 41
                }
                assertEquals(200, post(http, port, batches.get(i)));
                if (i == 41) {
                    assertEquals(200, post(http, port, batches.get(40)));
                }
                if (i == 20) {
                    assertEquals(200, post(http, port, batches.get(20)));
                }
                if (i == 60) {
                    assertEquals(200, post(http, port, "{\"messageId\": 61, \"payload\": [ {\"name\": "));
                }
            }
            for (int i = 0; i < batches.size(); i++) {
                if (i < 100 || i >= 120) {
                    sent.addAll(contents.get(i));
                }
            }
            assertEquals(0, live.waitFor(40), live.stderrText());
            assertEquals("", live.stderrText());
            events = live.events();
        }
        assertEquals(shifted(sent), Samples.ofRecording(rec), "every reading that arrived is in the stream");
        List<String> warnings = LiveChecks.ofType(events, "warning").stream().map(w -> w.get("message").asText()).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("message 20 repeated")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("not JSON")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("100–119 never arrived")), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.contains("message 40")), "40 came late but in time: " + warnings);
        // 4 s of silence is a lost phone, and so is the silence after the last batch (before the session idles out).
        assertEquals(2, LiveChecks.ofType(events, "disconnected").size(), events.toString());
        assertEquals(1, LiveChecks.ofType(events, "reconnected").size());
        assertTrue(LiveChecks.ofType(events, "gap").stream().anyMatch(g -> g.get("durationS").asDouble() > 3.9),
                "the silence is a gap in the data: " + LiveChecks.ofType(events, "gap"));
        JsonNode replaySets = LiveChecks.replayAgrees(rec, events, "--load", "60");
        assertEquals(sim.truth().sets().size(), replaySets.size(), "replay found the simulated sets");
    }

    @Test
    void aWrongAddressOrPortIsOneLine() throws Exception {
        int closed = freePort();
        Cli.Result r = Cli.runInJvm("live", "--phyphox", "127.0.0.1:" + closed, "--exercise", "barbell-row", "--no-record");
        assertEquals(2, r.exitCode(), r.err());
        assertOneLine(r.err(), "phyphox at 127.0.0.1:" + closed);

        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        other.start();
        try {
            int busy = other.getAddress().getPort();
            r = Cli.runInJvm("live", "--phyphox", "127.0.0.1:" + busy, "--exercise", "barbell-row", "--no-record");
            assertEquals(2, r.exitCode(), r.err());
            assertOneLine(r.err(), "answered 404");
            r = Cli.runInJvm("live", "--http-listen", "127.0.0.1:" + busy, "--exercise", "barbell-row", "--no-record");
            assertEquals(2, r.exitCode(), r.err());
            assertOneLine(r.err(), "cannot listen on 127.0.0.1:" + busy);
        } finally {
            other.stop(0);
        }
    }

    private static void assertOneLine(String err, String part) {
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).contains(part), err);
    }

    /** The samples with their times counted from the first, as the phone's clocks give them. */
    private static List<Sample> shifted(List<Sample> samples) {
        long first = samples.get(0).timeUs();
        return samples.stream().map(s -> new Sample(s.timeUs() - first, s.ax(), s.ay(), s.az(), s.gx(), s.gy(), s.gz()))
                .toList();
    }

    /** One push message as Sensor Logger's documentation shows it: total acceleration and gyroscope, ns since the epoch. */
    private static String batch(int id, List<Sample> part, long firstUs) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode m = json.createObjectNode();
        m.put("messageId", id);
        m.put("sessionId", "0b3f4c1e-5d2a-4c7e-9f0a-2b6d8e1c4a57");
        m.put("deviceId", "5e8a2d71-9c4b-4f3e-8a6d-1c0b7e2f9d34");
        ArrayNode payload = m.putArray("payload");
        long epochNs = 1_765_000_000_000_000_000L;
        for (Sample s : part) {
            long ns = epochNs + (s.timeUs() - firstUs) * 1000;
            ObjectNode a = payload.addObject();
            a.put("name", "totalacceleration");
            a.put("time", ns);
            a.putObject("values").put("x", s.ax()).put("y", s.ay()).put("z", s.az());
            ObjectNode g = payload.addObject();
            g.put("name", "gyroscope");
            g.put("time", ns);
            g.putObject("values").put("x", s.gx()).put("y", s.gy()).put("z", s.gz());
        }
        ObjectNode other = payload.addObject();
        other.put("name", "battery");
        other.put("time", epochNs + (part.get(0).timeUs() - firstUs) * 1000);
        other.putObject("values").put("batteryLevel", 0.8);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int post(HttpClient http, int port, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/data"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
