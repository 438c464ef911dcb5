package dev.rowcoach.recording;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that is not a readable recording at all gets one clear exception, never a Malformed stream. */
class RecordingRejectionTest {

    @TempDir
    Path dir;

    private static RecordingException reject(byte[] bytes) {
        return assertThrows(RecordingException.class, () -> Collector.decode(bytes, bytes.length));
    }

    private static byte[] recording(String headerJson) {
        return new TestRecordings().header(headerJson).data(0, TestRecordings.sampleBytes(0, 1)).end().bytes();
    }

    private byte[] writtenRecording() throws Exception {
        Path file = dir.resolve("real.rcrec");
        RecordingHeader h = RecordingHeader.start(WireFormat.ASCII, DecoderSettings.DEFAULTS, null, "x",
                OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        try (RecordingWriter w = RecordingWriter.create(file, h)) {
            w.appendData(new byte[]{'\r', '\n', 1, 2, 3, 4, 5, 6}, 0, 8, 0);
        }
        return Files.readAllBytes(file);
    }

    @Test
    void emptyFileIsRejectedWithItsName() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.rcrec"));
        RecordingException e = assertThrows(RecordingException.class,
                () -> RecordingReader.read(file, new Collector(), RecordingListener.NONE, Formats::decoder));
        assertEquals(file + ": not a rowcoach recording: the input is empty", e.getMessage());
    }

    @Test
    void textFileIsRejectedShowingItsStart() throws Exception {
        Path file = Files.writeString(dir.resolve("log.csv"), "t_ms,ax,ay,az\n0,1,2,3\n");
        Collector c = new Collector();
        RecordingException e = assertThrows(RecordingException.class, () -> RecordingReader.read(file, c, c, Formats::decoder));
        assertEquals(file + ": not a rowcoach recording: it starts with text \"t_ms,ax,\"", e.getMessage());
        assertEquals(0, c.headers.size() + c.malformed.size() + c.samples.size());
    }

