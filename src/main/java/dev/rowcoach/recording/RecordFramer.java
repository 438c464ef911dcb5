package dev.rowcoach.recording;

import java.util.zip.CRC32C;

import static dev.rowcoach.recording.RecordingFormat.HEADER_BYTES;
import static dev.rowcoach.recording.RecordingFormat.MAX_PAYLOAD_BYTES;
import static dev.rowcoach.recording.RecordingFormat.MAX_RECORD_BYTES;
import static dev.rowcoach.recording.RecordingFormat.SYNC;
import static dev.rowcoach.recording.RecordingFormat.TRAILER_BYTES;
import static dev.rowcoach.recording.RecordingFormat.readU32;

/**
 * Splits the bytes after the file signature into records, checking both CRCs, and resynchronises after
 * damage by scanning for the next record whose sync and header CRC are valid.
 *
 * <p>Pull-style: {@link #append} bytes, then call {@link #next} until it returns {@link Step#NEED_MORE}.
 * Memory is bounded: the buffer holds at most one record of {@link RecordingFormat#MAX_RECORD_BYTES}
 * plus what is appended at once, never a whole file.
 */
final class RecordFramer {

    /** What {@link #next} found. */
    enum Step {
        /** A complete record with both CRCs valid: see {@link #type()}, {@link #payloadOffset()}... */
        RECORD,
        /** Bytes that are not a valid record were skipped: see the damage accessors. */
        DAMAGED,
        /** Input ended inside a record: see the damage accessors; nothing more will follow. */
        TRUNCATED,
        /** Nothing more can be decided until more bytes arrive (or input has ended). */
        NEED_MORE
    }

    private static final int INITIAL_CAPACITY = 64 * 1024;

    private final CRC32C crc = new CRC32C();
    private final boolean strictFirst;
    private byte[] buf = new byte[INITIAL_CAPACITY];
    private int pos;
    private int end;
    /** File offset of {@code buf[0]}. */
    private long bufFileOffset;
    private boolean endOfInput;
    private boolean anyRecord;

    /** File offset where a run of unusable bytes began, or -1; reported when the run ends. */
    private long garbageStart = -1;
    private String garbageReason;

    private int type;
    private int payloadOffset;
    private int payloadLength;
    private long recordFileOffset;
    private long damageOffset;
    private long damageLength;
    private String damageReason;

    /**
     * @param fileOffset  file offset of the first byte that will be appended
     * @param strictFirst when true, the first record must start exactly at {@code fileOffset}: if it is
     *                    not valid, {@link #next} reports DAMAGED at once instead of scanning for the next
     */
    RecordFramer(long fileOffset, boolean strictFirst) {
        this.bufFileOffset = fileOffset;
        this.strictFirst = strictFirst;
    }

