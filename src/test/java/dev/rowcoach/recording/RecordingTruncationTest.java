package dev.rowcoach.recording;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recording cut off at any byte reads back up to its last complete record, never throwing. */
class RecordingTruncationTest {

    @TempDir
    Path dir;

    /** A record's place in the file, found by walking the documented layout. */
    private record Span(int start, int end, int type, byte[] payload) {
    }

    private static List<Span> records(byte[] file) {
        List<Span> spans = new ArrayList<>();
        int at = 8;
        while (at < file.length) {
            int len = (file[at + 5] & 0xFF) | (file[at + 6] & 0xFF) << 8 | (file[at + 7] & 0xFF) << 16 | file[at + 8] << 24;
            int end = at + 13 + len + 4;
            spans.add(new Span(at, end, file[at + 4], Arrays.copyOfRange(file, at + 13, at + 13 + len)));
            at = end;
        }
        return spans;
    }

    private byte[] smallRecording() throws Exception {
        Path file = dir.resolve("small.rcrec");
        RecordingHeader header = RecordingHeader.start(WireFormat.ROWCOACH, DecoderSettings.DEFAULTS, null,
                "serial:/dev/ttyACM0", OffsetDateTime.of(2025, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC));
        try (RecordingWriter w = RecordingWriter.create(file, header)) {
            w.appendData(TestRecordings.sampleBytes(0, 2), 0, 16, 1_000);
            w.appendData(TestRecordings.sampleBytes(2, 1), 0, 8, 6_000);
            w.appendEvent(RecordingEvent.disconnected(7_000));
            w.appendData(TestRecordings.sampleBytes(3, 3), 0, 24, 9_000);
        }
        return Files.readAllBytes(file);
    }

    @Test
    void everyCutPointReadsBackTheCompleteRecordsAndReportsOneTruncation() throws Exception {
        byte[] full = smallRecording();
        List<Span> spans = records(full);
        assertEquals(List.of(1, 2, 2, 3, 2, 4), spans.stream().map(Span::type).toList());
        assertEquals(full.length, spans.get(spans.size() - 1).end());

        int checked = 0;
        for (int cut = 1; cut <= full.length; cut++) {
            byte[] prefix = Arrays.copyOf(full, cut);
            List<Sample> expectedSamples = new ArrayList<>();
            int expectedEvents = 0;
            boolean headerComplete = false;
            Span cutInside = null;
            for (Span s : spans) {
                if (s.end() <= cut) {
                    headerComplete |= s.type() == 1;
                    expectedEvents += s.type() == 3 ? 1 : 0;
                    for (int i = 8; s.type() == 2 && i < s.payload().length; i += 8) {
                        expectedSamples.add(FixedRecordDecoder.decode(s.payload(), i));
                    }
                } else if (s.start() < cut) {
                    cutInside = s;
                }
            }
            for (int chunk : new int[]{cut, 1}) {
                String where = "cut at " + cut + " of " + full.length + ", fed in chunks of " + chunk;
                Collector c = Collector.decode(prefix, chunk);

                assertEquals(expectedSamples, c.samples, where);
                assertEquals(expectedEvents, c.events.size(), where);
                assertEquals(headerComplete ? 1 : 0, c.headers.size(), where);
                if (cut == full.length) {
                    assertEquals(List.of(), c.malformed, where);
                    continue;
                }
                assertEquals(1, c.malformed.size(), where + ": " + c.malformed);
                Malformed m = c.malformed.get(0);
                assertTrue(m.reason().startsWith("truncated"), where + ": " + m);
                if (cut < 8) {
                    assertEquals(new Malformed(0, cut, m.reason()), m, where);
                } else if (cutInside != null) {
                    assertEquals(new Malformed(cutInside.start(), cut - cutInside.start(), m.reason()), m, where);
                } else {
                    assertEquals(new Malformed(cut, 0, m.reason()), m, where);
                }
            }
            checked++;
        }
        assertEquals(full.length, checked);
    }

    @Test
    void cutAtZeroBytesIsAnEmptyInputNotARecording() {
        RecordingException e = assertThrows(RecordingException.class, () -> Collector.decode(new byte[0], 1));
        assertEquals("not a rowcoach recording: the input is empty", e.getMessage());
    }
}
