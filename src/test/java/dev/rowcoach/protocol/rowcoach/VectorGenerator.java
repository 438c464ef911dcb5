package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.protocol.rowcoach.VectorBuilder.Vector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the byte-exact vectors of firmware-protocol/vectors/ (see its README). The committed files are
 * the truth; {@link VectorsUpToDateTest} fails when this generator and they disagree. Regenerate with
 * {@code mvn -B -q -o test -Dtest=VectorsUpToDateTest -Drowcoach.regenerateVectors=true}, or run this
 * main with the test classpath and an optional target directory.
 */
public final class VectorGenerator {

    static final long WRAP = 1L << 32;
    static final long PERIOD_208_HZ = 4808;
    static final DeviceInfoMessage IMU = new DeviceInfoMessage(1, 4, 2, true, 0x0123456789ABCDEFL, 2, 4, 208_000,
            "LSM6DSOX");
    static final DeviceInfoMessage ACCEL_DEVICE = new DeviceInfoMessage(0, 9, 17, false, 0xFEDCBA9876543210L, 1, 0,
            1_000_000, "ADXL355");

    private VectorGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : VectorFiles.vectorsDir();
        Files.createDirectories(dir);
        for (Vector v : all()) {
            Files.write(dir.resolve(v.name() + ".bin"), v.bin());
            Files.writeString(dir.resolve(v.name() + ".json"), v.json(), StandardCharsets.UTF_8);
        }
    }

    static List<Vector> all() {
        List<Vector> all = new ArrayList<>(ValidVectors.all());
        all.addAll(ErrorVectors.all());
        return all;
    }

    /** Device time of gyro-stream sample {@code seq}: 1 s after boot at 208 Hz. */
    static long t208(long seq) {
        return 1_000_000 + seq * PERIOD_208_HZ;
    }

    static VectorBuilder expectImu(VectorBuilder b) {
        return b.expectSensorInfo("LSM6DSOX", "0123456789abcdef", "1.4.2", 8.0, 2000.0, 208.0);
    }

    static VectorBuilder expectAccelDevice(VectorBuilder b) {
        return b.expectSensorInfo("ADXL355", "fedcba9876543210", "0.9.17", 4.0, null, 1000.0);
    }

    /** A full 18-sample 6-axis frame at 208 Hz, ±8 g, ±2000 °/s, at 64-bit device time {@code timeUs}. */
    static SamplesMessage gyroFrame(long seq, long timeUs, Random rnd) {
        return new SamplesMessage(seq, timeUs & RowcoachProtocol.U32_MAX, PERIOD_208_HZ, true, 2, 4,
                raw(rnd, RowcoachProtocol.MAX_SAMPLES_WITH_GYRO, true, 4096));
    }

    /** A full 36-sample accelerometer-only frame at 1 kHz, ±4 g, at 64-bit device time {@code timeUs}. */
    static SamplesMessage accelFrame(long seq, long timeUs, Random rnd) {
        return new SamplesMessage(seq & RowcoachProtocol.U32_MAX, timeUs & RowcoachProtocol.U32_MAX, 1000, false, 1, 0,
                raw(rnd, RowcoachProtocol.MAX_SAMPLES_ACCEL_ONLY, false, 8192));
    }

    /** Sends a gyro frame and expects its samples at {@code timeUs}. */
    static VectorBuilder gyro(VectorBuilder b, long seq, long timeUs, Random rnd) {
        return b.send(gyroFrame(seq, timeUs, rnd)).expectSamples(timeUs, PERIOD_208_HZ, 18);
    }

    /** Sends an accelerometer-only frame and expects its samples at {@code timeUs}. */
    static VectorBuilder accel(VectorBuilder b, long seq, long timeUs, Random rnd) {
        return b.send(accelFrame(seq, timeUs, rnd)).expectSamples(timeUs, 1000, 36);
    }

    /**
     * Raw counts of a bar at rest, z up: x and y near 0, z near 1 g ({@code oneG} counts, whose low byte
     * is 0, so frames carry zeros for COBS to stuff), gyroscope noise around 0.
     */
    static short[] raw(Random rnd, int count, boolean gyro, int oneG) {
        int axes = gyro ? 6 : 3;
        short[] raw = new short[count * axes];
        for (int i = 0; i < count; i++) {
            raw[i * axes] = (short) (rnd.nextInt(401) - 200);
            raw[i * axes + 1] = (short) (rnd.nextInt(401) - 200);
            raw[i * axes + 2] = (short) (i % 4 == 0 ? oneG : oneG + rnd.nextInt(201) - 100);
            for (int axis = 3; axis < axes; axis++) {
                raw[i * axes + axis] = (short) (rnd.nextInt(2001) - 1000);
            }
        }
        return raw;
    }
}
