package dev.rowcoach.source.export;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small export fixtures in src/test/resources/exports, written in each app's documented layout (a
 * phone or sensor lying still, 10–30 rows), decode to the samples they hold: right sensor files, units,
 * axis order and signs, sibling files and rates.
 */
class ExportFixturesTest {

    static Path fixture(String name) throws Exception {
        return Path.of(ExportFixturesTest.class.getResource("/exports/" + name).toURI());
    }

    static EventLog decode(Path path) throws Exception {
        SensorFile file = SensorFile.open(path, null, DecoderSettings.DEFAULTS);
        EventLog log = new EventLog();
        file.decode(log);
        log.events.add(0, file.format());
        return log;
    }

    @Test
    void sensorLoggerAndroidFolderUsesTotalAccelerationAndGyroscopeInXyzOrder() throws Exception {
        EventLog log = decode(fixture("sensor-logger-android"));
        assertEquals(WireFormat.SENSOR_LOGGER, log.events.get(0));
        List<Sample> s = log.samples();
        assertEquals(20, s.size());
        // Row 0 of TotalAcceleration.csv is z=9.81, y=-0.12, x=0.05 (columns z,y,x); time from seconds_elapsed.
        assertEquals(0.05, s.get(0).ax(), 1e-9);
        assertEquals(-0.12, s.get(0).ay(), 1e-9);
        assertEquals(9.81, s.get(0).az(), 1e-9);
        assertEquals(10_000, s.get(1).timeUs() - s.get(0).timeUs());
        assertTrue(s.get(0).hasGyro());
        // Gyro row 0 is at 1.7 ms, row 1 at 11.7 ms: the sample at 10 ms is interpolated between them (x=0.002).
        assertEquals(0.002, s.get(1).gx(), 1e-9);
        assertEquals(-0.001 + 0.0005 * 0.83, s.get(1).gy(), 1e-9);
        assertEquals(0.003, s.get(1).gz(), 1e-9);
        String notes = String.join("\n", log.notices());
        assertTrue(notes.contains("Sensor Logger export: TotalAcceleration.csv (acceleration with gravity, 100.0 Hz, m/s²"), notes);
        assertTrue(notes.contains("Gyroscope.csv (100.0 Hz, rad/s)"), notes);
        assertTrue(notes.contains("Accelerometer.csv (without gravity) not needed"), notes);
        assertEquals(0, log.count(dev.rowcoach.sensor.Malformed.class));
    }

    @Test
    void sensorLoggerIosWithoutStandardisationIsNegatedToAndroidAxes() throws Exception {
        EventLog log = decode(fixture("sensor-logger-ios/TotalAcceleration.csv"));
        assertEquals(WireFormat.SENSOR_LOGGER, log.events.get(0));
        Sample first = log.samples().get(0);
        assertEquals(9.81, first.az(), 1e-9, "the file says -9.81: iOS's sign, negated");
        assertEquals(0.05, first.ax(), 1e-9);
        assertTrue(first.hasGyro(), "Gyroscope.csv found beside the given TotalAcceleration.csv");
        assertTrue(log.notices().stream().anyMatch(n -> n.contains("iOS recording")), log.notices().toString());
    }

    @Test
    void sensorLoggerAccelerometerPlusGravityInGRebuildsTotalSpecificForce() throws Exception {
        EventLog log = decode(fixture("sensor-logger-user-gravity-g"));
        Sample first = log.samples().get(0);
        // Written in g with 6 decimals: back in m/s² within 1e-5.
        assertEquals(9.81, first.az(), 1e-5);
        assertEquals(0.05, first.ax(), 1e-5);
        assertEquals(-0.12, first.ay(), 1e-5);
        String notes = String.join("\n", log.notices());
        assertTrue(notes.contains("acceleration without gravity, 100.0 Hz, g from the median |a|) + Gravity.csv (gravity added back)"), notes);
        assertTrue(notes.contains("no Metadata.csv platform"), notes);
    }

    @Test
    void phyphoxSingleFilesWithEverySeparatorAndDecimalMark() throws Exception {
        for (String variant : List.of("phyphox-with-g", "phyphox-semicolon-decimal-comma", "phyphox-tab-decimal-point")) {
            EventLog log = decode(fixture(variant + "/Raw Data.csv"));
            assertEquals(WireFormat.PHYPHOX, log.events.get(0), variant);
            List<Sample> s = log.samples();
            assertEquals(20, s.size(), variant);
            assertEquals(9.81, s.get(0).az(), 1e-9, variant);
            assertEquals(-0.12, s.get(5).ay(), 1e-9, variant);
            assertEquals(50_000, s.get(5).timeUs() - s.get(0).timeUs(), variant);
            assertTrue(!s.get(0).hasGyro(), variant);
            assertEquals(0, log.count(dev.rowcoach.sensor.Malformed.class), variant);
        }
    }

