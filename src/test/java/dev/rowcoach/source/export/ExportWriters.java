package dev.rowcoach.source.export;

import dev.rowcoach.sensor.Sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a sample stream (a simulated session's) in the layouts the apps export, as their documentation
 * describes them: Sensor Logger's per-sensor CSVs ({@code time,seconds_elapsed,z,y,x}, time in ns since the
 * epoch, m/s² and rad/s), phyphox's ({@code "Time (s)","Acceleration x (m/s^2)",…}, comma/point or
 * semicolon/decimal comma) and MetaBase's ({@code epoch (ms),time (…),elapsed (s),x-axis (g),…}).
 */
final class ExportWriters {

    /** 2026-11-21T18:30:00Z, the wall-clock start stamped on exports, ms since the epoch. */
    static final long EPOCH_MS = 1_795_804_200_000L;
    /** Gyroscope rows are stamped this much after the accelerometer's, as phones sample them apart. */
    static final long GYRO_OFFSET_US = 1_700;

    private ExportWriters() {
    }

    /** How a Sensor Logger export carries gravity, and for which platform. */
    enum SensorLogger { TOTAL_ANDROID, USER_PLUS_GRAVITY_ANDROID, TOTAL_IOS_UNSTANDARDISED }

    /** Writes a Sensor Logger export into folder {@code dir}. */
    static void sensorLogger(List<Sample> samples, Path dir, SensorLogger variant) throws IOException {
        Files.createDirectories(dir);
        long t0 = samples.get(0).timeUs();
        boolean ios = variant == SensorLogger.TOTAL_IOS_UNSTANDARDISED;
        double sign = ios ? -1 : 1;
        StringBuilder total = new StringBuilder(), user = new StringBuilder(), gravity = new StringBuilder(),
                gyro = new StringBuilder();
        double[] g = null;
        for (Sample s : samples) {
            long t = s.timeUs() - t0;
            double[] a = {s.ax(), s.ay(), s.az()};
            if (g == null) {
                g = a.clone();
            }
            for (int k = 0; k < 3; k++) {
                g[k] += 0.02 * (a[k] - g[k]); // the phone's gravity estimate: a slow low-pass of the total
            }
            slRow(total, t, sign * a[0], sign * a[1], sign * a[2]);
            slRow(user, t, a[0] - g[0], a[1] - g[1], a[2] - g[2]);
            slRow(gravity, t, g[0], g[1], g[2]);
            if (s.hasGyro()) {
                slRow(gyro, t + GYRO_OFFSET_US, s.gx(), s.gy(), s.gz());
            }
        }
        String header = "time,seconds_elapsed,z,y,x\n";
        if (variant == SensorLogger.USER_PLUS_GRAVITY_ANDROID) {
            Files.writeString(dir.resolve("Accelerometer.csv"), header + user);
            Files.writeString(dir.resolve("Gravity.csv"), header + gravity);
        } else {
            Files.writeString(dir.resolve("TotalAcceleration.csv"), header + total);
        }
        if (!gyro.isEmpty()) {
            Files.writeString(dir.resolve("Gyroscope.csv"), header + gyro);
        }
        Files.writeString(dir.resolve("Metadata.csv"), "version,device name,recording epoch time,recording time,"
                + "recording timezone,platform,appVersion,device id,sensors,sampleRateMs,standardisation\n"
                + "3,Test phone," + EPOCH_MS + ",2026-11-21_18-30-00,UTC," + (ios ? "ios" : "android")
                + ",1.40.0,abc123,Accelerometer|Gravity|Gyroscope|TotalAcceleration,10,false\n");
        Files.writeString(dir.resolve("Annotation.csv"), "time,seconds_elapsed,text\n");
    }

    private static void slRow(StringBuilder b, long tUs, double x, double y, double z) {
        b.append(EPOCH_MS * 1_000_000L + tUs * 1000).append(',')
                .append(String.format(Locale.ROOT, "%.6f,%.9f,%.9f,%.9f%n", tUs / 1e6, z, y, x));
    }

