package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

import java.util.Locale;
import java.util.Objects;

import static dev.rowcoach.protocol.witmotion.WitMotionPackets.COMBINED_LENGTH;
import static dev.rowcoach.protocol.witmotion.WitMotionPackets.LENGTH;
import static dev.rowcoach.protocol.witmotion.WitMotionPackets.word;

/**
 * Push decoder for the WitMotion WT901-family serial stream (see {@link WitMotionPackets} and
 * firmware-protocol/WITMOTION.md).
 *
 * <p><b>Time is reconstructed, not measured.</b> The packets carry no timestamp, so sample i (counted in
 * output cycles from the first sample delivered) gets {@code timeUs = round(i × 1e6 / rate)}, the rate being
 * {@link DecoderSettings#rateHz()} or {@link #DEFAULT_RATE_HZ}. A {@link SensorInfo} with model
 * {@value #MODEL}, ±16 g, ±2000 °/s and that rate is delivered once, before the first sample, so downstream
 * can tell the clock is nominal. Packets the device or the link dropped silently cannot be detected; only
 * bytes that fail the checksum reveal a loss, and then the number of lost cycles is estimated (from
 * the packet types and the bytes skipped since the previous accel packet): lost accel packets, and accel packets whose gyro packet was lost in a stream that
 * has gyro, are counted as missing samples and reported as a {@link dev.rowcoach.sensor.Gap} with cause
 * {@code MISSING_SAMPLES}, so that the clock keeps pace with the device. A wrong estimate shifts all later
 * samples by whole cycles. When the device sends chip-time packets (0x50), {@link #stats()} reports the
 * rate they imply, so a wrong nominal rate can be noticed; it does not change the clock.
 *
 * <p>One sample per acceleration packet (0x51), with the angular velocity of the 0x52 packet next to it,
 * converted to m/s² and rad/s; a stream without 0x52 packets yields accel-only samples. A sample is
 * delivered once the packet after its accel packet has arrived (its partner, or proof there is none), so
 * an accel-only stream lags by one packet. Other known packet types are counted (see {@link #stats()});
 * temperature and the device's own angles are kept for diagnostics.
 *
 * <p>The BLE variants (WT901BLE family) send 20-byte packets instead: flag 0x61 with acceleration, angular
 * velocity and angle in one packet (one sample each, no pairing needed), and 0x71 register replies (counted).
 * They carry no checksum, so a 0x61 packet is accepted only when the byte after it is the next packet's 0x55
 * (or the input ends): a packet cut short by lost bytes is then skipped as malformed instead of becoming a
 * sample made of two packets' halves. That look-ahead delays each such sample by one packet.
 *
 * <p>Bad input: bytes that do not start a valid packet (no 0x55, unknown type, checksum mismatch) are
 * skipped one at a time, so a valid packet starting inside a bad one is still found; each run of skipped
 * bytes between two valid packets is one {@link Malformed} (runs longer than {@value #MAX_MALFORMED_RUN}
 * bytes are reported in pieces), named after its first fault. {@link #finish()} reports an incomplete
 * trailing packet as {@code Malformed("truncated ...")}. Nothing here throws on bad bytes.
 */
public final class WitMotionDecoder implements Decoder {

    /**
     * Output rate assumed when the user gives none, Hz. The factory setting of most WT901 models is 10 Hz:
     * such a device must be set to 200 Hz, or the rate passed in {@link DecoderSettings#rateHz()}.
     */
    public static final double DEFAULT_RATE_HZ = 200.0;
    /** Model reported in {@link SensorInfo}: the protocol does not name the device. */
    public static final String MODEL = "WitMotion WT901 (assumed)";
    /** Longest run of skipped bytes reported as one event, bytes. */
    public static final int MAX_MALFORMED_RUN = 1024;

    /** Relative difference between chip-time rate and nominal rate worth telling the user about. */
    private static final double RATE_MISMATCH = 0.05;

    private enum Fault { NO_SYNC, UNKNOWN_TYPE, CHECKSUM, NO_FOLLOWER }

    /** Bytes the window holds: the longest packet and the byte after it. */
    private static final int WINDOW = COMBINED_LENGTH + 1;

    private final StreamListener listener;
    private final double rateHz;
    private final CycleAssembler cycles;
    private final ChipClock chipClock = new ChipClock();

    /** The next bytes of input, starting at stream offset {@link #windowOffset}; at most one packet and a byte. */
    private final byte[] window = new byte[WINDOW];
    private int windowCount;
    private long windowOffset;

    private long junkStart;
    private long junkLength;
    private Fault junkFault;
    private int junkType;

