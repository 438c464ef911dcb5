package dev.rowcoach.recording;

import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged records are reported with their file offsets and skipped; decoding resumes after them. */
class RecordingDamageTest {

    private static final int RECORDS = 5;

    /** Header, five DATA records of 3 samples each with an EVENT after the second, END. */
    private static TestRecordings fiveDataRecords(List<int[]> spans) {
        TestRecordings r = new TestRecordings().header(TestRecordings.MINIMAL_HEADER_JSON);
        for (int i = 0; i < RECORDS; i++) {
            int start = r.size();
            r.data(1000L * i, TestRecordings.sampleBytes(3 * i, 3));
            spans.add(new int[]{start, r.size()});
            if (i == 1) {
                r.event(1500, "{\"type\":\"note\",\"text\":\"x\"}");
            }
        }
        return r.end();
    }

    private static List<Sample> samplesExceptRecord(int skipped) {
        List<Sample> expected = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            if (i != skipped) {
                byte[] b = TestRecordings.sampleBytes(3 * i, 3);
                for (int k = 0; k < 3; k++) {
                    expected.add(FixedRecordDecoder.decode(b, 8 * k));
                }
            }
        }
        return expected;
    }

    @Test
    void anyFlippedByteInADataRecordLosesOnlyThatRecord() {
        List<int[]> spans = new ArrayList<>();
        byte[] clean = fiveDataRecords(spans).bytes();
        assertEquals(samplesExceptRecord(-1), Collector.decode(clean, clean.length).samples);

        int cases = 0;
        for (int r = 0; r < RECORDS; r++) {
            int start = spans.get(r)[0];
            int end = spans.get(r)[1];
            for (int at = start; at < end; at++) {
                for (int mask : new int[]{0x01, 0x80, 0xFF}) {
                    byte[] damaged = clean.clone();
                    damaged[at] ^= (byte) mask;
                    String where = "record " + r + ", byte " + at + " ^ " + mask;

                    Collector c = Collector.decode(damaged, 29);

                    assertEquals(1, c.malformed.size(), where + ": " + c.malformed);
                    Malformed m = c.malformed.get(0);
                    assertEquals(start, m.byteOffset(), where + ": " + m);
                    assertEquals(end - start, m.length(), where + ": " + m);
                    assertEquals(samplesExceptRecord(r), c.samples, where);
                    assertEquals(1, c.events.size(), where);
                    assertEquals(1, c.headers.size(), where);
                    cases++;
                }
            }
        }
        assertEquals(3 * (spans.get(RECORDS - 1)[1] - spans.get(0)[0] - eventRecordBytes()), cases);
    }

    private static int eventRecordBytes() {
        return 13 + 8 + "{\"type\":\"note\",\"text\":\"x\"}".length() + 4;
    }

    @Test
    void payloadDamageIsNamedAsACrcMismatch() {
        List<int[]> spans = new ArrayList<>();
        byte[] b = fiveDataRecords(spans).bytes();
        b[spans.get(2)[0] + 20] ^= 0x10;

        Collector c = Collector.decode(b, b.length);

        assertEquals(List.of(new Malformed(spans.get(2)[0], spans.get(2)[1] - spans.get(2)[0], "data record CRC mismatch")),
                c.malformed);
    }

    @Test
    void recordClaimingTwoGibibytesIsMalformedNotAnAllocation() {
        for (long claimed : new long[]{0x8000_0000L, 0xFFFF_FFFFL, (1 << 20) + 1}) {
            TestRecordings r = new TestRecordings().header(TestRecordings.MINIMAL_HEADER_JSON)
                    .data(0, TestRecordings.sampleBytes(0, 2));
            int evilStart = r.size();
            byte[] evil = TestRecordings.record(TestRecordings.DATA, claimed, TestRecordings.withOffset(5, TestRecordings.sampleBytes(50, 4)));
            r.raw(evil).data(10, TestRecordings.sampleBytes(2, 2)).end();
            byte[] b = r.bytes();

            Collector c = Collector.decode(b, 4096);

            assertEquals(List.of(new Malformed(evilStart, evil.length,
                    evil.length + " bytes skipped: record claims " + claimed + " payload bytes, limit 1048576")), c.malformed);
            assertEquals(samplesOf(0, 4), c.samples, "records on both sides still decode");
        }
    }

    @Test
    void recordOfExactlyTheLimitIsAccepted() {
        byte[] payload = new byte[1 << 20];
        new Random(9).nextBytes(payload);
        System.arraycopy(TestRecordings.withOffset(0, new byte[0]), 0, payload, 0, 8);
        byte[] b = new TestRecordings().header(TestRecordings.MINIMAL_HEADER_JSON)
                .record(TestRecordings.DATA, payload).end().bytes();

        Collector c = Collector.decode(b, 65536);

        assertEquals(List.of(), c.malformed);
        assertEquals((payload.length - 8) / 8, c.samples.size());
        assertArrayEquals(Arrays.copyOfRange(payload, 8, payload.length), c.dataBytes());
    }

    @Test
    void garbageBetweenRecordsIsSkippedAsOneRun() {
        byte[] junk = new byte[37];
        Random rnd = new Random(4);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (rnd.nextInt(0xA5));
        }
        junk[20] = (byte) 0xA5; // a lone sync byte must not fool the scan
        TestRecordings r = new TestRecordings().header(TestRecordings.MINIMAL_HEADER_JSON)
                .data(0, TestRecordings.sampleBytes(0, 1));
        int junkStart = r.size();
        byte[] b = r.raw(junk).data(1, TestRecordings.sampleBytes(1, 1)).end().bytes();

        Collector c = Collector.decode(b, 5);

        assertEquals(List.of(new Malformed(junkStart, 37, "37 bytes skipped: no record marker")), c.malformed);
        assertEquals(samplesOf(0, 2), c.samples);
    }

    @Test
    void recordsAfterTheEndRecordAreReportedNotDecoded() {
        TestRecordings r = new TestRecordings().header(TestRecordings.MINIMAL_HEADER_JSON)
                .data(0, TestRecordings.sampleBytes(0, 1)).end();
        int afterEnd = r.size();
        byte[] b = r.data(1, TestRecordings.sampleBytes(1, 1)).bytes();

        Collector c = Collector.decode(b, b.length);

        assertEquals(List.of(new Malformed(afterEnd, b.length - afterEnd, "data record after the end record")), c.malformed);
        assertEquals(samplesOf(0, 1), c.samples);
    }

    @Test
    void validRecordsWithBadContentAreReportedAndSkipped() {
        TestRecordings r = new TestRecordings().header(TestRecordings.MINIMAL_HEADER_JSON);
        int shortData = r.size();
        r.record(TestRecordings.DATA, new byte[]{1, 2, 3});
        int badEvent = r.size();
        r.event(5, "{not json");
        int secondHeader = r.size();
        r.header(TestRecordings.MINIMAL_HEADER_JSON);
        int negative = r.size();
        r.data(-1, TestRecordings.sampleBytes(9, 1));
        r.data(7, TestRecordings.sampleBytes(0, 1)).end();
        byte[] b = r.bytes();

        Collector c = Collector.decode(b, b.length);

        assertEquals(List.of(shortData, badEvent, secondHeader, negative),
                c.malformed.stream().map(m -> (int) m.byteOffset()).toList(), c.malformed.toString());
        assertEquals(List.of("data record too short for its host time", "event record: event is not valid JSON",
                        "second header record ignored", "data record host time out of range"),
                c.malformed.stream().map(Malformed::reason).toList());
        assertEquals(samplesOf(0, 1), c.samples);
        assertEquals(1, c.headers.size());
    }

    @Test
    void damagedEndRecordReportsTheDamageAndTheMissingEnd() {
        TestRecordings r = new TestRecordings().header(TestRecordings.MINIMAL_HEADER_JSON)
                .data(0, TestRecordings.sampleBytes(0, 2));
        int endStart = r.size();
        byte[] b = r.end().bytes();
        b[b.length - 1] ^= 1;

        Collector c = Collector.decode(b, b.length);

        assertEquals(2, c.malformed.size(), c.malformed.toString());
        assertEquals(new Malformed(endStart, 17, "end record CRC mismatch"), c.malformed.get(0));
        assertTrue(c.malformed.get(1).reason().startsWith("truncated: no end record"));
        assertEquals(samplesOf(0, 2), c.samples);
    }

    private static List<Sample> samplesOf(int first, int count) {
        byte[] b = TestRecordings.sampleBytes(first, count);
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(FixedRecordDecoder.decode(b, 8 * i));
        }
        return out;
    }
}
