package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.live.LiveTime;
import dev.rowcoach.motion.BarPath;
import dev.rowcoach.report.JsonOutput;
import dev.rowcoach.session.RepReport;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The live screen's state as a browser receives it from {@code /events}, over a real socket. */
class LiveScreenTest {

    @Test
    void aRevisedRepKeepsTheTimeItWasFirstReported() throws Exception {
        Instant first = Instant.parse("2026-12-07T05:59:10.539660668Z");
        try (LiveScreen screen = LiveScreen.start("127.0.0.1:0", null)) {
            screen.rep(at(first), 2, rep(7, 0.52), false);
            // Measured again within the same millisecond: the page may see only this state.
            screen.rep(at(first.plusNanos(400_000)), 2, rep(7, 0.55), true);
            screen.rep(at(first.plusSeconds(3)), 2, rep(8, 0.50), false);
            JsonNode reps = firstState(screen.port()).get("reps");
            assertEquals(2, reps.size(), reps.toString());
            assertEquals(first.toEpochMilli(), reps.get(0).get("eventMs").asLong(), reps.toString());
            assertEquals(0.55, reps.get(0).get("mcv").asDouble(), reps.toString());
            assertEquals(first.plusSeconds(3).toEpochMilli(), reps.get(1).get("eventMs").asLong(), reps.toString());
        }
    }

    private static LiveTime at(Instant t) {
        return new LiveTime(null, 0, t);
    }

    private static RepReport rep(int index, double mcv) {
        return new RepReport(index, 10, 11, 13, 0.4, mcv, 1.0, 0.8, 1.5, 0.9, 13.2, 0, 0.2, null, null, Double.NaN,
                BarPath.NONE, List.of());
    }

    /** The state a browser connecting now is sent first (the newest). */
    private static JsonNode firstState(int port) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/events").toURL()
                .openConnection();
        c.setReadTimeout(5000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("data: ")) {
                    return JsonOutput.MAPPER.readTree(line.substring(6));
                }
            }
        } finally {
            c.disconnect();
        }
        throw new AssertionError("no state on the event stream");
    }
}