    @Test
    void otherBinaryIsRejectedShowingItsBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertEquals("not a rowcoach recording: it starts with bytes 89 50 4e 47 0d 0a 1a 0a", reject(png).getMessage());
        assertEquals("not a rowcoach recording: it starts with text \"abc\"", reject("abc".getBytes(StandardCharsets.US_ASCII)).getMessage());
    }

    @Test
    void textModeTransfersAreRecognised() throws Exception {
        byte[] good = writtenRecording();
        String latin1 = new String(good, StandardCharsets.ISO_8859_1);
        byte[] crlfToLf = latin1.replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] lfToCrlf = latin1.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] sevenBit = good.clone();
        for (int i = 0; i < sevenBit.length; i++) {
            sevenBit[i] &= 0x7F;
        }
        for (byte[] mangled : new byte[][]{crlfToLf, lfToCrlf, sevenBit}) {
            assertTrue(reject(mangled).getMessage().startsWith("recording signature is damaged: the file was changed by a text-mode transfer"));
            assertEquals(90, RecordingDecoder.probe(mangled, mangled.length));
        }
    }

    @Test
    void futureFormatVersionIsRefusedClearly() {
        String json = "{\"formatVersion\":2,\"protocol\":\"rowcoach\",\"startedAt\":\"2030-01-01T00:00:00Z\",\"newThing\":1}";
        assertEquals("recording format version 2 is newer than this rowcoach reads (1): update rowcoach to read it",
                reject(recording(json)).getMessage());
    }

    @Test
    void garbledOrMissingHeaderIsRefused() {
        byte[] crcDamaged = recording(TestRecordings.MINIMAL_HEADER_JSON);
        crcDamaged[30] ^= 0x04;
        assertEquals("recording header is damaged (header record CRC mismatch at byte 8)", reject(crcDamaged).getMessage());

        byte[] syncDamaged = recording(TestRecordings.MINIMAL_HEADER_JSON);
        syncDamaged[9] = 'X';
        assertEquals("recording header is damaged (no record marker at byte 8)", reject(syncDamaged).getMessage());

        byte[] dataFirst = new TestRecordings().data(0, new byte[8]).end().bytes();
        assertEquals("recording has no header: its first record is a data record", reject(dataFirst).getMessage());

        assertEquals("recording header is not valid JSON", reject(recording("{\"formatVersion\":1,")).getMessage());
        assertEquals("recording header has no valid formatVersion", reject(recording("{\"protocol\":\"rowcoach\"}")).getMessage());
        assertEquals("recording header is invalid: field 'startedAt' is missing",
                reject(recording("{\"formatVersion\":1,\"protocol\":\"rowcoach\"}")).getMessage());
        assertTrue(reject(recording("{\"formatVersion\":1,\"protocol\":\"morse\",\"startedAt\":\"2025-01-01T00:00:00Z\"}"))
                .getMessage().startsWith("recording header is invalid: unknown format 'morse'"));
        assertEquals("recording header is invalid: a recording cannot contain a recording",
                reject(recording("{\"formatVersion\":1,\"protocol\":\"recording\",\"startedAt\":\"2025-01-01T00:00:00Z\"}")).getMessage());
        assertTrue(reject(recording("{\"formatVersion\":1,\"protocol\":\"csv\",\"startedAt\":\"yesterday\"}"))
                .getMessage().startsWith("recording header is invalid: Text 'yesterday' could not be parsed"));
        assertEquals("recording header is invalid: rate must be between 0 and 100000 Hz, got -5.0",
                reject(recording("{\"formatVersion\":1,\"protocol\":\"csv\",\"startedAt\":\"2025-01-01T00:00:00Z\",\"decoder\":{\"rateHz\":-5}}")).getMessage());
    }

    @Test
    void readerNamesTheFileInItsErrors() throws Exception {
        Path missing = dir.resolve("missing.rcrec");
        assertEquals("cannot read recording " + missing + ": no such file or directory",
                assertThrows(RecordingException.class, () -> RecordingReader.readHeader(missing)).getMessage());

        byte[] good = writtenRecording();
        Path cut = Files.write(dir.resolve("cut.rcrec"), Arrays.copyOf(good, 30));
        assertEquals(cut + ": recording ends before its header is complete",
                assertThrows(RecordingException.class, () -> RecordingReader.readHeader(cut)).getMessage());
        Collector c = new Collector();
        assertEquals(null, RecordingReader.read(cut, c, c, Formats::decoder));
        assertEquals(1, c.truncatedCount());
    }

    @Test
    void failedDecoderKeepsThrowingTheSameException() {
        byte[] text = "hello, world".getBytes(StandardCharsets.US_ASCII);
        RecordingDecoder d = new RecordingDecoder(new Collector(), RecordingListener.NONE, (f, s, l) -> new FixedRecordDecoder(l));
        RecordingException first = assertThrows(RecordingException.class, () -> d.feed(text, 0, text.length));
        assertSame(first, assertThrows(RecordingException.class, () -> d.feed(text, 0, 1)));
        assertSame(first, assertThrows(RecordingException.class, d::finish));
    }

    @Test
    void innerDecoderThatCannotBeCreatedIsAClearError() {
        byte[] b = recording(TestRecordings.MINIMAL_HEADER_JSON);
        RecordingDecoder d = new RecordingDecoder(new Collector(), RecordingListener.NONE, (f, s, l) -> {
            throw new IllegalArgumentException("columns required");
        });
        RecordingException e = assertThrows(RecordingException.class, () -> d.feed(b, 0, b.length));
        assertEquals("cannot decode the recorded protocol 'rowcoach': columns required", e.getMessage());
    }

    @Test
    void probeScoresOnlyTheSignature() throws Exception {
        byte[] good = writtenRecording();
        assertEquals(100, RecordingDecoder.probe(good, good.length));
        assertEquals(100, RecordingDecoder.probe(good, 8));
        assertEquals(90, RecordingDecoder.probe(good, 5));
        assertEquals(0, RecordingDecoder.probe(good, 3));
        assertEquals(0, RecordingDecoder.probe("t_ms,ax,ay".getBytes(StandardCharsets.US_ASCII), 10));
        byte[] other = Arrays.copyOf(good, 8);
        other[2] = 'X';
        assertEquals(0, RecordingDecoder.probe(other, 8));
        assertFalse(RecordingDecoder.probe(new byte[8], 8) > 0);
    }
}
