package dev.rowcoach.protocol.phone;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.source.FormatDetector;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The phone formats' decoders on constructed messages: chunking, order, repeats, units, gravity, clocks. */
class PhoneDecodersTest {

    /** What a decoder reported. */
    static final class Events implements StreamListener {
        final List<Sample> samples = new ArrayList<>();
        final List<Gap> gaps = new ArrayList<>();
        final List<String> malformed = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        int ends;

        @Override
        public void sample(Sample s) {
            samples.add(s);
        }

        @Override
        public void gap(Gap g) {
            gaps.add(g);
        }

        @Override
        public void malformed(Malformed m) {
            malformed.add(m.reason());
        }

        @Override
        public void notice(String message) {
            notices.add(message);
        }

        @Override
        public void end() {
            ends++;
        }
    }

    private static Events decode(WireFormat f, String text, int chunk) {
        Events e = new Events();
        Decoder d = Formats.decoder(f, DecoderSettings.DEFAULTS, e);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i += chunk) {
            d.feed(b, i, Math.min(chunk, b.length - i));
        }
        d.finish();
        return e;
    }

    /** A Sensor Logger message: readings every 10 ms from {@code first}, total acceleration (1 g up z) and gyroscope. */
    private static String push(int id, int first, int n, String accelName, double scale) {
        StringBuilder b = new StringBuilder("{\"messageId\":" + id + ",\"sessionId\":\"s1\",\"deviceId\":\"d\",\"payload\":[");
        for (int i = first; i < first + n; i++) {
            long ns = 1_765_000_000_000_000_000L + i * 10_000_000L;
            if (i > first) {
                b.append(',');
            }
            double z = accelName.equals("accelerometer") ? 0.1 * i : (9.8 + 0.1 * i) * scale;
            b.append(String.format(Locale.ROOT, "{\"name\":\"%s\",\"time\":%d,\"values\":{\"x\":%s,\"y\":0.5,\"z\":%s}}",
                    accelName, ns, 0.01 * i, z));
            if (accelName.equals("accelerometer")) {
                b.append(String.format(Locale.ROOT, ",{\"name\":\"gravity\",\"time\":%d,\"values\":{\"x\":0,\"y\":0,\"z\":9.8}}", ns));
            }
            // The gyroscope 5 ms after each accelerometer reading, as phones' sensors run on their own clocks.
            b.append(String.format(Locale.ROOT, ",{\"name\":\"gyroscope\",\"time\":%d,\"values\":{\"x\":%s,\"y\":0,\"z\":0}}",
                    ns + 5_000_000L, 0.2 * i + 0.1));
        }
        return b.append("]}\n").toString();
    }

    @Test
    void sensorLoggerChunkingOrderAndRepeatsChangeNothingButTheCount() {
        String inOrder = push(0, 0, 10, "totalacceleration", 1) + push(1, 10, 10, "totalacceleration", 1)
                + push(2, 20, 10, "totalacceleration", 1) + push(3, 30, 10, "totalacceleration", 1);
        String shuffled = push(0, 0, 10, "totalacceleration", 1) + push(2, 20, 10, "totalacceleration", 1)
                + push(1, 10, 10, "totalacceleration", 1) + push(1, 10, 10, "totalacceleration", 1)
                + "{\"messageId\": 9, \"payload\": [\n" + push(3, 30, 10, "totalacceleration", 1);
        Events whole = decode(WireFormat.SENSOR_LOGGER_LIVE, inOrder, Integer.MAX_VALUE);
        Events bytes = decode(WireFormat.SENSOR_LOGGER_LIVE, shuffled, 1);
        assertEquals(40, whole.samples.size());
        assertEquals(whole.samples, bytes.samples);
        assertEquals(List.of(), whole.malformed);
        assertEquals(2, bytes.malformed.size(), bytes.malformed.toString());
        assertTrue(bytes.malformed.get(0).contains("message 1 repeated"), bytes.malformed.toString());
        assertTrue(bytes.malformed.get(1).startsWith("not JSON"), bytes.malformed.toString());
        assertEquals(1, bytes.ends);
        // Times from the first reading; the gyroscope interpolated halfway between its readings 5 ms either side.
        Sample s = whole.samples.get(7);
        assertEquals(70_000, s.timeUs());
        assertEquals(0.2 * 7 + 0.1 - 0.1, s.gx(), 1e-12);
        assertEquals(9.8 + 0.7, s.az(), 1e-12);
    }

    @Test
    void sensorLoggerAddsGravityBackAndTellsGFromMetresPerSecondSquared() {
        Events linear = decode(WireFormat.SENSOR_LOGGER_LIVE, push(0, 0, 30, "accelerometer", 1), 7);
        assertEquals(30, linear.samples.size());
        assertEquals(9.8 + 0.1 * 12, linear.samples.get(12).az(), 1e-12);
        Events inG = decode(WireFormat.SENSOR_LOGGER_LIVE, push(0, 0, 30, "totalacceleration", 1 / 9.80665), 64);
        assertEquals((9.8 + 0.1 * 12), inG.samples.get(12).az(), 1e-9);
        Events noGravity = decode(WireFormat.SENSOR_LOGGER_LIVE, push(0, 0, 30, "accelerometer", 1)
                .replace("\"gravity\"", "\"magnetometer\""), 64);
        assertEquals(0, noGravity.samples.size());
        assertTrue(noGravity.notices.stream().anyMatch(n -> n.contains("enable Gravity")), noGravity.notices.toString());
    }

    private static final String CONFIG = "{\"title\":\"Acceleration with g\",\"buffers\":[{\"name\":\"ax\"},{\"name\":\"ay\"},"
            + "{\"name\":\"az\"},{\"name\":\"at\"}],\"inputs\":[{\"source\":\"accelerometer\",\"outputs\":[{\"x\":\"ax\"},"
            + "{\"y\":\"ay\"},{\"z\":\"az\"},{\"t\":\"at\"}]}]}\n";

    private static String get(double... times) {
        StringBuilder t = new StringBuilder(), v = new StringBuilder();
        for (int i = 0; i < times.length; i++) {
            t.append(i == 0 ? "" : ",").append(times[i]);
            v.append(i == 0 ? "" : ",").append(9.8);
        }
        return "{\"buffer\":{\"ax\":{\"size\":0,\"updateMode\":\"partial\",\"buffer\":[" + v + "]},\"ay\":{\"buffer\":[" + v
                + "]},\"az\":{\"buffer\":[" + v + "]},\"at\":{\"buffer\":[" + t + "]}},\"status\":{\"measuring\":true}}\n";
    }

    @Test
    void phyphoxReadsTheConfiguredBuffersSkipsTheThresholdReadingAndSeesAClearedExperiment() throws Exception {
        String text = CONFIG + get(0.0, 0.01, 0.02) + get(0.02, 0.03) + get(0.01) + get(5.0, 5.01) + get(0.0, 0.01);
        Events e = decode(WireFormat.PHYPHOX_LIVE, text, 3);
        assertEquals(List.of(0L, 10_000L, 20_000L, 30_000L, 5_000_000L, 5_010_000L, 0L, 10_000L),
                e.samples.stream().map(Sample::timeUs).toList());
        assertTrue(e.samples.stream().noneMatch(Sample::hasGyro));
        assertEquals(1, e.malformed.size(), "the reading older than the last: " + e.malformed);
        assertEquals(List.of(Gap.Cause.TIME_JUMP, Gap.Cause.DEVICE_RESET), e.gaps.stream().map(Gap::cause).toList());
        assertEquals(WireFormat.PHYPHOX_LIVE, FormatDetector.detect(text.getBytes(StandardCharsets.UTF_8), text.length(),
                DecoderSettings.DEFAULTS));
        Events linear = decode(WireFormat.PHYPHOX_LIVE, CONFIG.replace("\"accelerometer\"", "\"linear_acceleration\"")
                + get(0.0, 0.01), 5);
        assertEquals(0, linear.samples.size());
        assertTrue(linear.notices.get(0).contains("without g"), linear.notices.toString());
    }
}
