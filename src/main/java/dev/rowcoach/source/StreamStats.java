package dev.rowcoach.source;

import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summarises a decoded stream as it passes: counts, timing, gaps and what was skipped. Times are kept
 * on a stream timeline (seconds since the first sample, summing only forward steps of the device
 * clock, and none across a device reset) so that a device reset does not make the duration negative or
 * a clock that restarted far ahead make it centuries.
 */
public final class StreamStats implements StreamListener {

    /** Distinct malformed reasons kept for display; more are only counted. */
    private static final int MAX_REASONS = 20;

    private long samples;
    private long repeatedValues;
    private boolean anyGyro;
    private long elapsedUs;
    private Sample previous;
    /** A device reset was reported since the last sample: the next step of the clock is not elapsed time. */
    private boolean reset;
    private SensorInfo sensor = SensorInfo.UNKNOWN;
    private final List<GapSpan> gaps = new ArrayList<>();
    private long malformed;
    private long malformedBytes;
    private final Map<String, Long> malformedReasons = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private DeviceStatus lastStatus;

    /** A gap on the stream timeline, seconds since the first sample. */
    public record GapSpan(double startS, double endS, long missingSamples, Gap.Cause cause) {
    }

    @Override
    public void sensorInfo(SensorInfo info) {
        sensor = info;
    }

    @Override
    public void sample(Sample s) {
        if (previous != null) {
            long dt = s.timeUs() - previous.timeUs();
            if (dt > 0 && !reset) {
                elapsedUs += dt;
            }
            if (s.sameValues(previous)) {
                repeatedValues++;
            }
        }
        anyGyro |= s.hasGyro();
        samples++;
        previous = s;
        reset = false;
    }

    @Override
    public void gap(Gap gap) {
        reset |= gap.cause() == Gap.Cause.DEVICE_RESET;
        double start = elapsedUs / 1e6;
        double length = gap.cause() == Gap.Cause.DEVICE_RESET ? 0 : (gap.endUs() - gap.startUs()) / 1e6;
        gaps.add(new GapSpan(start, start + length, gap.missingSamples(), gap.cause()));
    }

    @Override
    public void malformed(Malformed m) {
        malformed++;
        malformedBytes += m.length();
        String reason = m.reason();
        if (malformedReasons.containsKey(reason) || malformedReasons.size() < MAX_REASONS) {
            malformedReasons.merge(reason, 1L, Long::sum);
        }
    }

    @Override
    public void notice(String message) {
        notices.add(message);
    }

    /** Kept among the notices (where {@code inspect} shows them) and apart, for a report's warnings. */
    @Override
    public void warning(String message) {
        notices.add(message);
        warnings.add(message);
    }

    @Override
    public void status(DeviceStatus status) {
        lastStatus = status;
    }

    public long samples() {
        return samples;
    }

    /** Samples whose values equal the previous sample's (a BLE stream re-sending a row). */
    public long repeatedValues() {
        return repeatedValues;
    }

    public boolean hasGyro() {
        return anyGyro;
    }

    /** Stream duration, s: the sum of forward clock steps from the first to the last sample. */
    public double durationS() {
        return elapsedUs / 1e6;
    }

    /** Samples per second actually delivered, or NaN for fewer than two samples. */
    public double measuredRateHz() {
        return samples < 2 || elapsedUs == 0 ? Double.NaN : (samples - 1) / durationS();
    }

    /** Samples per second carrying new values (repeats excluded). */
    public double distinctRateHz() {
        return samples < 2 || elapsedUs == 0 ? Double.NaN : (samples - 1 - repeatedValues) / durationS();
    }

    public SensorInfo sensor() {
        return sensor;
    }

    public List<GapSpan> gaps() {
        return List.copyOf(gaps);
    }

    public long malformed() {
        return malformed;
    }

    public long malformedBytes() {
        return malformedBytes;
    }

    /** Reason → count, for the first {@value #MAX_REASONS} distinct reasons. */
    public Map<String, Long> malformedReasons() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(malformedReasons));
    }

    /** Everything the reader said about how it read the bytes, warnings included. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** The reader's notices that lower confidence in the analysis (a unit it had to guess). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The last status the device reported, or null. */
    public DeviceStatus lastStatus() {
        return lastStatus;
    }
}
