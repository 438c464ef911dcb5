package dev.rowcoach.protocol.witmotion;

/**
 * Measures the device's real output rate from its chip-time packets (0x50), when it sends them, to check
 * the nominal rate the reconstructed clock assumes. The chip time has millisecond resolution and no year
 * rollover handling here: a packet whose time goes backwards (month end, clock set) restarts the
 * measurement, and packets with impossible fields are ignored.
 */
final class ChipClock {

    private long firstMs = -1;
    private long lastMs = -1;
    private long cyclesAtFirst;
    private long cyclesAtLast;

    /**
     * A chip-time packet's data bytes at {@code buf[off..off+8)}, seen after {@code cycles} accel packets.
     */
    void time(byte[] buf, int off, long cycles) {
        int month = buf[off + 1] & 0xFF;
        int day = buf[off + 2] & 0xFF;
        int hour = buf[off + 3] & 0xFF;
        int minute = buf[off + 4] & 0xFF;
        int second = buf[off + 5] & 0xFF;
        int millis = (buf[off + 6] & 0xFF) | (buf[off + 7] & 0xFF) << 8;
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59
                || millis > 999) {
            return;
        }
        long ms = (((day * 24L + hour) * 60 + minute) * 60 + second) * 1000 + millis;
        if (firstMs < 0 || ms < lastMs) {
            firstMs = ms;
            cyclesAtFirst = cycles;
        }
        lastMs = ms;
        cyclesAtLast = cycles;
    }

    /** Accel packets per second of chip time between the first and last usable time packets; NaN if unknown. */
    double rateHz() {
        long cycles = cyclesAtLast - cyclesAtFirst;
        if (firstMs < 0 || lastMs <= firstMs || cycles <= 0) {
            return Double.NaN;
        }
        return cycles * 1000.0 / (lastMs - firstMs);
    }
}
