package dev.rowcoach.testing;

import dev.rowcoach.protocol.rowcoach.SampleFrameEncoder;
import dev.rowcoach.protocol.text.AsciiEncoder;
import dev.rowcoach.protocol.witmotion.WitMotionEncoder;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes sensor files in each wire format from {@link SyntheticRows} samples, for format and CLI tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The rowcoach ASCII encoding of {@code samples}. */
    public static byte[] ascii(List<Sample> samples, double rateHz) {
        boolean gyro = samples.get(0).hasGyro();
        StringBuilder b = new StringBuilder(AsciiEncoder.header(
                new SensorInfo("synthetic", null, null, 16.0, 2000.0, rateHz), gyro));
        for (Sample s : samples) {
            AsciiEncoder.appendSample(b, s, gyro);
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A raw WitMotion capture of {@code samples} (their times are implied by the device's rate). */
    public static byte[] witmotion(List<Sample> samples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Sample s : samples) {
            out.writeBytes(WitMotionEncoder.cycle(s));
        }
        return out.toByteArray();
    }

    /** The rowcoach binary stream of {@code samples} (±8 g, ±1000 °/s, 18 samples a frame). */
    public static byte[] rowcoach(List<Sample> samples, double rateHz) {
        boolean gyro = samples.get(0).hasGyro();
        return new SampleFrameEncoder(8, gyro ? 1000 : 0, rateHz, gyro ? 18 : 36).encodeAll(samples, "synthetic", 42);
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }
}
