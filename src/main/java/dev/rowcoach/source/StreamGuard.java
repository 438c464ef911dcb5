package dev.rowcoach.source;

import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

import java.util.Locale;

/**
 * Holds the promises every decoder makes to the analysis, between the two, whatever the format: the
 * decoders keep them themselves (their tests and fuzz targets check that), and this is where a lapse
 * becomes a counted record instead of a wrong figure.
 * <ul>
 * <li>Every value is finite: a sample with an infinite or NaN acceleration, or with some but not all
 *     angular rates, is dropped as malformed.</li>
 * <li>Device time increases within a run of the clock: a sample at or before the previous one's time is
 *     dropped as malformed, unless a device reset was reported in between.</li>
 * <li>Magnitudes are physically possible: a value beyond what any MEMS sensor measures
 *     ({@value #MAX_ACCEL_MPS2} m/s², about 400 g; {@value #MAX_GYRO_RADS} rad/s, about 20,000 °/s) is
 *     dropped as malformed; a value beyond the sensor's own stated full scale (with {@value #RANGE_SLACK}
 *     of slack) is flagged with a warning, once, and counted ({@link #beyondStatedRange()}), not dropped:
 *     the stated range may be the wrong one.</li>
 * </ul>
 * Malformed records it reports have {@code byteOffset} -1 and length 0: the decoder consumed the bytes.
 */
public final class StreamGuard implements StreamListener {

    static final double MAX_ACCEL_MPS2 = 4000;
    static final double MAX_GYRO_RADS = 350;
    static final double RANGE_SLACK = 0.05;

    private final StreamListener next;
    private double accelLimitMps2 = Double.POSITIVE_INFINITY;
    private double gyroLimitRads = Double.POSITIVE_INFINITY;
    private String statedRange;
    private long lastUs;
    private boolean started;
    private boolean resetReported;
    private long beyondStatedRange;

    public StreamGuard(StreamListener next) {
        this.next = next;
    }

    /** Samples (passed on) whose values lay beyond the sensor's stated full scale. */
    public long beyondStatedRange() {
        return beyondStatedRange;
    }

    @Override
    public void sensorInfo(SensorInfo info) {
        accelLimitMps2 = info.accelRangeG() == null ? Double.POSITIVE_INFINITY
                : info.accelRangeG() * Sample.STANDARD_GRAVITY * (1 + RANGE_SLACK);
        gyroLimitRads = info.gyroRangeDps() == null ? Double.POSITIVE_INFINITY
                : Math.toRadians(info.gyroRangeDps()) * (1 + RANGE_SLACK);
        statedRange = String.format(Locale.ROOT, "%s%s",
                info.accelRangeG() == null ? "" : "±" + trim(info.accelRangeG()) + " g",
                info.gyroRangeDps() == null ? "" : (info.accelRangeG() == null ? "" : ", ") + "±" + trim(info.gyroRangeDps()) + " °/s");
        next.sensorInfo(info);
    }

    @Override
    public void sample(Sample s) {
        boolean gyroAbsent = Double.isNaN(s.gx()) && Double.isNaN(s.gy()) && Double.isNaN(s.gz());
        if (!(Double.isFinite(s.ax()) && Double.isFinite(s.ay()) && Double.isFinite(s.az()))
                || !gyroAbsent && !(Double.isFinite(s.gx()) && Double.isFinite(s.gy()) && Double.isFinite(s.gz()))) {
            next.malformed(new Malformed(-1, 0, "a sample value that is not a finite number"));
            return;
        }
        double accel = Math.max(Math.abs(s.ax()), Math.max(Math.abs(s.ay()), Math.abs(s.az())));
        double gyro = gyroAbsent ? 0 : Math.max(Math.abs(s.gx()), Math.max(Math.abs(s.gy()), Math.abs(s.gz())));
        if (accel > MAX_ACCEL_MPS2 || gyro > MAX_GYRO_RADS) {
            next.malformed(new Malformed(-1, 0, "a sample beyond what any motion sensor measures"));
            return;
        }
        if (started && s.timeUs() <= lastUs && !resetReported) {
            next.malformed(new Malformed(-1, 0, "sample time not after the previous sample's"));
            return;
        }
        if (accel > accelLimitMps2 || gyro > gyroLimitRads) {
            if (beyondStatedRange++ == 0) {
                next.warning(String.format(Locale.ROOT, "a sample beyond the sensor's stated range (%s): |a| up to %.1f g,"
                        + " |ω| up to %.0f °/s; the stated range or the data is wrong", statedRange,
                        accel / Sample.STANDARD_GRAVITY, Math.toDegrees(gyro)));
            }
        }
        started = true;
        resetReported = false;
        lastUs = s.timeUs();
        next.sample(s);
    }

    @Override
    public void gap(Gap gap) {
        resetReported |= gap.cause() == Gap.Cause.DEVICE_RESET;
        next.gap(gap);
    }

    @Override
    public void malformed(Malformed malformed) {
        next.malformed(malformed);
    }

    @Override
    public void status(DeviceStatus status) {
        next.status(status);
    }

    @Override
    public void notice(String message) {
        next.notice(message);
    }

    @Override
    public void warning(String message) {
        next.warning(message);
    }

    @Override
    public void end() {
        next.end();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
