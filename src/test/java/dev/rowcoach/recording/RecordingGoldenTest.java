package dev.rowcoach.recording;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example of firmware-protocol/RECORDING.md, built by the independent Python encoder
 * firmware-protocol/recording-example.py: the Java writer must produce exactly these bytes and the
 * decoder must read them back.
 */
class RecordingGoldenTest {

    private static final byte[] GOLDEN = HexFormat.of().parseHex(
            "895243520d0a1a0aa552454301a8000000e9c959177b22666f726d617456657273696f6e223a312c2270726f746f63"
                    + "6f6c223a227769746d6f74696f6e222c226465636f646572223a7b2272617465487a223a3230302e307d2c2273"
                    + "7461727465644174223a22323032352d30332d30315431303a31353a33302b30313a3030222c22736f7572636522"
                    + "3a2273657269616c3a2f6465762f74747955534230222c22736f667477617265223a22726f77636f6163682030"
                    + "2e312e30227d7fbfc00da552454302130000004bffeda7dc050000000000005551000000000008c4097b76ee49"
                    + "60a552454303230000005135bda1d0070000000000007b2274797065223a226e6f7465222c2274657874223a22"
                    + "676f227d0895ab49a55245430400000000a7a6ccbcc74b6748");

    private static final RecordingHeader HEADER = new RecordingHeader(1, WireFormat.WITMOTION,
            new DecoderSettings(200.0, null, null, null), null,
            OffsetDateTime.of(2025, 3, 1, 10, 15, 30, 0, ZoneOffset.ofHours(1)), "serial:/dev/ttyUSB0",
            null, null, null, null, "rowcoach 0.1.0");

    /** WitMotion acceleration packet: az = 2048 (1 g at ±16 g), temperature 25.00 °C, checksum. */
    private static final byte[] PACKET = HexFormat.of().parseHex("5551000000000008c4097b");

    @TempDir
    Path dir;

    @Test
    void writerProducesTheIndependentlyEncodedBytes() throws Exception {
        assertEquals(298, GOLDEN.length);
        Path file = dir.resolve("example.rcrec");
        try (RecordingWriter w = RecordingWriter.create(file, HEADER)) {
            w.appendData(PACKET, 0, PACKET.length, 1500);
            w.appendEvent(RecordingEvent.note(2000, "go"));
        }
        assertArrayEquals(GOLDEN, Files.readAllBytes(file));
    }

    @Test
    void decoderReadsTheIndependentlyEncodedBytes() {
        Collector c = Collector.decode(GOLDEN, 1);

        assertEquals(List.of(HEADER), c.headers);
        assertEquals(1, c.chunks.size());
        assertEquals(1500, c.chunks.get(0).hostOffsetUs());
        assertArrayEquals(PACKET, c.chunks.get(0).bytes());
        assertEquals(List.of(RecordingEvent.note(2000, "go")), c.events);
        assertEquals(1, c.samples.size(), "11 bytes make one 8-byte test sample");
        assertEquals(1, c.malformed.size(), "and 3 leftover bytes, reported by the inner decoder");
    }
}
