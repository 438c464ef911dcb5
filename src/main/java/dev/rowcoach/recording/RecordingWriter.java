package dev.rowcoach.recording;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;

import static dev.rowcoach.recording.RecordingFormat.HEADER_BYTES;
import static dev.rowcoach.recording.RecordingFormat.MAGIC;
import static dev.rowcoach.recording.RecordingFormat.MAX_PAYLOAD_BYTES;
import static dev.rowcoach.recording.RecordingFormat.OFFSET_BYTES;
import static dev.rowcoach.recording.RecordingFormat.SYNC;
import static dev.rowcoach.recording.RecordingFormat.TRAILER_BYTES;
import static dev.rowcoach.recording.RecordingFormat.TYPE_DATA;
import static dev.rowcoach.recording.RecordingFormat.TYPE_END;
import static dev.rowcoach.recording.RecordingFormat.TYPE_EVENT;
import static dev.rowcoach.recording.RecordingFormat.TYPE_HEADER;
import static dev.rowcoach.recording.RecordingFormat.writeU32;
import static dev.rowcoach.recording.RecordingFormat.writeU64;

/**
 * Writes a recording (firmware-protocol/RECORDING.md): the signature and header at once, then DATA and
 * EVENT records as they are appended, and an END record on {@link #close}. Append-only; never
 * overwrites an existing file.
 *
 * <p>Durability: every appended byte is handed to the operating system within 100 ms even if nothing
 * more is appended. Appends go to a 64 KiB buffer; a shared daemon thread writes a non-empty buffer out
 * every {@value #TICK_MS} ms, and an append itself writes it out when its oldest byte has waited
 * {@value #MAX_WAIT_MS} ms (in case that thread is starved). {@link #close} also forces the file to the
 * device. A process killed without {@code close} leaves a file without END, which readers report as
 * truncated but read completely up to its last whole record.
 *
 * <p>Thread-safe: appends, the flusher and {@code close} may run on different threads. Data content is
 * never refused (chunks over {@value RecordingFormat#MAX_PAYLOAD_BYTES} bytes are split into several DATA
 * records); I/O failures throw {@link RecordingException}, once, and leave the writer failed: later
 * appends throw it again.
 */
public final class RecordingWriter implements AutoCloseable {

    /** Period of the background flush, ms. */
    static final long TICK_MS = 25;
    /** Age of the oldest buffered byte at which an append writes the buffer out itself, ms. */
    static final long MAX_WAIT_MS = 50;
    /** Largest sensor chunk in one DATA record, bytes. */
    static final int MAX_DATA_CHUNK_BYTES = MAX_PAYLOAD_BYTES - OFFSET_BYTES;
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final byte[] NO_BYTES = new byte[0];

    private final Path file;
    private final OutputStream out;
    private final LongSupplier nanoClock;
    private final Object lock = new Object();
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private final byte[] head = new byte[HEADER_BYTES + OFFSET_BYTES];
    private final byte[] trailer = new byte[TRAILER_BYTES];
    private final CRC32C crc = new CRC32C();
    private final ScheduledFuture<?> ticker;
    private int used;
    private long nowNanos;
    private long oldestBufferedNanos;
    private boolean closed;
    private RecordingException failure;
    private boolean failureThrown;

    /**
     * Creates {@code file} and writes the signature and header to it.
     *
     * @throws RecordingException       when the file exists already or cannot be created or written
     * @throws IllegalArgumentException when the header's format version is not the one this program
     *                                  writes, or its JSON exceeds the record limit
     */
    public static RecordingWriter create(Path file, RecordingHeader header) {
        return create(file, header, System::nanoTime, FlushScheduler.shared());
    }