    @Test
    void phyphoxMultiSensorZipPrefersAccelerationWithGAndAddsTheGyroscope(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("phyphox 2026-11-21 18-30-00.zip");
        ExportWriters.zip(fixture("phyphox-multi"), zip);
        EventLog log = decode(zip);
        assertEquals(WireFormat.PHYPHOX, log.events.get(0));
        assertEquals(20, log.samples().size());
        assertTrue(log.samples().get(3).hasGyro());
        assertEquals(9.81, log.samples().get(0).az(), 1e-9);
        assertTrue(log.notices().stream().anyMatch(n -> n.contains("Linear Accelerometer.csv (without g) not needed")),
                log.notices().toString());
    }

    @Test
    void metaBaseAt12point5And25HzMergesOntoTheGyroscopeTimelineWithItsOwnSessionsSibling() throws Exception {
        EventLog log = decode(fixture("metabase-12.5-25/MetaWear_2026-11-21T19.30.00.000_C4BE84A1B2C3_Accelerometer_1.4.5.csv"));
        assertEquals(WireFormat.METABASE, log.events.get(0));
        List<Sample> s = log.samples();
        // 20 gyro rows at 25 Hz; the accelerometer (12.5 Hz, 0–720 ms) covers 19 of them, the 20th is 40 ms past its last row and held.
        assertEquals(20, s.size());
        assertEquals(40_000, s.get(1).timeUs() - s.get(0).timeUs());
        assertEquals(-0.998 * Sample.STANDARD_GRAVITY, s.get(0).ay(), 1e-9, "g converted to m/s²");
        assertEquals(Math.toRadians(0.122), s.get(0).gx(), 1e-9, "°/s converted to rad/s, from the 19.30 session not the 08.00 one");
        // Between accelerometer rows 0 (y=-0.998) and 1 (y=-0.997), the gyro row at 40 ms gets the midpoint.
        assertEquals(-0.9975 * Sample.STANDARD_GRAVITY, s.get(1).ay(), 1e-9);
        String notes = String.join("\n", log.notices());
        assertTrue(notes.contains("12.5 Hz"), notes);
        assertTrue(notes.contains("accelerometer interpolated onto the gyroscope's timeline"), notes);
        assertTrue(notes.contains("velocity and ROM are low-confidence"), notes);
    }

    @Test
    void metaBaseAt100HzFromTheGyroscopeFile() throws Exception {
        EventLog log = decode(fixture("metabase-100-100/MetaWear_2026-11-21T19.30.00.000_C4BE84A1B2C3_Gyroscope_1.4.5.csv"));
        assertEquals(WireFormat.METABASE, log.events.get(0));
        assertEquals(30, log.samples().size());
        assertTrue(log.samples().stream().allMatch(Sample::hasGyro));
        assertTrue(log.notices().stream().anyMatch(n -> n.contains("gyroscope interpolated onto the accelerometer's timeline")),
                log.notices().toString());
    }

    @Test
    void oneCsvWithSeveralSensorsStaysWithTheGenericCsvReader(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder("\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\","
                + "\"Acceleration z (m/s^2)\",\"Gyroscope x (rad/s)\",\"Gyroscope y (rad/s)\",\"Gyroscope z (rad/s)\"\n");
        for (int i = 0; i < 20; i++) {
            b.append(i / 100.0).append(",0.05,-0.12,9.81,0.01,0.02,0.03\n");
        }
        Path f = java.nio.file.Files.writeString(dir.resolve("combined.csv"), b);
        // A Sensor Logger file beside it must not make the named CSV a Sensor Logger export.
        java.nio.file.Files.writeString(dir.resolve("TotalAcceleration.csv"), "time,seconds_elapsed,z,y,x\n1,0.0,9.8,0,0\n");
        EventLog log = decode(f);
        assertEquals(WireFormat.CSV, log.events.get(0));
        assertEquals(20, log.samples().size());
        assertEquals(0.03, log.samples().get(0).gz(), 1e-12, "the gyroscope columns are read too");
    }

    @Test
    void unitOptionsOverrideTheExportsUnits() throws Exception {
        SensorFile file = SensorFile.open(fixture("sensor-logger-user-gravity-g"), null,
                new DecoderSettings(null, null, dev.rowcoach.sensor.AccelUnit.MPS2, dev.rowcoach.sensor.GyroUnit.DPS));
        EventLog log = new EventLog();
        file.decode(log);
        assertEquals(9.81 / Sample.STANDARD_GRAVITY, log.samples().get(0).az(), 1e-5, "taken as m/s², not scaled from g");
        assertEquals(Math.toRadians(0.002), log.samples().get(1).gx(), 1e-9, "taken as °/s");
        assertTrue(log.notices().get(0).contains("from --accel-unit"), log.notices().toString());
    }
}
