package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.testing.EventLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rowcoach.protocol.DecoderSettings;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The chip-time packets reveal a device left at its factory rate while we assume 200 Hz. */
class WitMotionChipClockTest {

    private static WitMotionDecoder decode(Capture c) {
        return decode(c, new EventLog());
    }

    private static WitMotionDecoder decode(Capture c, EventLog log) {
        WitMotionDecoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, log);
        byte[] b = c.bytes();
        d.feed(b, 0, b.length);
        d.finish();
        return d;
    }

    @Test
    void tenHertzDeviceIsExposedWhileTheClockStaysNominal() {
        Capture c = new Capture();
        LocalDateTime t0 = LocalDateTime.of(2025, 1, 15, 23, 59, 59, 500_000_000);
        for (int i = 0; i < 30; i++) {
            c.time(t0.plusNanos(i * 100_000_000L)).deviceCycle(Capture.motion(i));
        }
        EventLog log = new EventLog();
        WitMotionDecoder d = decode(c, log);
        assertEquals(10.0, d.stats().chipClockRateHz(), 1e-9, "29 cycles in 2.9 s of chip time, across midnight");
        assertEquals(200.0, d.stats().rateHz());
        assertEquals(30, d.stats().samples());
        assertTrue(log.notices().stream().anyMatch(n -> n.contains("imply 10.0 Hz") && n.contains("--rate 10")),
                log.notices().toString());
    }

    @Test
    void twoHundredHertzDeviceAgreesWithTheAssumption() {
        Capture c = new Capture();
        LocalDateTime t0 = LocalDateTime.of(2025, 6, 1, 8, 0, 0);
        for (int i = 0; i < 201; i++) {
            c.time(t0.plusNanos(i * 5_000_000L)).deviceCycle(Capture.motion(i));
        }
        EventLog log = new EventLog();
        assertEquals(200.0, decode(c, log).stats().chipClockRateHz(), 1e-9);
        assertTrue(log.notices().stream().noneMatch(n -> n.contains("imply")), "no mismatch to report");
    }

    @Test
    void clockGoingBackwardsRestartsTheMeasurement() {
        Capture c = new Capture();
        LocalDateTime late = LocalDateTime.of(2025, 6, 30, 12, 0, 0);
        LocalDateTime early = LocalDateTime.of(2025, 6, 1, 12, 0, 0);
        c.time(late).deviceCycle(Capture.motion(0));
        for (int i = 0; i < 11; i++) {
            c.time(early.plusNanos(i * 20_000_000L)).deviceCycle(Capture.motion(i + 1));
        }
        assertEquals(50.0, decode(c).stats().chipClockRateHz(), 1e-9);
    }

    @Test
    void unknownWithoutTwoUsableTimePackets() {
        Capture none = new Capture();
        for (int i = 0; i < 10; i++) {
            none.deviceCycle(Capture.motion(i));
        }
        assertTrue(Double.isNaN(decode(none).stats().chipClockRateHz()));

        Capture impossible = new Capture();
        for (int i = 0; i < 10; i++) {
            impossible.packet(WitMotionPackets.TIME, 25 | 13 << 8, 1, 0, 0).deviceCycle(Capture.motion(i));
        }
        WitMotionDecoder d = decode(impossible);
        assertTrue(Double.isNaN(d.stats().chipClockRateHz()), "month 13 is not a time");
        assertEquals(10, d.packetCount(WitMotionPackets.TIME), "but it is still a valid packet");
    }
}
