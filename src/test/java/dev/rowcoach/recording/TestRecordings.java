package dev.rowcoach.recording;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Builds recording bytes by hand from the byte table in firmware-protocol/RECORDING.md, independently
 * of {@link RecordingWriter}, for files the writer would never produce (future versions, odd records).
 */
final class TestRecordings {

    static final byte[] MAGIC = {(byte) 0x89, 'R', 'C', 'R', '\r', '\n', 0x1A, '\n'};
    static final int HEADER = 1;
    static final int DATA = 2;
    static final int EVENT = 3;
    static final int END = 4;

    static final String MINIMAL_HEADER_JSON =
            "{\"formatVersion\":1,\"protocol\":\"rowcoach\",\"startedAt\":\"2025-03-01T10:00:00+01:00\"}";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    TestRecordings() {
        out.writeBytes(MAGIC);
    }

    TestRecordings header(String json) {
        return record(HEADER, json.getBytes(StandardCharsets.UTF_8));
    }

    TestRecordings data(long hostOffsetUs, byte[] bytes) {
        return record(DATA, withOffset(hostOffsetUs, bytes));
    }

    TestRecordings event(long hostOffsetUs, String json) {
        return record(EVENT, withOffset(hostOffsetUs, json.getBytes(StandardCharsets.UTF_8)));
    }

    TestRecordings end() {
        return record(END, new byte[0]);
    }

    TestRecordings record(int type, byte[] payload) {
        out.writeBytes(record(type, payload.length, payload));
        return this;
    }

    TestRecordings raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** A record whose length field says {@code claimedLength} (CRCs valid over what is written). */
    static byte[] record(int type, long claimedLength, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(13 + payload.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0xA5).put((byte) 'R').put((byte) 'E').put((byte) 'C');
        b.put((byte) type);
        b.putInt((int) claimedLength);
        b.putInt(crc(b.array(), 0, 9));
        b.put(payload);
        b.putInt(crc(b.array(), 0, 13 + payload.length));
        return b.array();
    }

    static byte[] withOffset(long hostOffsetUs, byte[] bytes) {
        return ByteBuffer.allocate(8 + bytes.length).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(hostOffsetUs).put(bytes).array();
    }

    static int crc(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    /** {@code count} fixed-decoder sample records with distinct, recognisable values. */
    static byte[] sampleBytes(int first, int count) {
        ByteBuffer b = ByteBuffer.allocate(count * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = first; i < first + count; i++) {
            b.putInt(i * 5000).putShort((short) (i * 7 - 300)).putShort((short) (9810 - i));
        }
        return b.array();
    }
}
