package dev.rowcoach.protocol.rowcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeviceClockTest {

    private static final long WRAP = 1L << 32;

    @Test
    void startsAtTheFirstTimestampZeroExtended() {
        DeviceClock c = new DeviceClock();
        assertEquals(0xFFFF_FF00L, c.advance(0xFFFF_FF00L));
    }

    @Test
    void addsTheSignedDifferenceAcrossWraps() {
        DeviceClock c = new DeviceClock();
        long t = 100;
        c.advance(t);
        for (int i = 0; i < 10; i++) {
            t += 2_000_000_000L;
            assertEquals(t, c.advance(t & 0xFFFF_FFFFL), "step " + i);
        }
        assertEquals(t - 5, c.advance((t - 5) & 0xFFFF_FFFFL), "a small step back stays in this wrap");
        assertEquals(4 * WRAP + 0xFFFF_FFFFL, new DeviceClockFixture(4 * WRAP + 0xFFFF_FFF0L).advance(0xFFFF_FFFFL));
    }

    @Test
    void peekDoesNotMoveTheClock() {
        DeviceClock c = new DeviceClock();
        c.advance(1000);
        assertEquals(500, c.peek(500));
        assertEquals(2000, c.peek(2000));
        assertEquals(1500, c.advance(1500), "measured from 1000, not from a peeked value");
    }

    @Test
    void advanceIfNotEarlierNeverPullsTheClockBack() {
        DeviceClock c = new DeviceClock();
        c.advance(10_000);
        assertEquals(9_000, c.advanceIfNotEarlier(9_000));
        assertEquals(10_500, c.peek(10_500), "still measured from 10 000");
        assertEquals(12_000, c.advanceIfNotEarlier(12_000));
        assertEquals(11_000, c.peek(11_000));
    }

    @Test
    void restartForgetsThePreviousRun() {
        DeviceClock c = new DeviceClock();
        c.advance(WRAP - 10);
        c.advance(50);
        assertEquals(WRAP + 50, c.peek(50));
        assertEquals(20, c.restart(20));
        assertEquals(30, c.peek(30));
    }

    /** A clock that has already run to {@code nowUs}. */
    private static final class DeviceClockFixture {
        private final DeviceClock clock = new DeviceClock();

        DeviceClockFixture(long nowUs) {
            clock.advance(0);
            for (long t = 0; t < nowUs; ) {
                t = Math.min(nowUs, t + 2_000_000_000L);
                clock.advance(t & 0xFFFF_FFFFL);
            }
        }

        long advance(long raw) {
            return clock.advance(raw);
        }
    }
}
