package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;

/**
 * Turns the valid packets of a WitMotion stream into samples on a reconstructed clock: one sample per
 * output cycle, made of the cycle's acceleration packet and, when the stream carries one, the angular
 * velocity packet next to it.
 *
 * <p>Pairing, decided packet by packet with nothing learned (so corruption cannot teach it a wrong order):
 * an accel packet takes the gyro packet directly after it, as the firmware sends them; failing that, the
 * gyro packet directly before it, for firmware that sends them the other way round. A bare alternation
 * 0x51 0x52 0x51 0x52 is ambiguous about the cycle boundary and is paired accel-first. "Directly" means
 * with no other valid packet, and less than a packet's length of skipped bytes, in between. An accel
 * packet with no partner is a sample only while the stream has shown no gyro packet at all (an accel-only
 * stream); in a stream with gyro it is an incomplete cycle and counts as a missing sample, so that no
 * sample mixes measured and absent axes.
 *
 * <p>Loss estimate, made at each accel packet for the interval since the previous one: every packet type
 * occurs once per cycle, so k packets of one type in the interval mean k − 1 lost accel packets; and when
 * malformed bytes lie in the interval, its length in whole learned cycles (floor, so junk shorter than a
 * cycle never invents a loss) minus one. The larger estimate wins. Lost and incomplete cycles advance the
 * cycle index and are reported as one {@link Gap} before the next sample; losses before the first sample
 * and after the last cannot be placed between two samples and are not reported.
 */
final class CycleAssembler {

    private final double rateHz;
    private final StreamListener listener;

    private boolean gyroSeen;

    private boolean pendingAccel;
    private double pax;
    private double pay;
    private double paz;
    private long pendingLost;

    private boolean heldGyro;
    private double hgx;
    private double hgy;
    private double hgz;

    /** Packets of each type 0x50–0x5F since the last accel packet. */
    private final int[] typesSinceAccel = new int[16];
    private long lastAccelOffset = -1;
    private long junkSinceAccel;
    /** Bytes from one accel packet to the next over the latest clean interval; 0 until seen. */
    private long cycleBytes;

    private boolean started;
    private long nextIndex;
    private long missingRun;

    private long samples;
    private long missingReported;
    private long incompleteCycles;
    private long unpairedGyro;

    CycleAssembler(double rateHz, StreamListener listener) {
        this.rateHz = rateHz;
        this.listener = listener;
    }

    /**
     * An acceleration packet starting at stream offset {@code offset}; values in m/s². A gyro packet held
     * from just before stays held as its partner in case no gyro packet follows.
     */
    void accel(long offset, double ax, double ay, double az) {
        long lost = estimateLost(offset);
        resolvePending();
        pendingAccel = true;
        pax = ax;
        pay = ay;
        paz = az;
        pendingLost = lost;
    }

    /** An angular velocity packet; values in rad/s. */
    void gyro(double gx, double gy, double gz) {
        countType(WitMotionPackets.GYRO);
        gyroSeen = true;
        orphanHeldGyro();
        if (pendingAccel) {
            pendingAccel = false;
            emit(pax, pay, paz, gx, gy, gz, pendingLost);
            return;
        }
        heldGyro = true;
        hgx = gx;
        hgy = gy;
        hgz = gz;
    }

    /**
     * A valid packet of any type other than accel and gyro. A register-read reply is sent on request, not
     * once per cycle, so it neither counts towards the loss estimate nor separates an accel/gyro pair.
     */
    void other(int type) {
        if (type == WitMotionPackets.REGISTER_READ) {
            return;
        }
        countType(type);
        breakAdjacency();
    }

    /** Malformed bytes were skipped; a run of a packet's length or more may have held a partner packet. */
    void junk(long lengthBytes) {
        junkSinceAccel += lengthBytes;
        if (lengthBytes >= WitMotionPackets.LENGTH) {
            breakAdjacency();
        }
    }

    /** End of input: what is still waiting for a partner is settled. */
    void finish() {
        breakAdjacency();
    }

    long samples() {
        return samples;
    }

    long missingReported() {
        return missingReported;
    }

    long incompleteCycles() {
        return incompleteCycles;
    }

    long unpairedGyro() {
        return unpairedGyro;
    }

    private void countType(int type) {
        typesSinceAccel[type - WitMotionPackets.TIME]++;
    }

    private long estimateLost(long offset) {
        int most = 0;
        for (int i = 0; i < typesSinceAccel.length; i++) {
            most = Math.max(most, typesSinceAccel[i]);
            typesSinceAccel[i] = 0;
        }
        long lost = Math.max(0, most - 1);
        if (lastAccelOffset >= 0) {
            long distance = offset - lastAccelOffset;
            if (junkSinceAccel == 0) {
                cycleBytes = distance;
            } else if (cycleBytes > 0) {
                lost = Math.max(lost, distance / cycleBytes - 1);
            }
        }
        lastAccelOffset = offset;
        junkSinceAccel = 0;
        return lost;
    }

    private void breakAdjacency() {
        resolvePending();
        orphanHeldGyro();
    }

    private void orphanHeldGyro() {
        if (heldGyro) {
            heldGyro = false;
            unpairedGyro++;
        }
    }

    /** The pending accel packet will get no following gyro packet. */
    private void resolvePending() {
        if (!pendingAccel) {
            return;
        }
        pendingAccel = false;
        if (heldGyro) {
            heldGyro = false;
            emit(pax, pay, paz, hgx, hgy, hgz, pendingLost);
        } else if (gyroSeen) {
            incompleteCycles++;
            if (started) {
                missingRun += pendingLost + 1;
            }
        } else {
            emit(pax, pay, paz, Double.NaN, Double.NaN, Double.NaN, pendingLost);
        }
    }

    private void emit(double ax, double ay, double az, double gx, double gy, double gz, long lost) {
        long index = 0;
        if (started) {
            missingRun += lost;
            index = nextIndex + missingRun;
            if (missingRun > 0) {
                listener.gap(new Gap(timeUs(nextIndex - 1), timeUs(index), missingRun, Gap.Cause.MISSING_SAMPLES));
                missingReported += missingRun;
            }
        }
        started = true;
        missingRun = 0;
        nextIndex = index + 1;
        samples++;
        listener.sample(new Sample(timeUs(index), ax, ay, az, gx, gy, gz));
    }

    private long timeUs(long index) {
        return Math.round(index * 1e6 / rateHz);
    }
}