    private boolean infoSent;
    private final long[] packetsByType = new long[16];
    private long validPackets;
    private long combinedPackets;
    private long combinedRegisterPackets;
    private long malformedRuns;
    private long malformedBytes;
    private double lastTemperatureC = Double.NaN;
    private double lastRollDeg = Double.NaN;
    private double lastPitchDeg = Double.NaN;
    private double lastYawDeg = Double.NaN;

    /**
     * @param settings user overrides; only {@code rateHz} is used; {@code null} means none
     * @param listener receives the decoded events
     */
    public WitMotionDecoder(DecoderSettings settings, StreamListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.rateHz = settings != null && settings.rateHz() != null ? settings.rateHz() : DEFAULT_RATE_HZ;
        this.cycles = new CycleAssembler(rateHz, listener);
    }

    /** Confidence 0–100 that {@code head[0..len)} is this format; 0 for random bytes, text or other framings. */
    public static int probe(byte[] head, int len) {
        return WitMotionProbe.confidence(head, len);
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        int end = off + len;
        while (off < end) {
            int n = Math.min(WINDOW - windowCount, end - off);
            System.arraycopy(buf, off, window, windowCount, n);
            windowCount += n;
            off += n;
            scan();
        }
    }

    @Override
    public void finish() {
        cycles.finish();
        double chipRate = chipClock.rateHz();
        if (Math.abs(chipRate / rateHz - 1) > RATE_MISMATCH) {
            listener.notice(String.format(Locale.ROOT, "the device's time packets imply %.1f Hz, but the clock assumed "
                    + "%s Hz: rerun with --rate %.0f", chipRate, fmt(rateHz), chipRate));
        }
        if (windowCount == COMBINED_LENGTH && isCombinedHeader()) {
            // The last packet of the input: nothing follows it to confirm it, and nothing contradicts it.
            flushJunk();
            combined(window[1] & 0xFF);
            consume(COMBINED_LENGTH);
        }
        flushJunk();
        if (windowCount > 0) {
            int expected = windowCount >= 2 && isCombinedHeader() ? COMBINED_LENGTH : LENGTH;
            report(windowOffset, windowCount, "truncated packet: " + windowCount + " of " + expected + " bytes");
            windowOffset += windowCount;
            windowCount = 0;
        }
        listener.end();
    }

    private static String fmt(double hz) {
        return hz == Math.rint(hz) ? String.valueOf((long) hz) : String.valueOf(hz);
    }

    /** The nominal rate the clock is reconstructed from, Hz. */
    public double rateHz() {
        return rateHz;
    }

    /** Valid packets of {@code type} (11-byte types, or the BLE flags 0x61 and 0x71) seen so far; 0 for others. */
    public long packetCount(int type) {
        if (type == WitMotionPackets.COMBINED) {
            return combinedPackets;
        }
        if (type == WitMotionPackets.COMBINED_REGISTER) {
            return combinedRegisterPackets;
        }
        return WitMotionPackets.isKnownType(type) ? packetsByType[type - WitMotionPackets.TIME] : 0;
    }

    /** Counters and latest diagnostic values. */
    public WitMotionStats stats() {
        long accel = packetCount(WitMotionPackets.ACCEL);
        long gyro = packetCount(WitMotionPackets.GYRO);
        return new WitMotionStats(rateHz, validPackets, accel, gyro, validPackets - accel - gyro,
                combinedPackets + combinedRegisterPackets, malformedRuns, malformedBytes, cycles.samples(), cycles.missingReported(),
                cycles.incompleteCycles(), cycles.unpairedGyro(), chipClock.rateHz(), lastTemperatureC,
                lastRollDeg, lastPitchDeg, lastYawDeg);
    }

    /** Consumes the window while it starts with junk or holds a whole packet. */
    private void scan() {
        while (windowCount > 0) {
            if ((window[0] & 0xFF) != WitMotionPackets.SYNC) {
                skipByte(Fault.NO_SYNC, 0);
                continue;
            }
            if (windowCount < 2) {
                return;
            }
            int type = window[1] & 0xFF;
            if (WitMotionPackets.isCombinedType(type)) {
                if (windowCount < WINDOW) {
                    return;
                }
                if ((window[COMBINED_LENGTH] & 0xFF) != WitMotionPackets.SYNC) {
                    skipByte(Fault.NO_FOLLOWER, type);
                    continue;
                }
                flushJunk();
                combined(type);
                consume(COMBINED_LENGTH);
                continue;
            }
            if (!WitMotionPackets.isKnownType(type)) {
                skipByte(Fault.UNKNOWN_TYPE, type);
                continue;
            }
            if (windowCount < LENGTH) {
                return;
            }
            if (WitMotionPackets.checksum(window, 0) != (window[LENGTH - 1] & 0xFF)) {
                skipByte(Fault.CHECKSUM, type);
                continue;
            }
            flushJunk();
            packet(type);
            consume(LENGTH);
        }
    }

