package dev.rowcoach.source;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.Fixtures;
import dev.rowcoach.testing.SharedData;
import dev.rowcoach.testing.SyntheticRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatDetectorTest {

    private static WireFormat detect(byte[] b) throws UnrecognisedFormatException {
        return FormatDetector.detect(b, Math.min(b.length, FormatDetector.HEAD_BYTES), DecoderSettings.DEFAULTS);
    }

    @Test
    void eachFormatIsRecognisedByItsContent(@TempDir Path dir) throws Exception {
        List<Sample> s = SyntheticRows.generate(200, 2, 0.4, 2.0, true);
        Map<WireFormat, byte[]> files = Map.of(
                WireFormat.ASCII, Fixtures.ascii(s, 200),
                WireFormat.WITMOTION, Fixtures.witmotion(s),
                WireFormat.ROWCOACH, Fixtures.rowcoach(s, 200),
                WireFormat.CSV, "time_s,acc_x,acc_y,acc_z\n0.00,0,0,9.8\n0.01,0,0,9.8\n0.02,0,0,9.8\n0.03,0,0,9.8\n"
                        .getBytes(StandardCharsets.US_ASCII));
        for (var e : files.entrySet()) {
            assertEquals(e.getKey(), detect(e.getValue()), e.getKey().id());
        }
        Path rec = dir.resolve("r.rcrec");
        Path raw = Fixtures.write(dir.resolve("r.bin"), files.get(WireFormat.ROWCOACH));
        SensorFile in = SensorFile.open(raw, null, DecoderSettings.DEFAULTS);
        StreamStats stats = new StreamStats();
        in.decode(stats);
        Conversions.toRecording(in, stats, new Conversions.Session(null, null, null, null, null), rec);
        assertEquals(WireFormat.RECORDING, detect(Files.readAllBytes(rec)));
    }

    @Test
    void aCaptureThatStartsMidPacketOrMidFrameIsStillRecognised() throws Exception {
        List<Sample> s = SyntheticRows.generate(200, 2, 0.4, 2.0, true);
        byte[] wit = Fixtures.witmotion(s);
        byte[] rc = Fixtures.rowcoach(s, 200);
        assertEquals(WireFormat.WITMOTION, detect(java.util.Arrays.copyOfRange(wit, 5, wit.length)));
        assertEquals(WireFormat.ROWCOACH, detect(java.util.Arrays.copyOfRange(rc, 37, rc.length)));
    }

    @Test
    void theRealHeaderlessCsvIsRecognised() throws Exception {
        for (Path f : SharedData.barbellFiles()) {
            assertEquals(WireFormat.CSV, detect(Files.readAllBytes(f)), f.toString());
        }
    }

    @Test
    void emptyTextAndNoiseAreNotRecordings() {
        byte[] noise = new byte[65536];
        new SplittableRandom(1).nextBytes(noise);
        for (byte[] b : List.of(new byte[0], "hello\nworld\n".getBytes(StandardCharsets.US_ASCII), noise,
                "{\"json\": true}".getBytes(StandardCharsets.US_ASCII), new byte[4096])) {
            UnrecognisedFormatException e = assertThrows(UnrecognisedFormatException.class, () -> detect(b));
            assertTrue(e.getMessage().contains("(tried: recording, rowcoach, ascii, witmotion, sensor-logger, phyphox, metabase, csv)"), e.getMessage());
        }
    }

    @Test
    void utf16TextIsDetectedByItsContentLikeItsUtf8(@TempDir Path dir) throws Exception {
        for (String name : List.of("utf16le-bom.csv", "utf16be-bom.csv")) {
            byte[] b = Files.readAllBytes(Path.of("src/test/resources/input", name));
            assertEquals(WireFormat.CSV, detect(b), name);
        }
        byte[] ascii = ("# rowcoach-ascii 1\nt_us,ax,ay,az\n0,0,0,1\n10000,0,0,1\n20000,0,0,1\n").getBytes(StandardCharsets.UTF_16);
        assertEquals(WireFormat.ASCII, detect(ascii));
    }
}
