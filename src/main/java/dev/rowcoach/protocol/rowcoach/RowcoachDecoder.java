package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

/**
 * Decodes the device → host stream of the rowcoach binary protocol (firmware-protocol/PROTOCOL.md)
 * into samples. DEVICE_INFO becomes {@code sensorInfo}; each SAMPLES frame becomes an optional
 * {@code gap} (missing samples, time jump or device reset) followed by one {@code sample} per sample, at
 * the unwrapped device time of the frame start plus {@code i × period}, accelerations in m/s², angular
 * rates in rad/s (NaN without gyroscope); STATUS becomes {@code status}. ACK and host commands are valid
 * frames without sensor data and are skipped silently. Every rejected span becomes one
 * {@code malformed} with its stream offset, and decoding goes on after the next {@code 0x00}.
 *
 * <p>{@link DecoderSettings#rateHz()}, if set, replaces the nominal rate reported in {@code sensorInfo};
 * sample times always come from the frames, which state their own period. Never throws on bad bytes.
 */
public final class RowcoachDecoder implements Decoder {

    private static final double DEG_TO_RAD = Math.PI / 180.0;
    private static final double COUNTS_FULL_SCALE = 32768.0;

    private final DecoderSettings settings;
    private final StreamListener listener;
    private final RowcoachFrameDecoder frames;
    private final DeviceClock clock = new DeviceClock();
    private final SampleContinuity continuity = new SampleContinuity(clock);

    public RowcoachDecoder(DecoderSettings settings, StreamListener listener) {
        if (settings == null || listener == null) {
            throw new IllegalArgumentException("settings and listener are required");
        }
        this.settings = settings;
        this.listener = listener;
        this.frames = new RowcoachFrameDecoder(new FrameListener() {
            @Override
            public void message(RowcoachMessage message, long byteOffset, int length) {
                onMessage(message);
            }

            @Override
            public void malformed(Malformed malformed) {
                RowcoachDecoder.this.listener.malformed(malformed);
            }
        });
    }

    /**
     * Confidence 0–100 that {@code head[0..len)} is this format: 100 for two or more valid frames (a
     * CRC-32C match on random bytes has odds of 2⁻³²) with at most one bad span (a cut-off first frame),
     * 80 with more bad spans, 50 for a single valid frame, 0 for none.
     */
    public static int probe(byte[] head, int len) {
        int[] counts = new int[2];
        RowcoachFrameDecoder decoder = new RowcoachFrameDecoder(new FrameListener() {
            @Override
            public void message(RowcoachMessage message, long byteOffset, int length) {
                counts[0]++;
            }

            @Override
            public void malformed(Malformed malformed) {
                counts[1]++;
            }
        });
        decoder.feed(head, 0, Math.max(0, Math.min(len, head.length)));
        if (counts[0] >= 2) {
            return counts[1] <= 1 ? 100 : 80;
        }
        return counts[0] == 1 ? 50 : 0;
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        frames.feed(buf, off, len);
    }

    @Override
    public void finish() {
        frames.finish();
        listener.end();
    }

    private void onMessage(RowcoachMessage message) {
        if (message instanceof SamplesMessage s) {
            onSamples(s);
        } else if (message instanceof DeviceInfoMessage d) {
            SensorInfo info = d.toSensorInfo();
            listener.sensorInfo(settings.rateHz() == null ? info : info.withNominalRateHz(settings.rateHz()));
        } else if (message instanceof StatusMessage s) {
            long timeUs = clock.advanceIfNotEarlier(s.timestampUs());
            listener.status(new DeviceStatus(timeUs, s.batteryPercentOrMinusOne(), s.droppedSamples()));
        }
    }

    private void onSamples(SamplesMessage frame) {
        Gap gap = continuity.accept(frame);
        if (gap != null) {
            listener.gap(gap);
        }
        long startUs = continuity.startUs();
        long periodUs = frame.periodUs();
        double accelScale = frame.accelRangeG() * Sample.STANDARD_GRAVITY / COUNTS_FULL_SCALE;
        double gyroScale = frame.gyroRangeDps() * DEG_TO_RAD / COUNTS_FULL_SCALE;
        boolean gyro = frame.gyroPresent();
        int count = frame.count();
        for (int i = 0; i < count; i++) {
            long t = startUs + i * periodUs;
            double ax = frame.raw(i, 0) * accelScale;
            double ay = frame.raw(i, 1) * accelScale;
            double az = frame.raw(i, 2) * accelScale;
            listener.sample(gyro
                    ? new Sample(t, ax, ay, az, frame.raw(i, 3) * gyroScale, frame.raw(i, 4) * gyroScale,
                            frame.raw(i, 5) * gyroScale)
                    : Sample.accelOnly(t, ax, ay, az));
        }
    }
}