    /** Writes phyphox's "Acceleration with g" and "Gyroscope" exports as {@code Accelerometer.csv} and {@code Gyroscope.csv}. */
    static void phyphox(List<Sample> samples, Path dir, boolean semicolonDecimalComma) throws IOException {
        Files.createDirectories(dir);
        long t0 = samples.get(0).timeUs();
        String sep = semicolonDecimalComma ? ";" : ",";
        StringBuilder accel = new StringBuilder(String.join(sep, "\"Time (s)\"", "\"Acceleration x (m/s^2)\"",
                "\"Acceleration y (m/s^2)\"", "\"Acceleration z (m/s^2)\"", "\"Absolute acceleration (m/s^2)\"")).append('\n');
        StringBuilder gyro = new StringBuilder(String.join(sep, "\"Time (s)\"", "\"Gyroscope x (rad/s)\"",
                "\"Gyroscope y (rad/s)\"", "\"Gyroscope z (rad/s)\"", "\"Absolute (rad/s)\"")).append('\n');
        boolean anyGyro = false;
        for (Sample s : samples) {
            double t = (s.timeUs() - t0) / 1e6;
            phyphoxRow(accel, sep, semicolonDecimalComma, t, s.ax(), s.ay(), s.az());
            if (s.hasGyro()) {
                anyGyro = true;
                phyphoxRow(gyro, sep, semicolonDecimalComma, t + GYRO_OFFSET_US / 1e6, s.gx(), s.gy(), s.gz());
            }
        }
        Files.writeString(dir.resolve("Accelerometer.csv"), accel);
        if (anyGyro) {
            Files.writeString(dir.resolve("Gyroscope.csv"), gyro);
        }
    }

    private static void phyphoxRow(StringBuilder b, String sep, boolean comma, double t, double x, double y, double z) {
        double abs = Math.sqrt(x * x + y * y + z * z);
        String row = String.format(Locale.ROOT, "%.9E%s%.9E%s%.9E%s%.9E%s%.9E", t, sep, x, sep, y, sep, z, sep, abs);
        b.append(comma ? row.replace('.', ',') : row).append('\n');
    }

    /** The MetaBase file name of a sensor ("Accelerometer", "Gyroscope") of the test session. */
    static String metaBaseName(String sensor) {
        return "MetaWear_2026-11-21T18.30.00.000_C4BE84A1B2C3_" + sensor + "_1.4.5.csv";
    }

    /**
     * Writes MetaBase's two files into {@code dir}: every {@code accelEvery}-th sample to the accelerometer
     * file (in g) and every {@code gyroEvery}-th to the gyroscope file (in °/s).
     */
    static void metaBase(List<Sample> samples, Path dir, int accelEvery, int gyroEvery) throws IOException {
        Files.createDirectories(dir);
        long t0 = samples.get(0).timeUs();
        StringBuilder accel = new StringBuilder("epoch (ms),time (01:00),elapsed (s),x-axis (g),y-axis (g),z-axis (g)\n");
        StringBuilder gyro = new StringBuilder("epoch (ms),time (01:00),elapsed (s),x-axis (deg/s),y-axis (deg/s),z-axis (deg/s)\n");
        long accelStart = -1, gyroStart = -1;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            long ms = EPOCH_MS + Math.round((s.timeUs() - t0) / 1000.0);
            if (i % accelEvery == 0) {
                accelStart = accelStart < 0 ? ms : accelStart;
                metaBaseRow(accel, ms, accelStart, s.ax() / Sample.STANDARD_GRAVITY, s.ay() / Sample.STANDARD_GRAVITY,
                        s.az() / Sample.STANDARD_GRAVITY);
            }
            if (s.hasGyro() && i % gyroEvery == 0) {
                gyroStart = gyroStart < 0 ? ms : gyroStart;
                metaBaseRow(gyro, ms, gyroStart, Math.toDegrees(s.gx()), Math.toDegrees(s.gy()), Math.toDegrees(s.gz()));
            }
        }
        Files.writeString(dir.resolve(metaBaseName("Accelerometer")), accel);
        if (gyroStart >= 0) {
            Files.writeString(dir.resolve(metaBaseName("Gyroscope")), gyro);
        }
    }

    private static void metaBaseRow(StringBuilder b, long ms, long startMs, double x, double y, double z) {
        java.time.LocalDateTime wall = java.time.LocalDateTime.ofEpochSecond(ms / 1000, (int) (ms % 1000) * 1_000_000,
                java.time.ZoneOffset.ofHours(1));
        b.append(ms).append(',').append(wall.toString().replace(':', '.')).append(',')
                .append(String.format(Locale.ROOT, "%.3f,%.4f,%.4f,%.4f%n", (ms - startMs) / 1000.0, x, y, z));
    }

    /** Zips the regular files of {@code dir} into {@code zip} (at the archive's root). */
    static void zip(Path dir, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry(p.getFileName().toString()));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
    }
}
