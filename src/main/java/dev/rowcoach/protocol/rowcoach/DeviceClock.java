package dev.rowcoach.protocol.rowcoach;

/**
 * Unwraps the device's u32 µs clock into 64 bits (PROTOCOL.md section 4): each timestamp moves the
 * clock by its signed 32-bit difference from the previous one, which is right while consecutive
 * timestamps are less than 2³¹ µs (≈ 35.8 min) apart. The clock starts at the first timestamp seen,
 * zero-extended.
 */
final class DeviceClock {

    private boolean started;
    private long nowUs;
    private int lastRaw;

    /** The unwrapped time of u32 {@code rawUs}, µs, without moving the clock. */
    long peek(long rawUs) {
        return started ? nowUs + ((int) rawUs - lastRaw) : rawUs & RowcoachProtocol.U32_MAX;
    }

    /** Moves the clock to u32 {@code rawUs} and returns its unwrapped time, µs. */
    long advance(long rawUs) {
        nowUs = peek(rawUs);
        lastRaw = (int) rawUs;
        started = true;
        return nowUs;
    }

    /** Moves the clock to {@code rawUs} only if that is not earlier; returns its unwrapped time either way. */
    long advanceIfNotEarlier(long rawUs) {
        long t = peek(rawUs);
        return started && t < nowUs ? t : advance(rawUs);
    }

    /** Starts again at u32 {@code rawUs}, zero-extended, as after a device reset; returns it. */
    long restart(long rawUs) {
        started = false;
        return advance(rawUs);
    }
}
