package dev.rowcoach.recording;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingWriterTest {

    @TempDir
    Path dir;

    private static final RecordingHeader HEADER = RecordingHeader.start(WireFormat.ROWCOACH, DecoderSettings.DEFAULTS,
            null, "serial:/dev/ttyACM0", OffsetDateTime.of(2025, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC));
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    /** Bytes a DATA record of {@code n} sensor bytes takes in the file. */
    private static int dataRecordBytes(int n) {
        return 13 + 8 + n + 4;
    }

    private static Collector readBack(Path file) {
        Collector c = new Collector();
        RecordingReader.read(file, c, c, (f, s, l) -> new FixedRecordDecoder(l));
        return c;
    }

    @Test
    void headerIsOnDiskAtOnceAndAppendsWithinTheWaitLimit() throws Exception {
        Path file = dir.resolve("clock.rcrec");
        AtomicLong now = new AtomicLong(1_000 * MS);
        byte[] sixteen = TestRecordings.sampleBytes(0, 2);
        try (RecordingWriter w = RecordingWriter.create(file, HEADER, now::get, null)) {
            long headerOnly = Files.size(file);
            assertEquals(HEADER, RecordingReader.readHeader(file));

            w.appendData(sixteen, 0, 16, 0);
            now.addAndGet(RecordingWriter.MAX_WAIT_MS * MS - 1);
            w.appendData(sixteen, 0, 16, 1);
            assertEquals(headerOnly, Files.size(file), "younger than the wait limit: still buffered");

            now.addAndGet(1);
            w.appendData(sixteen, 0, 16, 2);
            assertEquals(headerOnly + 3L * dataRecordBytes(16), Files.size(file), "oldest byte reached the limit");

            Collector c = readBack(file);
            assertEquals(List.of(0L, 1L, 2L), c.chunks.stream().map(Collector.Chunk::hostOffsetUs).toList());
            assertEquals(6, c.samples.size());
            assertEquals(1, c.truncatedCount(), "still open: no end record yet");
        }
        Collector closed = readBack(file);
        assertEquals(List.of(), closed.malformed);
    }

    @Test
    void backgroundTickWritesOutWithoutFurtherAppends() throws Exception {
        Path file = dir.resolve("tick.rcrec");
        try (RecordingWriter w = RecordingWriter.create(file, HEADER, () -> 0L, null)) {
            long headerOnly = Files.size(file);
            w.appendEvent(RecordingEvent.note(3, "warm-up"));
            w.appendData(new byte[5], 0, 5, 4);
            assertEquals(headerOnly, Files.size(file));

            w.tick();

            Collector c = readBack(file);
            assertEquals(List.of(RecordingEvent.note(3, "warm-up")), c.events);
            assertArrayEquals(new byte[5], c.dataBytes());
        }
    }

    @Test
    void realFlusherHandsBytesToTheSystemWithin150ms() throws Exception {
        Path file = dir.resolve("real.rcrec");
        byte[] chunk = TestRecordings.sampleBytes(0, 4);
        try (RecordingWriter w = RecordingWriter.create(file, HEADER)) {
            long expected = Files.size(file) + dataRecordBytes(chunk.length);
            long start = System.nanoTime();
            w.appendData(chunk, 0, chunk.length, 99);
            while (Files.size(file) < expected && System.nanoTime() - start < 150 * MS) {
                Thread.sleep(5);
            }
            assertEquals(expected, Files.size(file), "not written out within 150 ms");

            Collector c = readBack(file);
            assertArrayEquals(chunk, c.dataBytes());
            assertEquals(4, c.samples.size());
        }
    }

    @Test
    void concurrentFlushingNeverInterleavesRecords() throws Exception {
        Path file = dir.resolve("threads.rcrec");
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        Random rnd = new Random(8);
        AtomicBoolean done = new AtomicBoolean();
        int chunks = 20_000;
        try (RecordingWriter w = RecordingWriter.create(file, HEADER, System::nanoTime, null)) {
            Thread flusher = new Thread(() -> {
                while (!done.get()) {
                    w.tick();
                }
            });
            flusher.start();
            for (int i = 0; i < chunks; i++) {
                byte[] b = new byte[1 + rnd.nextInt(200)];
                rnd.nextBytes(b);
                w.appendData(b, 0, b.length, i);
                sent.writeBytes(b);
            }
            done.set(true);
            flusher.join();
        }
        Collector c = readBack(file);
        assertEquals(chunks, c.chunks.size());
        assertArrayEquals(sent.toByteArray(), c.dataBytes());
        assertEquals(sent.size() % 8 == 0 ? 0 : 1, c.malformed.size(), c.malformed.toString());
    }

    /** Accepts {@code limit} bytes, then fails every write like a full disk. */
    private static final class FullDisk extends OutputStream {
        final ByteArrayOutputStream accepted = new ByteArrayOutputStream();
        long limit;
        boolean closed;

        FullDisk(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (accepted.size() + len > limit) {
                throw new IOException("No space left on device");
            }
            accepted.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static RecordingWriter writerOn(FullDisk disk) {
        return new RecordingWriter(Path.of("disk.rcrec"), disk, RecordingWriter.headerJson(HEADER), () -> 0L, null);
    }

    @Test
    void ioFailureIsOneClearExceptionThrownOnce() {
        FullDisk disk = new FullDisk(1_000);
        RecordingWriter w = writerOn(disk);
        w.appendData(new byte[2_000], 0, 2_000, 0);

        RecordingException e = assertThrows(RecordingException.class, w::flush);
        assertEquals("cannot write recording disk.rcrec: No space left on device", e.getMessage());
        assertSame(e, assertThrows(RecordingException.class, () -> w.appendData(new byte[1], 0, 1, 1)));
        assertDoesNotThrow(w::close, "already reported to the owner");
        assertTrue(disk.closed);
    }

    @Test
    void failureInTheBackgroundIsThrownByTheNextCall() {
        FullDisk disk = new FullDisk(1_000);
        RecordingWriter w = writerOn(disk);
        w.appendData(new byte[2_000], 0, 2_000, 0);

        assertDoesNotThrow(w::tick);
        RecordingException e = assertThrows(RecordingException.class, () -> w.appendEvent(RecordingEvent.note(1, "x")));
        assertFalse(e.getMessage().contains("\n"));
        assertDoesNotThrow(w::close);
    }

    @Test
    void failureWhileClosingIsThrownByClose() {
        FullDisk disk = new FullDisk(Long.MAX_VALUE);
        RecordingWriter w = writerOn(disk);
        w.appendData(new byte[10], 0, 10, 0);
        disk.limit = disk.accepted.size();

        RecordingException e = assertThrows(RecordingException.class, w::close);
        assertEquals("cannot write recording disk.rcrec: No space left on device", e.getMessage());
        assertTrue(disk.closed);
        assertDoesNotThrow(w::close, "closing twice does nothing");
    }

    @Test
    void existingFileIsNeverOverwritten() throws Exception {
        Path file = Files.writeString(dir.resolve("keep.rcrec"), "precious");
        RecordingException e = assertThrows(RecordingException.class, () -> RecordingWriter.create(file, HEADER));
        assertEquals("cannot create recording " + file + ": it already exists", e.getMessage());
        assertEquals("precious", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void missingDirectoryIsAClearError() {
        Path file = dir.resolve("no/such/dir/x.rcrec");
        RecordingException e = assertThrows(RecordingException.class, () -> RecordingWriter.create(file, HEADER));
        assertEquals("cannot create recording " + file + ": no such file or directory", e.getMessage());
    }

    @Test
    void programmingErrorsAreRefusedAtOnce() throws Exception {
        Path file = dir.resolve("misuse.rcrec");
        RecordingWriter w = RecordingWriter.create(file, HEADER);
        assertThrows(IllegalArgumentException.class, () -> w.appendData(new byte[4], 0, 4, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> w.appendData(new byte[4], 2, 4, 0));
        w.close();
        assertThrows(IllegalStateException.class, () -> w.appendData(new byte[4], 0, 4, 0));
        assertThrows(IllegalStateException.class, () -> w.appendEvent(RecordingEvent.reconnected(0)));

        RecordingHeader future = new RecordingHeader(2, WireFormat.ROWCOACH, null, null, HEADER.startedAt(),
                null, null, null, null, null, null);
        Path other = dir.resolve("future.rcrec");
        assertThrows(IllegalArgumentException.class, () -> RecordingWriter.create(other, future));
        assertFalse(Files.exists(other));
    }
}