    private boolean isCombinedHeader() {
        return (window[0] & 0xFF) == WitMotionPackets.SYNC && WitMotionPackets.isCombinedType(window[1] & 0xFF);
    }

    /** Drops the first {@code n} bytes of the window (a packet just decoded). */
    private void consume(int n) {
        System.arraycopy(window, n, window, 0, windowCount - n);
        windowCount -= n;
        windowOffset += n;
    }

    private void skipByte(Fault fault, int type) {
        if (junkLength == 0) {
            junkStart = windowOffset;
            junkFault = fault;
            junkType = type;
        }
        junkLength++;
        System.arraycopy(window, 1, window, 0, windowCount - 1);
        windowCount--;
        windowOffset++;
        if (junkLength >= MAX_MALFORMED_RUN) {
            flushJunk();
        }
    }

    private void flushJunk() {
        if (junkLength == 0) {
            return;
        }
        long length = junkLength;
        junkLength = 0;
        cycles.junk(length);
        report(junkStart, length, switch (junkFault) {
            case NO_SYNC -> "bytes outside any packet (no 0x55 sync)";
            case UNKNOWN_TYPE -> String.format("unknown packet type 0x%02X", junkType);
            case CHECKSUM -> String.format("checksum mismatch in 0x%02X packet", junkType);
            case NO_FOLLOWER -> String.format("0x%02X packet not followed by another packet (bytes lost?)", junkType);
        });
    }

    private void report(long offset, long length, String reason) {
        malformedRuns++;
        malformedBytes += length;
        listener.malformed(new Malformed(offset, length, reason));
    }

    /** A 20-byte BLE packet at the start of the window. */
    private void combined(int type) {
        announce();
        if (type == WitMotionPackets.COMBINED_REGISTER) {
            combinedRegisterPackets++;
            cycles.other(WitMotionPackets.REGISTER_READ);
            return;
        }
        combinedPackets++;
        double a = WitMotionPackets.ACCEL_MPS2_PER_COUNT;
        double g = WitMotionPackets.GYRO_RADS_PER_COUNT;
        double d = WitMotionPackets.ANGLE_DEG_PER_COUNT;
        cycles.accel(windowOffset, word(window, 0, 0) * a, word(window, 0, 1) * a, word(window, 0, 2) * a);
        cycles.gyro(word(window, 0, 3) * g, word(window, 0, 4) * g, word(window, 0, 5) * g);
        lastRollDeg = word(window, 0, 6) * d;
        lastPitchDeg = word(window, 0, 7) * d;
        lastYawDeg = word(window, 0, 8) * d;
    }

    private void packet(int type) {
        validPackets++;
        packetsByType[type - WitMotionPackets.TIME]++;
        announce();
        switch (type) {
            case WitMotionPackets.ACCEL -> {
                lastTemperatureC = word(window, 0, 3) / 100.0;
                double k = WitMotionPackets.ACCEL_MPS2_PER_COUNT;
                cycles.accel(windowOffset, word(window, 0, 0) * k, word(window, 0, 1) * k, word(window, 0, 2) * k);
            }
            case WitMotionPackets.GYRO -> {
                double k = WitMotionPackets.GYRO_RADS_PER_COUNT;
                cycles.gyro(word(window, 0, 0) * k, word(window, 0, 1) * k, word(window, 0, 2) * k);
            }
            case WitMotionPackets.TIME -> {
                chipClock.time(window, 2, packetCount(WitMotionPackets.ACCEL));
                cycles.other(type);
            }
            case WitMotionPackets.ANGLE -> {
                double k = WitMotionPackets.ANGLE_DEG_PER_COUNT;
                lastRollDeg = word(window, 0, 0) * k;
                lastPitchDeg = word(window, 0, 1) * k;
                lastYawDeg = word(window, 0, 2) * k;
                cycles.other(type);
            }
            default -> cycles.other(type);
        }
    }

    /** Before the first packet: what the stream cannot say about itself. */
    private void announce() {
        if (!infoSent) {
            infoSent = true;
            listener.sensorInfo(new SensorInfo(MODEL, null, null, WitMotionPackets.ACCEL_FULL_SCALE_G,
                    WitMotionPackets.GYRO_FULL_SCALE_DPS, rateHz));
            listener.notice(String.format(Locale.ROOT, "WitMotion packets carry no timestamps: time is reconstructed "
                    + "from a nominal rate of %s Hz (set it with --rate); ranges assumed ±16 g, ±2000 °/s", fmt(rateHz)));
        }
    }
}