    /**
     * Copies as many of {@code b[off..off+len)} as fit and returns how many. Call {@link #next} until
     * NEED_MORE before appending again; the buffer grows when a record needs it, up to one maximal record.
     */
    int append(byte[] b, int off, int len) {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            bufFileOffset += pos;
            pos = 0;
        }
        if (end == buf.length && buf.length < MAX_RECORD_BYTES) {
            byte[] bigger = new byte[Math.min(buf.length * 2, Integer.highestOneBit(MAX_RECORD_BYTES) * 2)];
            System.arraycopy(buf, 0, bigger, 0, end);
            buf = bigger;
        }
        int n = Math.min(len, buf.length - end);
        System.arraycopy(b, off, buf, end, n);
        end += n;
        return n;
    }

    /** No more bytes will come: {@link #next} now reports trailing bytes instead of waiting for more. */
    void endOfInput() {
        endOfInput = true;
    }

    /** File offset just past the last byte appended. */
    long fileOffsetOfEnd() {
        return bufFileOffset + end;
    }

    Step next() {
        while (true) {
            int avail = end - pos;
            if (avail == 0) {
                return endOfInput && garbageStart >= 0 ? reportGarbage() : Step.NEED_MORE;
            }
            String invalid = checkStart(avail);
            if (invalid != null) {
                if (strictFirst && !anyRecord) {
                    return damaged(bufFileOffset + pos, avail, invalid);
                }
                if (garbageStart < 0) {
                    garbageStart = bufFileOffset + pos;
                    garbageReason = invalid;
                }
                pos = nextSyncCandidate(pos + 1);
                continue;
            }
            long total = avail >= HEADER_BYTES ? recordBytes(pos) : Long.MAX_VALUE;
            if (avail < total) {
                if (!endOfInput) {
                    return Step.NEED_MORE;
                }
                if (garbageStart >= 0) {
                    return reportGarbage();
                }
                long at = bufFileOffset + pos;
                pos = end;
                damageOffset = at;
                damageLength = avail;
                damageReason = total == Long.MAX_VALUE
                        ? "truncated record: input ends after " + avail + " of its " + HEADER_BYTES + " header bytes"
                        : "truncated record: input ends after " + avail + " of its " + total + " bytes";
                return Step.TRUNCATED;
            }
            if (garbageStart >= 0) {
                return reportGarbage();
            }
            int n = (int) total;
            anyRecord = true;
            crc.reset();
            crc.update(buf, pos, n - TRAILER_BYTES);
            if ((int) crc.getValue() != readU32(buf, pos + n - TRAILER_BYTES)) {
                long at = bufFileOffset + pos;
                int recordType = buf[pos + 4] & 0xFF;
                pos += n;
                return damaged(at, n, RecordingFormat.typeName(recordType) + " record CRC mismatch");
            }
            type = buf[pos + 4] & 0xFF;
            payloadOffset = pos + HEADER_BYTES;
            payloadLength = n - HEADER_BYTES - TRAILER_BYTES;
            recordFileOffset = bufFileOffset + pos;
            pos += n;
            return Step.RECORD;
        }
    }

    /**
     * Whether a record can start at {@code pos}: null when it can (or might, once more bytes arrive),
     * else the reason it cannot.
     */
    private String checkStart(int avail) {
        for (int i = 0; i < SYNC.length && i < avail; i++) {
            if (buf[pos + i] != SYNC[i]) {
                return "no record marker";
            }
        }
        if (avail < HEADER_BYTES) {
            return null;
        }
        crc.reset();
        crc.update(buf, pos, HEADER_BYTES - 4);
        if ((int) crc.getValue() != readU32(buf, pos + HEADER_BYTES - 4)) {
            return "record header CRC mismatch";
        }
        long length = readU32(buf, pos + 5) & 0xFFFF_FFFFL;
        if (length > MAX_PAYLOAD_BYTES) {
            return "record claims " + length + " payload bytes, limit " + MAX_PAYLOAD_BYTES;
        }
        return null;
    }

    private long recordBytes(int at) {
        return HEADER_BYTES + (readU32(buf, at + 5) & 0xFFFF_FFFFL) + TRAILER_BYTES;
    }

    /** Index of the next byte from {@code from} that could begin a sync marker, else {@code end}. */
    private int nextSyncCandidate(int from) {
        int i = from;
        while (i < end && buf[i] != SYNC[0]) {
            i++;
        }
        return i;
    }

    private Step reportGarbage() {
        long at = garbageStart;
        String reason = garbageReason;
        garbageStart = -1;
        garbageReason = null;
        long length = bufFileOffset + pos - at;
        return damaged(at, length, length + " bytes skipped: " + reason);
    }

    private Step damaged(long offset, long length, String reason) {
        damageOffset = offset;
        damageLength = length;
        damageReason = reason;
        return Step.DAMAGED;
    }

    int type() {
        return type;
    }

    /** The buffer holding the last RECORD's payload; valid until the next {@link #append}. */
    byte[] buffer() {
        return buf;
    }

    int payloadOffset() {
        return payloadOffset;
    }

    int payloadLength() {
        return payloadLength;
    }

    long recordFileOffset() {
        return recordFileOffset;
    }

    long damageOffset() {
        return damageOffset;
    }

    long damageLength() {
        return damageLength;
    }

    String damageReason() {
        return damageReason;
    }
}
