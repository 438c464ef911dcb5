package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.sensor.Malformed;

import java.util.zip.CRC32C;

/**
 * Splits a rowcoach byte stream into frames and decodes them: COBS, CRC-32C, version, type, length and
 * fields. Push bytes in any chunking; each span between {@code 0x00} delimiters becomes one
 * {@link FrameListener#message} or one {@link FrameListener#malformed}, and decoding resumes after the
 * delimiter. Empty spans (repeated delimiters) are ignored. Memory is fixed: of a span longer than a
 * frame can be, only the length is kept, and it is reported as "too long" at its delimiter.
 * Never throws on bad bytes. Not thread-safe.
 */
public final class RowcoachFrameDecoder {

    private final FrameListener listener;
    private final byte[] span = new byte[RowcoachProtocol.MAX_ENCODED_BYTES];
    private final CRC32C crc = new CRC32C();
    private long position;
    private long spanStart;
    private long spanLength;
    private long messages;
    private long malformed;

    public RowcoachFrameDecoder(FrameListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is required");
        }
        this.listener = listener;
    }

    /** Decodes {@code len} bytes of {@code buf} from {@code off}. */
    public void feed(byte[] buf, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            // One scan to the next delimiter with nothing but a local index, then one copy of the run: a loop that
            // kept the span's fields up to date byte by byte cost most of a binary replay's decoding.
            int delimiter = i;
            while (delimiter < end && buf[delimiter] != RowcoachProtocol.DELIMITER) {
                delimiter++;
            }
            int run = delimiter - i;
            if (run > 0) {
                if (spanLength == 0) {
                    spanStart = position + (i - off);
                }
                if (spanLength < span.length) {
                    System.arraycopy(buf, i, span, (int) spanLength, (int) Math.min(run, span.length - spanLength));
                }
                spanLength += run;
            }
            if (delimiter == end) {
                break;
            }
            endSpan();
            i = delimiter + 1;
        }
        position += len;
    }

    /** End of input: a span without its delimiter is reported as "truncated frame". */
    public void finish() {
        if (spanLength > 0) {
            report(FrameError.TRUNCATED, spanStart, spanLength);
            spanLength = 0;
        }
    }

    /** Valid frames decoded so far. */
    public long messageCount() {
        return messages;
    }

    /** Malformed spans reported so far. */
    public long malformedCount() {
        return malformed;
    }

    /** Bytes fed so far. */
    public long position() {
        return position;
    }

    /** The fixed size of the span buffer, bytes (for tests of bounded memory). */
    int bufferCapacity() {
        return span.length;
    }

    private void endSpan() {
        long length = spanLength;
        spanLength = 0;
        if (length == 0) {
            return;
        }
        if (length > RowcoachProtocol.MAX_ENCODED_BYTES) {
            report(FrameError.TOO_LONG, spanStart, length);
            return;
        }
        int n = Cobs.decode(span, 0, (int) length, span, 0);
        ParseResult result;
        if (n < 0) {
            result = FrameError.BAD_COBS;
        } else if (n < RowcoachProtocol.MIN_FRAME_BYTES) {
            result = FrameError.TOO_SHORT;
        } else {
            int body = n - RowcoachProtocol.CRC_BYTES;
            crc.reset();
            crc.update(span, 0, body);
            result = (int) crc.getValue() != (int) LittleEndian.u32(span, body)
                    ? FrameError.CRC_MISMATCH : MessageParser.parse(span, body);
        }
        if (result instanceof FrameError e) {
            report(e, spanStart, length);
        } else {
            messages++;
            listener.message((RowcoachMessage) result, spanStart, (int) length);
        }
    }

    private void report(FrameError error, long start, long length) {
        malformed++;
        listener.malformed(new Malformed(start, length, error.phrase()));
    }
}
