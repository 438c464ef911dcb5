package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.EventLog;
import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleFrameEncoderTest {

    private static EventLog decode(byte[] bytes) {
        return StreamBytes.log(bytes);
    }

    @Test
    void physicalSamplesComeBackWithinHalfACountAtExactTimes() {
        List<Sample> in = SyntheticRows.generate(200, 3, 0.4, 2.0, true);
        byte[] bytes = new SampleFrameEncoder(8, 1000, 200, 18).encodeAll(in, "LSM6DSOX", 0x1234);
        EventLog log = decode(bytes);
        List<Sample> out = log.samples();
        assertEquals(in.size(), out.size());
        assertTrue(log.gaps().isEmpty() && log.malformed().isEmpty());
        double accelStep = 8 * Sample.STANDARD_GRAVITY / 32768, gyroStep = Math.toRadians(1000) / 32768;
        for (int i = 0; i < in.size(); i++) {
            Sample a = in.get(i), b = out.get(i);
            assertEquals(a.timeUs(), b.timeUs());
            assertEquals(a.ax(), b.ax(), accelStep / 2 + 1e-12);
            assertEquals(a.az(), b.az(), accelStep / 2 + 1e-12);
            assertEquals(a.gx(), b.gx(), gyroStep / 2 + 1e-12);
            assertEquals(a.gz(), b.gz(), gyroStep / 2 + 1e-12);
        }
        assertEquals("LSM6DSOX", log.infos().get(0).model());
        assertEquals(200.0, log.infos().get(0).nominalRateHz(), 1e-9);
    }

    @Test
    void valuesBeyondFullScaleSaturateLikeARealSensor() {
        SampleFrameEncoder e = new SampleFrameEncoder(2, 0, 100, 1);
        byte[] frame = e.add(Sample.accelOnly(0, 100, -100, 1));
        Sample s = decode(frame).samples().get(0);
        assertFalse(s.hasGyro());
        assertEquals(2 * Sample.STANDARD_GRAVITY * 32767 / 32768, s.ax(), 1e-9);
        assertEquals(-2 * Sample.STANDARD_GRAVITY, s.ay(), 1e-9);
    }

    @Test
    void rejectsConfigurationsTheProtocolCannotCarry() {
        assertThrows(IllegalArgumentException.class, () -> new SampleFrameEncoder(3, 0, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> new SampleFrameEncoder(8, 300, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> new SampleFrameEncoder(8, 2000, 100, 19));
        assertThrows(IllegalArgumentException.class,
                () -> new SampleFrameEncoder(8, 2000, 100, 1).add(Sample.accelOnly(0, 0, 0, 9.8)));
    }
}
