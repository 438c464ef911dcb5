package dev.rowcoach.recording;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingRoundTripTest {

    @TempDir
    Path dir;

    static final RecordingHeader FULL_HEADER = RecordingHeader.start(WireFormat.WITMOTION,
                    new DecoderSettings(200.0, "id,t_ms,ax,ay,az,gx,gy,gz", AccelUnit.G, GyroUnit.DPS),
                    new SensorInfo("WT901", "dev-7", "1.2", 16.0, 2000.0, 200.0), "serial:/dev/ttyUSB0",
                    OffsetDateTime.of(2025, 3, 1, 10, 15, 30, 123_000_000, ZoneOffset.ofHours(2)))
            .withSession("barbell row", 60.5, "Ana", "tempo 2-1-2, ünïcödé \"quoted\"\nsecond line");

    /** What one write session appended, to compare the read-back against. */
    private record Written(byte[] data, List<Long> chunkOffsetsUs, List<Integer> chunkSizes,
                           List<RecordingEvent> events) {
    }

    private Written writeRandomSession(Path file, RecordingHeader header, long seed) {
        Random rnd = new Random(seed);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<RecordingEvent> events = new ArrayList<>();
        long t = 0;
        try (RecordingWriter w = RecordingWriter.create(file, header)) {
            for (int i = 0; i < 60; i++) {
                byte[] chunk = new byte[1 + rnd.nextInt(700)];
                rnd.nextBytes(chunk);
                t += rnd.nextInt(20_000);
                w.appendData(chunk, 0, chunk.length, t);
                all.writeBytes(chunk);
                offsets.add(t);
                sizes.add(chunk.length);
                RecordingEvent e = switch (i) {
                    case 10 -> RecordingEvent.disconnected(t + 1);
                    case 11 -> RecordingEvent.reconnected(t + 2_000_000);
                    case 30 -> RecordingEvent.note(t, "felt heavy — RPE 9");
                    default -> null;
                };
                if (e != null) {
                    w.appendEvent(e);
                    events.add(e);
                }
            }
        }
        return new Written(all.toByteArray(), offsets, sizes, events);
    }

    @Test
    void roundTripKeepsHeaderBytesOffsetsAndEvents() {
        Path file = dir.resolve("session.rcrec");
        Written written = writeRandomSession(file, FULL_HEADER, 42);
        List<String> created = new ArrayList<>();
        Collector c = new Collector();

        RecordingHeader read = RecordingReader.read(file, c, c, (format, settings, listener) -> {
            created.add(format.id() + " " + settings);
            return new FixedRecordDecoder(listener);
        });

        assertEquals(FULL_HEADER, read);
        assertEquals(List.of(FULL_HEADER), c.headers);
        assertEquals(List.of("witmotion " + FULL_HEADER.decoder()), created);
        assertEquals(List.of(FULL_HEADER.sensor()), c.sensorInfos);
        assertArrayEquals(written.data(), c.dataBytes());
        assertEquals(written.chunkOffsetsUs(), c.chunks.stream().map(Collector.Chunk::hostOffsetUs).toList());
        assertEquals(written.chunkSizes(), c.chunks.stream().map(ch -> ch.bytes().length).toList());
        assertEquals(written.events(), c.events);
        assertEquals(3, c.events.size());
        int leftover = written.data().length % FixedRecordDecoder.RECORD_BYTES;
        assertTrue(leftover > 0, "this seed leaves a partial sample, to show where inner offsets point");
        assertEquals(List.of(new Malformed(written.data().length - leftover, leftover,
                "truncated sample: " + leftover + " of 8 bytes")), c.malformed, "offsets count sensor bytes, not file bytes");

        int whole = written.data().length / FixedRecordDecoder.RECORD_BYTES;
        assertEquals(whole, c.samples.size());
        for (int i = 0; i < whole; i++) {
            assertEquals(FixedRecordDecoder.decode(written.data(), i * FixedRecordDecoder.RECORD_BYTES), c.samples.get(i));
        }
    }

    @Test
    void headerWithoutOptionalFieldsRoundTripsWithNulls() {
        Path file = dir.resolve("bare.rcrec");
        RecordingHeader bare = new RecordingHeader(1, WireFormat.ASCII, null, null,
                OffsetDateTime.of(2024, 12, 31, 23, 59, 0, 0, ZoneOffset.UTC), null, null, null, null, null, null);
        try (RecordingWriter w = RecordingWriter.create(file, bare)) {
            w.appendData(new byte[0], 0, 0, 5);
        }
        Collector c = new Collector();
        RecordingReader.read(file, c, c, (f, s, l) -> new FixedRecordDecoder(l));

        assertEquals(List.of(bare), c.headers);
        assertEquals(DecoderSettings.DEFAULTS, c.headers.get(0).decoder());
        assertNull(c.headers.get(0).sensor());
        assertEquals(List.of(), c.sensorInfos);
        assertEquals(0, c.chunks.size(), "an empty chunk writes no record");
        assertEquals(List.of(), c.malformed);
    }

    @Test
    void anyChunkingOfTheFileDecodesTheSame() throws Exception {
        Path file = dir.resolve("chunks.rcrec");
        writeRandomSession(file, FULL_HEADER, 7);
        byte[] bytes = Files.readAllBytes(file);
        Collector whole = Collector.decode(bytes, bytes.length);
        assertTrue(whole.samples.size() > 1000);

        for (int chunk : new int[]{1, 3, 13, 17, 4096}) {
            Collector c = Collector.decode(bytes, chunk);
            assertEquals(whole.samples, c.samples, "chunk " + chunk);
            assertEquals(whole.events, c.events, "chunk " + chunk);
            assertArrayEquals(whole.dataBytes(), c.dataBytes(), "chunk " + chunk);
            assertEquals(whole.malformed, c.malformed, "chunk " + chunk);
        }
    }

    @Test
    void chunkOverTheRecordLimitIsSplitLosslessly() {
        Path file = dir.resolve("big.rcrec");
        byte[] big = new byte[RecordingWriter.MAX_DATA_CHUNK_BYTES + 1_000_003];
        new Random(3).nextBytes(big);
        try (RecordingWriter w = RecordingWriter.create(file, FULL_HEADER)) {
            w.appendData(big, 0, big.length, 123_456);
        }
        Collector c = new Collector();
        RecordingReader.read(file, c, c, (f, s, l) -> new FixedRecordDecoder(l));

        assertEquals(List.of(RecordingWriter.MAX_DATA_CHUNK_BYTES, 1_000_003),
                c.chunks.stream().map(ch -> ch.bytes().length).toList());
        assertEquals(List.of(123_456L, 123_456L), c.chunks.stream().map(Collector.Chunk::hostOffsetUs).toList());
        assertArrayEquals(big, c.dataBytes());
        assertEquals(big.length / 8, c.samples.size());
        assertEquals(List.of("truncated sample: " + big.length % 8 + " of 8 bytes"),
                c.malformed.stream().map(m -> m.reason()).toList(), "only the inner decoder's leftover");
    }

    @Test
    void unknownHeaderFieldsAndUnknownRecordTypesAreIgnored() {
        String json = "{\"formatVersion\":1,\"protocol\":\"csv\",\"futureField\":{\"a\":[1,2,3]},"
                + "\"decoder\":{\"rateHz\":100,\"accelUnit\":\"mps2\",\"newKnob\":true},"
                + "\"startedAt\":\"2025-03-01T10:00:00.5-05:00\",\"athlete\":\"Bo\",\"extra\":null}";
        byte[] samples = TestRecordings.sampleBytes(0, 4);
        byte[] bytes = new TestRecordings().header(json)
                .record(77, new byte[]{1, 2, 3})
                .data(10, samples)
                .record(200, new byte[0])
                .end().bytes();

        Collector c = Collector.decode(bytes, bytes.length);

        assertEquals(1, c.headers.size());
        RecordingHeader h = c.headers.get(0);
        assertEquals(WireFormat.CSV, h.protocol());
        assertEquals(new DecoderSettings(100.0, null, AccelUnit.MPS2, null), h.decoder());
        assertEquals(OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 500_000_000, ZoneOffset.ofHours(-5)), h.startedAt());
        assertEquals("Bo", h.athlete());
        assertNull(h.software());
        assertEquals(4, c.samples.size());
        assertEquals(List.of(), c.malformed);
    }

    @Test
    void readHeaderStopsAtTheHeaderAndWorksWithTheRealFactory() {
        Path file = dir.resolve("header-only.rcrec");
        writeRandomSession(file, FULL_HEADER, 1);

        assertEquals(FULL_HEADER, RecordingReader.readHeader(file));
    }

    @Test
    void realDecoderFactoryIsUsedByDefault() {
        Path file = dir.resolve("no-data.rcrec");
        RecordingHeader header = FULL_HEADER.withSensor(null);
        RecordingWriter.create(file, header).close();
        Collector c = new Collector();

        RecordingHeader read = RecordingReader.read(file, c, c, Formats::decoder);

        assertEquals(header, read);
        assertEquals(1, c.headers.size());
        assertEquals(List.of(), c.malformed);
        assertEquals(List.of(), c.samples);
    }

    @Test
    void writerOutputFollowsTheDocumentedByteLayout() throws Exception {
        Path file = dir.resolve("layout.rcrec");
        byte[] chunk = {0x55, 0x51, 0, 1, 2, 3, (byte) 0xFF};
        try (RecordingWriter w = RecordingWriter.create(file, FULL_HEADER)) {
            w.appendData(chunk, 0, chunk.length, 0x0102_0304_0506L);
            w.appendEvent(RecordingEvent.note(77, "hi"));
        }
        byte[] actual = Files.readAllBytes(file);
        int headerLength = (actual[13] & 0xFF) | (actual[14] & 0xFF) << 8 | (actual[15] & 0xFF) << 16 | actual[16] << 24;
        byte[] headerJson = Arrays.copyOfRange(actual, 8 + 13, 8 + 13 + headerLength);

        byte[] expected = new TestRecordings().record(TestRecordings.HEADER, headerJson)
                .data(0x0102_0304_0506L, chunk)
                .event(77, "{\"type\":\"note\",\"text\":\"hi\"}")
                .end().bytes();

        assertArrayEquals(expected, actual);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(headerJson);
        assertEquals(1, json.get("formatVersion").intValue());
        assertEquals("witmotion", json.get("protocol").textValue());
        assertEquals("g", json.get("decoder").get("accelUnit").textValue());
        assertEquals("dps", json.get("decoder").get("gyroUnit").textValue());
        assertEquals(200.0, json.get("decoder").get("rateHz").doubleValue());
        assertEquals("WT901", json.get("sensor").get("model").textValue());
        assertEquals("2025-03-01T10:15:30.123+02:00", json.get("startedAt").textValue());
        assertEquals(60.5, json.get("loadKg").doubleValue());
        assertTrue(json.get("software").textValue().startsWith("rowcoach"));
    }

    @Test
    void samplesFromTheRecordingMatchDirectDecoding() {
        Path file = dir.resolve("direct.rcrec");
        byte[] raw = TestRecordings.sampleBytes(0, 100);
        try (RecordingWriter w = RecordingWriter.create(file, FULL_HEADER)) {
            for (int off = 0; off < raw.length; off += 37) {
                w.appendData(raw, off, Math.min(37, raw.length - off), off * 10L);
            }
        }
        Collector direct = new Collector();
        FixedRecordDecoder d = new FixedRecordDecoder(direct);
        d.feed(raw, 0, raw.length);
        d.finish();
        Collector viaRecording = new Collector();
        RecordingReader.read(file, viaRecording, viaRecording, (f, s, l) -> new FixedRecordDecoder(l));

        assertEquals(100, direct.samples.size());
        assertEquals(direct.samples, viaRecording.samples);
        assertEquals(new Sample(99 * 5000, (99 * 7 - 300) / 1000.0, 0, (9810 - 99) / 1000.0,
                Double.NaN, Double.NaN, Double.NaN), viaRecording.samples.get(99));
    }
}
