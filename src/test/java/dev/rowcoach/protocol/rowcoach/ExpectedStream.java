package dev.rowcoach.protocol.rowcoach;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The listener events a vector's "stream" list stands for. A "samples" entry expands into one Sample per
 * sample of the matching SAMPLES frame (the n-th entry belongs to the n-th SAMPLES frame in "frames"),
 * converted here from the raw counts with the formula of PROTOCOL.md.
 */
final class ExpectedStream {

    private static final double G = 9.80665;

    private ExpectedStream() {
    }

    static List<Object> of(JsonNode vector) {
        Iterator<JsonNode> samplesFrames = samplesFrames(vector).iterator();
        List<Object> events = new ArrayList<>();
        for (JsonNode e : vector.get("stream")) {
            switch (e.get("event").asText()) {
                case "sensorInfo" -> events.add(new SensorInfo(text(e, "model"), text(e, "deviceId"),
                        text(e, "firmware"), number(e, "accelRangeG"), number(e, "gyroRangeDps"),
                        number(e, "nominalRateHz")));
                case "samples" -> expand(e, samplesFrames.next(), events);
                case "gap" -> events.add(new Gap(e.get("startUs").longValue(), e.get("endUs").longValue(),
                        e.get("missingSamples").longValue(), Gap.Cause.valueOf(e.get("cause").asText())));
                case "status" -> events.add(new DeviceStatus(e.get("timeUs").longValue(),
                        e.get("batteryPercent").intValue(), e.get("droppedSamples").longValue()));
                case "malformed" -> events.add(new Malformed(e.get("byteOffset").longValue(),
                        e.get("length").longValue(), e.get("reason").asText()));
                default -> fail("unknown event " + e);
            }
        }
        assertTrue(!samplesFrames.hasNext(), "more SAMPLES frames than samples events");
        return events;
    }

    /** Asserts that {@code actual} are the {@code expected} events: same kinds, same order, equal values. */
    static void assertSameEvents(List<Object> expected, List<Object> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of events");
        for (int i = 0; i < expected.size(); i++) {
            Object e = expected.get(i);
            Object a = actual.get(i);
            if (e instanceof Sample es && a instanceof Sample as) {
                assertEquals(es.timeUs(), as.timeUs(), what + ": time of event " + i);
                assertClose(new double[] {es.ax(), es.ay(), es.az(), es.gx(), es.gy(), es.gz()},
                        new double[] {as.ax(), as.ay(), as.az(), as.gx(), as.gy(), as.gz()}, what + ": event " + i);
            } else {
                assertEquals(e, a, what + ": event " + i);
            }
        }
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        for (int k = 0; k < expected.length; k++) {
            if (Double.isNaN(expected[k])) {
                assertTrue(Double.isNaN(actual[k]), what + ": axis " + k + " should be NaN, was " + actual[k]);
            } else {
                assertEquals(expected[k], actual[k], 1e-12 * Math.max(1, Math.abs(expected[k])), what + ": axis " + k);
            }
        }
    }

    private static void expand(JsonNode event, JsonNode frame, List<Object> events) {
        assertEquals(frame.get("count").intValue(), event.get("count").intValue(), "samples event count vs frame");
        assertEquals(frame.get("periodUs").longValue(), event.get("periodUs").longValue(), "period vs frame");
        double accelG = 2 << frame.get("accelRangeCode").intValue();
        double gyroDps = 125 << frame.get("gyroRangeCode").intValue();
        boolean gyro = frame.get("gyroPresent").booleanValue();
        long t0 = event.get("firstTimeUs").longValue();
        long period = event.get("periodUs").longValue();
        JsonNode raw = frame.get("raw");
        for (int i = 0; i < raw.size(); i++) {
            JsonNode r = raw.get(i);
            double ax = r.get(0).intValue() * accelG / 32768 * G;
            double ay = r.get(1).intValue() * accelG / 32768 * G;
            double az = r.get(2).intValue() * accelG / 32768 * G;
            long t = t0 + i * period;
            events.add(gyro ? new Sample(t, ax, ay, az, rads(r.get(3), gyroDps), rads(r.get(4), gyroDps),
                    rads(r.get(5), gyroDps)) : Sample.accelOnly(t, ax, ay, az));
        }
    }

    private static double rads(JsonNode raw, double rangeDps) {
        return raw.intValue() * rangeDps / 32768 * Math.PI / 180;
    }

    private static List<JsonNode> samplesFrames(JsonNode vector) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : vector.get("frames")) {
            if (f.has("message") && f.get("message").get("type").asText().equals("SAMPLES")) {
                out.add(f.get("message"));
            }
        }
        return out;
    }

    private static String text(JsonNode e, String field) {
        return e.get(field).isNull() ? null : e.get(field).asText();
    }

    private static Double number(JsonNode e, String field) {
        return e.get(field).isNull() ? null : e.get(field).doubleValue();
    }
}
