package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** App exports (src/test/resources/exports) through the command line: inspect, replay, convert, and refusals. */
@Execution(ExecutionMode.CONCURRENT)
class ImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXPORTS = Path.of("src/test/resources/exports");

    @Test
    void inspectNamesTheAppAndWhatItFound() throws Exception {
        Cli.Result r = Cli.run("inspect", EXPORTS.resolve("metabase-12.5-25").resolve(
                "MetaWear_2026-11-21T19.30.00.000_C4BE84A1B2C3_Accelerometer_1.4.5.csv").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("format      metabase"), r.out());
        assertTrue(r.out().contains("samples     20"), r.out());
        assertTrue(r.out().contains("gyroscope   yes"), r.out());
        assertTrue(r.out().contains("MetaBase export: MetaWear_2026-11-21T19.30.00.000_C4BE84A1B2C3_Accelerometer_1.4.5.csv"
                + " (acceleration with gravity, 12.5 Hz, g)"), r.out());
        assertTrue(r.out().contains("velocity and ROM are low-confidence"), r.out());

        JsonNode j = JSON.readTree(Cli.run("inspect", "--format", "json", EXPORTS.resolve("sensor-logger-android").toString()).out());
        assertEquals("sensor-logger", j.get("format").asText());
        assertEquals(20, j.get("samples").asLong());
        assertTrue(j.get("hasGyro").asBoolean());
        assertEquals(100.0, j.get("sampleRateHz").asDouble(), 0.5);
    }

    @Test
    void replayReadsAnExportAndConvertWritesItAsAscii(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("replay", "--format", "json", EXPORTS.resolve("phyphox-semicolon-decimal-comma/Raw Data.csv").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("phyphox", JSON.readTree(r.out()).get("source").get("format").asText());

        Path csv = dir.resolve("phone.csv");
        r = Cli.run("convert", EXPORTS.resolve("sensor-logger-ios").toString(), csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("of sensor-logger input, 20 samples"), r.out());
        JsonNode j = JSON.readTree(Cli.run("inspect", "--format", "json", csv.toString()).out());
        assertEquals(20, j.get("samples").asLong());

        r = Cli.run("convert", EXPORTS.resolve("sensor-logger-ios").toString(), dir.resolve("phone.rcrec").toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("a sensor-logger export is several files"), r.err());
    }

    @Test
    void aZipBombAndAZipOfPhotosGetOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("Gyroscope.csv"));
            z.write("time,seconds_elapsed,z,y,x\n".getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 32; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        Path photos = dir.resolve("photos.zip");
        try (OutputStream out = Files.newOutputStream(photos); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("IMG_0001.jpg"));
            z.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            z.closeEntry();
        }
        for (Path p : new Path[] {bomb, photos}) {
            for (String command : new String[] {"inspect", "replay"}) {
                Cli.Result r = Cli.run(command, p.toString());
                assertEquals(2, r.exitCode(), command + " " + p + ": " + r.err());
                assertEquals(1, r.err().lines().count(), r.err());
                assertTrue(r.err().startsWith("rowcoach: " + p + ": "), r.err());
                assertFalse(r.err().contains("Exception"), r.err());
            }
        }
        assertTrue(Cli.run("inspect", bomb.toString()).err().contains("refused as a possible zip bomb"));
        assertTrue(Cli.run("inspect", photos.toString()).err().contains("without a Sensor Logger, phyphox or MetaBase export"));
    }
}
