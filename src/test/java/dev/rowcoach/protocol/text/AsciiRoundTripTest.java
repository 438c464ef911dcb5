package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsciiRoundTripTest {

    /** Random samples at ~100 Hz with jitter. */
    static List<Sample> samples(int n, boolean gyro, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>();
        long t = r.nextLong(0, 1L << 31);
        for (int i = 0; i < n; i++) {
            t += 10_000 + r.nextInt(-500, 500);
            double ax = r.nextDouble(-40, 40), ay = r.nextDouble(-40, 40), az = r.nextDouble(-40, 40);
            out.add(gyro ? new Sample(t, ax, ay, az, r.nextDouble(-10, 10), r.nextDouble(-10, 10), r.nextDouble(-10, 10))
                    : Sample.accelOnly(t, ax, ay, az));
        }
        return out;
    }

    static String encode(List<Sample> samples, SensorInfo info, boolean gyro) {
        StringBuilder b = new StringBuilder(AsciiEncoder.header(info, gyro));
        for (Sample s : samples) {
            AsciiEncoder.appendSample(b, s, gyro);
        }
        return b.toString();
    }

    static String sampleText(int n, boolean gyro, long seed) {
        return encode(samples(n, gyro, seed), new SensorInfo("test imu", null, null, 16.0, 2000.0, 100.0), gyro);
    }

    @Test
    void decodingWhatWasEncodedGivesExactlyTheSameSamples() {
        for (boolean gyro : new boolean[] {true, false}) {
            List<Sample> in = samples(2000, gyro, 11);
            SensorInfo info = new SensorInfo("LSM6DSOX rev 2", "abc", "1.2.3", 16.0, 2000.0, 100.0);
            EventLog log = TextDecoderTest.decode(WireFormat.ASCII, DecoderSettings.DEFAULTS, encode(in, info, gyro), 4096);
            assertEquals(in, log.samples());
            assertTrue(log.malformed().isEmpty());
            assertEquals("LSM6DSOX_rev_2", log.infos().get(0).model());
            assertEquals(100.0, log.infos().get(0).nominalRateHz());
        }
    }
}
