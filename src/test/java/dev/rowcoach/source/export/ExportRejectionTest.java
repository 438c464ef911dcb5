package dev.rowcoach.source.export;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.source.UnrecognisedFormatException;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed exports: each gets a one-sentence {@link ExportException} or counted malformed lines and
 * notices, never another exception.
 */
class ExportRejectionTest {

    private static final String SL_HEADER = "time,seconds_elapsed,z,y,x\n";

    private static String slRows(int n, double z) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(1_795_804_200_000_000_000L + i * 10_000_000L).append(',').append(i / 100.0).append(',')
                    .append(z).append(",0.1,0.2\n");
        }
        return b.toString();
    }

    private static ExportException rejected(Path path) {
        return assertThrows(ExportException.class, () -> {
            SensorFile f = SensorFile.open(path, null, DecoderSettings.DEFAULTS);
            f.decode(new EventLog());
        });
    }

    private static EventLog decode(Path path) throws Exception {
        EventLog log = new EventLog();
        SensorFile.open(path, null, DecoderSettings.DEFAULTS).decode(log);
        return log;
    }

    @Test
    void missingAxisColumnIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("TotalAcceleration.csv"), "time,seconds_elapsed,z,y\n1,0.0,9.8,0.1\n");
        ExportException e = rejected(dir);
        assertEquals("no usable sensor file: TotalAcceleration.csv has no time, x, y, z header: ignored", e.getMessage());
    }

    @Test
    void mixedUnitsInOneHeaderAreRefused(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve(ExportWriters.metaBaseName("Accelerometer")),
                "epoch (ms),time (01:00),elapsed (s),x-axis (g),y-axis (m/s^2),z-axis (g)\n1795804200000,x,0.000,0,1,0\n");
        ExportException e = rejected(f);
        assertTrue(e.getMessage().contains("mixed units in the header (x-axis (g) vs y-axis (m/s^2))"), e.getMessage());
    }

    @Test
    void repeatedAndBackwardTimestampsAreCountedAndSkipped(@TempDir Path dir) throws Exception {
        String[] rows = slRows(10, 9.8).split("\n");
        String body = String.join("\n", rows[0], rows[1], rows[1], rows[2], rows[4], rows[3], rows[5]) + "\n";
        Files.writeString(dir.resolve("TotalAcceleration.csv"), SL_HEADER + body);
        EventLog log = decode(dir);
        assertEquals(5, log.samples().size(), "rows 0, 1, 2, 4, 5");
        List<String> reasons = log.malformed().stream().map(Malformed::reason).toList();
        assertEquals(List.of("TotalAcceleration.csv: repeated timestamp", "TotalAcceleration.csv: time went backwards"), reasons);
    }

    @Test
    void anEmptyGyroscopeFileLeavesAnAccelerometerOnlyStreamAndSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("TotalAcceleration.csv"), SL_HEADER + slRows(20, 9.8));
        Files.writeString(dir.resolve("Gyroscope.csv"), "");
        EventLog log = decode(dir);
        assertEquals(20, log.samples().size());
        assertFalse(log.samples().get(0).hasGyro());
        assertTrue(log.notices().contains("Gyroscope.csv is empty: ignored"), log.notices().toString());
    }

    @Test
    void anEmptyOrHeaderOnlyAccelerometerIsAnError(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("TotalAcceleration.csv"), "");
        assertEquals("no usable sensor file: TotalAcceleration.csv is empty: ignored", rejected(empty).getMessage());
        Path headerOnly = Files.createDirectory(dir.resolve("header-only"));
        Files.writeString(headerOnly.resolve("TotalAcceleration.csv"), SL_HEADER);
        assertEquals("TotalAcceleration.csv: no readable data rows", rejected(headerOnly).getMessage());
    }

    @Test
    void gravityFreeAccelerationAloneIsRefusedWithWhatToRecordInstead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Accelerometer.csv"), SL_HEADER + slRows(20, 0.01));
        assertTrue(rejected(dir).getMessage().contains("record with TotalAcceleration (or Gravity) enabled"));
        ExportException phyphox = rejected(ExportFixturesTest.fixture("phyphox-linear/Raw Data.csv"));
        assertTrue(phyphox.getMessage().contains("Raw Data.csv holds linear acceleration (without g)"), phyphox.getMessage());
    }

    @Test
    void aZipWithSomethingElseInItSaysWhatItHolds(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("holiday.zip");
        zip(zip, List.of("photo.jpg", "notes.txt"), List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}, "hello\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a zip archive without a Sensor Logger, phyphox or MetaBase export in it (2 files: photo.jpg, notes.txt)",
                rejected(zip).getMessage());
    }

    @Test
    void aDamagedZipIsNotAStackTrace(@TempDir Path dir) throws Exception {
        Path zip = Files.write(dir.resolve("cut.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});
        assertTrue(rejected(zip).getMessage().startsWith("not a readable zip archive"), rejected(zip).getMessage());
    }

    @Test
    void aZipBombIsRefusedFromItsDeclaredRatio(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("TotalAcceleration.csv"));
            z.write(SL_HEADER.getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(zip) < 200_000, "64 MiB packed into " + Files.size(zip) + " bytes");
        String message = rejected(zip).getMessage();
        assertTrue(message.startsWith("TotalAcceleration.csv would expand ") && message.endsWith("refused as a possible zip bomb"), message);
    }

    @Test
    void aZipThatLiesAboutItsSizesIsStoppedWhileReading(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("liar.zip");
        zip(zip, List.of("TotalAcceleration.csv"), List.of((SL_HEADER + slRows(2000, 9.8)).getBytes(StandardCharsets.US_ASCII)));
        byte[] b = Files.readAllBytes(zip);
        int patched = 0;
        for (int i = 0; i + 28 <= b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                // Central directory: uncompressed size (bytes 24–27, little endian) claimed to be 100 bytes.
                b[i + 24] = 100;
                b[i + 25] = 0;
                b[i + 26] = 0;
                b[i + 27] = 0;
                patched++;
            }
        }
        assertEquals(1, patched);
        Files.write(zip, b);
        assertEquals("TotalAcceleration.csv expands beyond the size the archive declares: refused as a possible zip bomb",
                rejected(zip).getMessage());
    }

    @Test
    void theTotalSizeLimitHoldsForHonestArchivesToo(@TempDir Path dir) throws Exception {
        ExportWriters.zip(ExportFixturesTest.fixture("sensor-logger-android"), dir.resolve("export.zip"));
        Path zip = dir.resolve("export.zip");
        byte[] head = Files.readAllBytes(zip);
        ExportException e = assertThrows(ExportException.class,
                () -> AppExport.find(zip, head, head.length, new ZipContainer.Limits(2000, 2048, 200)));
        assertEquals("zip archive would expand to more than 2 KiB: refused as a possible zip bomb", e.getMessage());
        e = assertThrows(ExportException.class, () -> AppExport.find(zip, head, head.length, new ZipContainer.Limits(3, 1 << 20, 200)));
        assertEquals("zip archive has more than 3 entries: not an app export", e.getMessage());
    }

    @Test
    void twoRecordingsInOneZipAreNotMixed(@TempDir Path dir) throws Exception {
        String meta = "version,platform,standardisation\n3,";
        Path zip = dir.resolve("two.zip");
        zip(zip, List.of("a/TotalAcceleration.csv", "a/Metadata.csv", "b/TotalAcceleration.csv", "b/Gyroscope.csv", "b/Metadata.csv"),
                List.of((SL_HEADER + slRows(20, 9.8)).getBytes(StandardCharsets.US_ASCII),
                        (meta + "android,false\n").getBytes(StandardCharsets.US_ASCII),
                        (SL_HEADER + slRows(20, -9.8)).getBytes(StandardCharsets.US_ASCII),
                        (SL_HEADER + slRows(20, 0.01)).getBytes(StandardCharsets.US_ASCII),
                        (meta + "ios,false\n").getBytes(StandardCharsets.US_ASCII)));
        EventLog log = decode(zip);
        assertEquals(20, log.samples().size());
        assertEquals(9.8, log.samples().get(0).az(), 1e-9, "recording a, with a's Android metadata");
        assertFalse(log.samples().get(0).hasGyro(), "b's gyroscope is not a's");
    }

    @Test
    void aForcedFormatThatDoesNotFitIsRefusedAndAFolderOfFoldersNamesWhatToGive(@TempDir Path dir) throws Exception {
        Path export = ExportFixturesTest.fixture("sensor-logger-ios");
        UnrecognisedFormatException e = assertThrows(UnrecognisedFormatException.class,
                () -> SensorFile.open(export, WireFormat.PHYPHOX, DecoderSettings.DEFAULTS));
        assertEquals("is a sensor-logger export, not phyphox (tried: phyphox)", e.getMessage());
        e = assertThrows(UnrecognisedFormatException.class, () -> SensorFile.open(export, WireFormat.CSV, DecoderSettings.DEFAULTS));
        assertEquals("is a directory, not a csv file (tried: csv)", e.getMessage());
        Files.createDirectory(dir.resolve("inner"));
        assertEquals("a folder without a Sensor Logger, phyphox or MetaBase export in it (no files directly in it:"
                + " name the export's own folder)", rejected(dir).getMessage());
    }

    @Test
    void aSensorLoggerFileTheUserRenamedIsReadByItsContent(@TempDir Path dir) throws Exception {
        Path renamed = Files.writeString(dir.resolve("x.csv"), SL_HEADER + slRows(20, 9.8));
        SensorFile f = SensorFile.open(renamed, null, DecoderSettings.DEFAULTS);
        assertEquals(WireFormat.SENSOR_LOGGER, f.format());
        EventLog log = new EventLog();
        f.decode(log);
        assertEquals(20, log.samples().size());
        assertEquals(9.8, log.samples().get(0).az(), 1e-9);

        Path gyro = Files.writeString(dir.resolve("y.csv"), SL_HEADER + slRows(20, 0.01));
        assertEquals("a Sensor Logger file (time,seconds_elapsed,z,y,x) whose name does not say which sensor it holds"
                + " and whose values are not acceleration with gravity: give the export's TotalAcceleration.csv, or the"
                + " whole export", rejected(gyro).getMessage());
    }

    private static void zip(Path zip, List<String> names, List<byte[]> contents) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                z.putNextEntry(new ZipEntry(names.get(i)));
                z.write(contents.get(i));
                z.closeEntry();
            }
        }
    }
}