    /** As {@link #create(Path, RecordingHeader)} with a given clock and flusher ({@code null}: none). */
    static RecordingWriter create(Path file, RecordingHeader header, LongSupplier nanoClock,
                                  ScheduledExecutorService flusher) {
        byte[] json = headerJson(header);
        OutputStream out;
        try {
            Files.createFile(file);
            // A FileOutputStream rather than a FileChannel: an interrupted writer thread must not close
            // the file (FileChannel is interruptible) before the END record is written.
            out = new FileOutputStream(file.toFile());
        } catch (IOException e) {
            throw new RecordingException("cannot create recording " + file + ": " + RecordingException.describe(e), e);
        }
        try {
            return new RecordingWriter(file, out, json, nanoClock, flusher);
        } catch (RecordingException e) {
            abandon(file, out);
            throw e;
        }
    }

    /** Removes a file this writer created but could not even write the header to. */
    private static void abandon(Path file, OutputStream out) {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The header failure is what the user needs to hear about; this one adds nothing.
        }
    }

    /** Writes the signature and header to {@code out} and starts flushing; for tests of I/O failure. */
    RecordingWriter(Path file, OutputStream out, byte[] headerJson, LongSupplier nanoClock,
                    ScheduledExecutorService flusher) {
        this.file = Objects.requireNonNull(file, "file");
        this.out = Objects.requireNonNull(out, "out");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        synchronized (lock) {
            nowNanos = nanoClock.getAsLong();
            put(MAGIC, 0, MAGIC.length);
            writeRecord(TYPE_HEADER, -1, headerJson, 0, headerJson.length);
            flushBuffer();
        }
        ticker = flusher == null ? null
                : flusher.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    static byte[] headerJson(RecordingHeader header) {
        if (header.formatVersion() != RecordingFormat.FORMAT_VERSION) {
            throw new IllegalArgumentException("this program writes recording format version "
                    + RecordingFormat.FORMAT_VERSION + ", not " + header.formatVersion());
        }
        byte[] json = RecordingJson.headerBytes(header);
        if (json.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("recording header is " + json.length + " bytes, limit " + MAX_PAYLOAD_BYTES);
        }
        return json;
    }

    /** The file being written. */
    public Path file() {
        return file;
    }

    /**
     * Appends sensor bytes exactly as received.
     *
     * @param hostOffsetUs host time the bytes arrived, µs since the header's {@code startedAt}, from a
     *                     monotonic clock (≥ 0); an empty chunk writes nothing
     * @throws RecordingException       on an I/O failure now or earlier
     * @throws IllegalStateException    after {@link #close}
     * @throws IllegalArgumentException when {@code hostOffsetUs} is negative
     */
    public void appendData(byte[] buf, int off, int len, long hostOffsetUs) {
        Objects.checkFromIndexSize(off, len, buf.length);
        requireOffset(hostOffsetUs);
        synchronized (lock) {
            ensureWritable();
            try {
                nowNanos = nanoClock.getAsLong();
                while (len > 0) {
                    int n = Math.min(len, MAX_DATA_CHUNK_BYTES);
                    writeRecord(TYPE_DATA, hostOffsetUs, buf, off, n);
                    off += n;
                    len -= n;
                }
                flushIfWaitedTooLong();
            } catch (RecordingException e) {
                failureThrown = true;
                throw e;
            }
        }
    }

    /**
     * Appends an event.
     *
     * @throws RecordingException       on an I/O failure now or earlier
     * @throws IllegalStateException    after {@link #close}
     * @throws IllegalArgumentException when the event's JSON exceeds the record limit
     */
    public void appendEvent(RecordingEvent event) {
        byte[] json = RecordingJson.eventBytes(event);
        if (json.length > MAX_PAYLOAD_BYTES - OFFSET_BYTES) {
            throw new IllegalArgumentException("event is " + json.length + " bytes, limit " + (MAX_PAYLOAD_BYTES - OFFSET_BYTES));
        }
        synchronized (lock) {
            ensureWritable();
            try {
                nowNanos = nanoClock.getAsLong();
                writeRecord(TYPE_EVENT, event.hostOffsetUs(), json, 0, json.length);
                flushIfWaitedTooLong();
            } catch (RecordingException e) {
                failureThrown = true;
                throw e;
            }
        }
    }

    /**
     * Hands everything appended so far to the operating system now.
     *
     * @throws RecordingException    on an I/O failure now or earlier
     * @throws IllegalStateException after {@link #close}
     */
    public void flush() {
        synchronized (lock) {
            ensureWritable();
            try {
                flushBuffer();
            } catch (RecordingException e) {
                failureThrown = true;
                throw e;
            }
        }
    }

    /**
     * Writes the END record, forces the file to the device and closes it. Does nothing when already
     * closed.
     *
     * @throws RecordingException on an I/O failure that no earlier call has thrown
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (ticker != null) {
                ticker.cancel(false);
            }
            try {
                if (failure == null) {
                    writeRecord(TYPE_END, -1, NO_BYTES, 0, 0);
                    flushBuffer();
                    if (out instanceof FileOutputStream f) {
                        f.getFD().sync();
                    }
                }
            } catch (RecordingException ignored) {
                // Already stored in failure, thrown below.
            } catch (IOException e) {
                failure = new RecordingException("cannot write recording " + file + ": " + RecordingException.describe(e), e);
            } finally {
                try {
                    out.close();
                } catch (IOException e) {
                    if (failure == null) {
                        failure = new RecordingException("cannot close recording " + file + ": " + RecordingException.describe(e), e);
                    }
                }
            }
            if (failure != null && !failureThrown) {
                failureThrown = true;
                throw failure;
            }
        }
    }

    /** The background flush: writes out a non-empty buffer. Failures are kept for the next call. */
    void tick() {
        synchronized (lock) {
            if (closed || failure != null || used == 0) {
                return;
            }
            try {
                flushBuffer();
            } catch (RecordingException ignored) {
                // Stored in failure; the next append, flush or close throws it to the writer's owner.
            }
        }
    }

    private void writeRecord(int type, long hostOffsetUs, byte[] payload, int off, int len) {
        int prefix = hostOffsetUs >= 0 ? OFFSET_BYTES : 0;
        System.arraycopy(SYNC, 0, head, 0, SYNC.length);
        head[4] = (byte) type;
        writeU32(head, 5, prefix + len);
        crc.reset();
        crc.update(head, 0, HEADER_BYTES - 4);
        writeU32(head, HEADER_BYTES - 4, (int) crc.getValue());
        if (prefix > 0) {
            writeU64(head, HEADER_BYTES, hostOffsetUs);
        }
        crc.reset();
        crc.update(head, 0, HEADER_BYTES + prefix);
        crc.update(payload, off, len);
        writeU32(trailer, 0, (int) crc.getValue());
        put(head, 0, HEADER_BYTES + prefix);
        put(payload, off, len);
        put(trailer, 0, TRAILER_BYTES);
    }

    private void put(byte[] b, int off, int len) {
        if (len > buffer.length - used) {
            flushBuffer();
            if (len >= buffer.length) {
                writeOut(b, off, len);
                return;
            }
        }
        if (used == 0) {
            oldestBufferedNanos = nowNanos;
        }
        System.arraycopy(b, off, buffer, used, len);
        used += len;
    }

    private void flushIfWaitedTooLong() {
        if (used > 0 && nowNanos - oldestBufferedNanos >= TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS)) {
            flushBuffer();
        }
    }

    private void flushBuffer() {
        if (used > 0) {
            writeOut(buffer, 0, used);
            used = 0;
        }
    }

    private void writeOut(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = new RecordingException("cannot write recording " + file + ": " + RecordingException.describe(e), e);
            throw failure;
        }
    }

    private void ensureWritable() {
        if (closed) {
            throw new IllegalStateException("recording " + file + " is closed");
        }
        if (failure != null) {
            failureThrown = true;
            throw failure;
        }
    }

    private static void requireOffset(long hostOffsetUs) {
        if (hostOffsetUs < 0) {
            throw new IllegalArgumentException("hostOffsetUs must not be negative, got " + hostOffsetUs);
        }
    }
}
