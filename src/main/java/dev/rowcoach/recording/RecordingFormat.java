package dev.rowcoach.recording;

/**
 * Constants and byte helpers of the recording file layout (firmware-protocol/RECORDING.md).
 *
 * <p>A file is the 8-byte {@link #MAGIC} followed by records. Every record is
 * <pre>
 * offset size  field
 *  0      4    sync        A5 52 45 43 ("\xA5REC")
 *  4      1    type        1 HEADER, 2 DATA, 3 EVENT, 4 END
 *  5      4    length      payload bytes, u32 little-endian, at most MAX_PAYLOAD_BYTES
 *  9      4    headerCrc   CRC-32C of bytes 0..8, u32 little-endian
 * 13      n    payload
 * 13+n    4    crc         CRC-32C of bytes 0..13+n-1 (the whole record before it), u32 little-endian
 * </pre>
 * All integers are little-endian.
 */
final class RecordingFormat {

    /**
     * File signature, PNG-style: a high-bit byte (caught by 7-bit transfers), the name, CR LF (caught by
     * CRLF to LF conversion), Ctrl-Z (stops DOS {@code type}), LF (caught by LF to CRLF conversion).
     */
    static final byte[] MAGIC = {(byte) 0x89, 'R', 'C', 'R', '\r', '\n', 0x1A, '\n'};

    /** Marks the start of every record so a reader can resynchronise after damage. */
    static final byte[] SYNC = {(byte) 0xA5, 'R', 'E', 'C'};

    /** First record: UTF-8 JSON {@link RecordingHeader}. */
    static final int TYPE_HEADER = 1;
    /** u64 host offset µs, then sensor bytes exactly as received. */
    static final int TYPE_DATA = 2;
    /** u64 host offset µs, then UTF-8 JSON {@link RecordingEvent}. */
    static final int TYPE_EVENT = 3;
    /** Written by a clean close; payload empty (readers ignore any payload). */
    static final int TYPE_END = 4;

    /** Bytes before the payload: sync, type, length, header CRC. */
    static final int HEADER_BYTES = 13;
    /** Bytes after the payload: the record CRC. */
    static final int TRAILER_BYTES = 4;
    /** Largest payload a reader accepts, bytes, so a damaged length cannot make it allocate gigabytes. */
    static final int MAX_PAYLOAD_BYTES = 1 << 20;
    /** Largest record, bytes. */
    static final int MAX_RECORD_BYTES = HEADER_BYTES + MAX_PAYLOAD_BYTES + TRAILER_BYTES;
    /** Size of the host time offset that starts DATA and EVENT payloads, bytes. */
    static final int OFFSET_BYTES = 8;

    /** Recording format major version this code writes and reads. */
    static final int FORMAT_VERSION = 1;

    private RecordingFormat() {
    }

    static int readU32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    static long readU64(byte[] b, int at) {
        return (readU32(b, at) & 0xFFFF_FFFFL) | (long) readU32(b, at + 4) << 32;
    }

    static void writeU32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    static void writeU64(byte[] b, int at, long v) {
        writeU32(b, at, (int) v);
        writeU32(b, at + 4, (int) (v >>> 32));
    }

    /** Human name of a record type for messages. */
    static String typeName(int type) {
        return switch (type) {
            case TYPE_HEADER -> "header";
            case TYPE_DATA -> "data";
            case TYPE_EVENT -> "event";
            case TYPE_END -> "end";
            default -> "type-" + type;
        };
    }
}
