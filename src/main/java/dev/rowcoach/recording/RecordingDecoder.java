package dev.rowcoach.recording;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import static dev.rowcoach.recording.RecordingFormat.HEADER_BYTES;
import static dev.rowcoach.recording.RecordingFormat.MAGIC;
import static dev.rowcoach.recording.RecordingFormat.OFFSET_BYTES;
import static dev.rowcoach.recording.RecordingFormat.TRAILER_BYTES;
import static dev.rowcoach.recording.RecordingFormat.TYPE_DATA;
import static dev.rowcoach.recording.RecordingFormat.TYPE_END;
import static dev.rowcoach.recording.RecordingFormat.TYPE_EVENT;
import static dev.rowcoach.recording.RecordingFormat.TYPE_HEADER;
import static dev.rowcoach.recording.RecordingFormat.readU64;

/**
 * Push decoder for a rowcoach recording (firmware-protocol/RECORDING.md): checks the signature, reads
 * the HEADER, creates the decoder for the recorded protocol with the header's settings, and feeds it the
 * sensor bytes of every DATA record, so samples reach the {@link StreamListener} exactly as if the
 * sensor were live. Header, events and raw chunks go to the {@link RecordingListener}; the header's
 * sensor description, when present, is also passed to {@link StreamListener#sensorInfo} first.
 *
 * <p>Damage is reported, never thrown: a record with a bad CRC, a bad header or an impossible length
 * (over {@value RecordingFormat#MAX_PAYLOAD_BYTES} bytes) becomes one {@link Malformed} with its offset
 * and length in the recording file, and decoding resumes at the next valid record. Input that ends inside
 * a record, or without the END record a clean close writes, yields everything complete before the cut
 * and one {@code Malformed} whose reason starts with "truncated". Malformed events from the inner
 * decoder are passed through unchanged: their offsets count bytes of the recorded sensor stream (the
 * DATA chunks concatenated), not of the file.
 *
 * <p>{@link RecordingException} is thrown (from {@code feed} or {@code finish}) only when the input is
 * not a readable recording at all: empty, a wrong or text-mangled signature, a first record that is not
 * a valid HEADER, a format version newer than this program, or a protocol it cannot decode. After that
 * every call throws the same exception. Not thread-safe.
 */
public final class RecordingDecoder implements Decoder {

    private enum State { SIGNATURE, HEADER, RECORDS, AFTER_END, FINISHED, FAILED }

    private final StreamListener listener;
    private final RecordingListener recordingListener;
    private final InnerDecoderFactory factory;
    private final byte[] signature = new byte[MAGIC.length];
    private int signatureBytes;
    private RecordFramer framer;
    private Decoder inner;
    private RecordingHeader header;
    private long hostOffsetUs = -1;
    private State state = State.SIGNATURE;
    private RecordingException failure;
    private boolean truncationReported;

    /** Decodes the recorded bytes with decoders made by {@code factory}. */
    public RecordingDecoder(StreamListener listener, RecordingListener recordingListener,
                            InnerDecoderFactory factory) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.recordingListener = Objects.requireNonNull(recordingListener, "recordingListener");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Confidence 0–100 that {@code head[0..len)} starts a recording: 100 for the full signature, 90 when
     * the first four bytes match (a short head, or a recording mangled by a text-mode transfer, which
     * decoding then reports clearly), else 0.
     */
    public static int probe(byte[] head, int len) {
        if (len >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return 100;
        }
        return len >= 4 && looksLikeSignature(head) ? 90 : 0;
    }

    /** The header once it has been decoded, else {@code null}. */
    public RecordingHeader header() {
        return header;
    }

    /**
     * Host time of the DATA record being decoded (during sample callbacks) or last decoded, µs since the
     * header's {@code startedAt}; -1 before the first.
     */
    public long hostOffsetUs() {
        return hostOffsetUs;
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        checkUsable();
        try {
            if (state == State.SIGNATURE) {
                int take = Math.min(MAGIC.length - signatureBytes, len);
                System.arraycopy(buf, off, signature, signatureBytes, take);
                signatureBytes += take;
                off += take;
                len -= take;
                if (signatureBytes < MAGIC.length) {
                    return;
                }
                if (!Arrays.equals(signature, MAGIC)) {
                    throw notARecording();
                }
                framer = new RecordFramer(MAGIC.length, true);
                state = State.HEADER;
            }
            while (len > 0) {
                int n = framer.append(buf, off, len);
                if (n == 0) {
                    throw new IllegalStateException("record buffer full without a complete record");
                }
                off += n;
                len -= n;
                drain();
            }
        } catch (RecordingException e) {
            fail(e);
        }
    }

    @Override
    public void finish() {
        if (state == State.FINISHED) {
            return;
        }
        checkUsable();
        try {
            if (state == State.SIGNATURE) {
                finishInSignature();
            } else {
                if (inner != null) {
                    inner.finish();
                }
                framer.endOfInput();
                drain();
                if (!truncationReported && state == State.HEADER) {
                    listener.malformed(new Malformed(MAGIC.length, 0, "truncated: input ends before the recording header"));
                } else if (!truncationReported && state == State.RECORDS) {
                    listener.malformed(new Malformed(framer.fileOffsetOfEnd(), 0,
                            "truncated: no end record, the recording was not closed (crash, or still being written)"));
                }
            }
            state = State.FINISHED;
            listener.end();
        } catch (RecordingException e) {
            fail(e);
        }
    }

    private void finishInSignature() {
        if (signatureBytes == 0) {
            throw new RecordingException("not a rowcoach recording: the input is empty");
        }
        if (!Arrays.equals(signature, 0, signatureBytes, MAGIC, 0, signatureBytes)) {
            throw notARecording();
        }
        listener.malformed(new Malformed(0, signatureBytes,
                "truncated inside the file signature (" + signatureBytes + " of " + MAGIC.length + " bytes)"));
    }

    private void drain() {
        while (true) {
            switch (framer.next()) {
                case NEED_MORE -> {
                    return;
                }
                case RECORD -> onRecord();
                case DAMAGED -> {
                    if (state == State.HEADER) {
                        throw new RecordingException("recording header is damaged (" + framer.damageReason()
                                + " at byte " + framer.damageOffset() + ")");
                    }
                    reportDamage();
                }
                case TRUNCATED -> {
                    reportDamage();
                    truncationReported = true;
                }
            }
        }
    }

    private void reportDamage() {
        listener.malformed(new Malformed(framer.damageOffset(), framer.damageLength(), framer.damageReason()));
    }

    private void onRecord() {
        int type = framer.type();
        byte[] b = framer.buffer();
        int p = framer.payloadOffset();
        int n = framer.payloadLength();
        if (state == State.HEADER) {
            onHeader(type, b, p, n);
            return;
        }
        if (state == State.AFTER_END) {
            recordMalformed(RecordingFormat.typeName(type) + " record after the end record");
            return;
        }
        switch (type) {
            case TYPE_DATA -> {
                long offsetUs = hostOffset(b, p, n);
                if (offsetUs >= 0) {
                    hostOffsetUs = offsetUs;
                    recordingListener.data(offsetUs, b, p + OFFSET_BYTES, n - OFFSET_BYTES);
                    inner.feed(b, p + OFFSET_BYTES, n - OFFSET_BYTES);
                }
            }
            case TYPE_EVENT -> {
                long offsetUs = hostOffset(b, p, n);
                if (offsetUs >= 0) {
                    try {
                        recordingListener.event(RecordingJson.parseEvent(offsetUs, b, p + OFFSET_BYTES, n - OFFSET_BYTES));
                    } catch (IllegalArgumentException e) {
                        recordMalformed("event record: " + e.getMessage());
                    }
                }
            }
            case TYPE_END -> state = State.AFTER_END;
            case TYPE_HEADER -> recordMalformed("second header record ignored");
            default -> {
                // A record type from a newer writer of the same major version: skipping it is the contract.
            }
        }
    }

    private void onHeader(int type, byte[] b, int p, int n) {
        if (type != TYPE_HEADER) {
            throw new RecordingException("recording has no header: its first record is a "
                    + RecordingFormat.typeName(type) + " record");
        }
        header = RecordingJson.parseHeader(b, p, n);
        try {
            inner = factory.create(header.protocol(), header.decoder(), new InnerEvents(listener));
        } catch (IllegalArgumentException e) {
            throw new RecordingException("cannot decode the recorded protocol '" + header.protocol().id()
                    + "': " + e.getMessage(), e);
        }
        state = State.RECORDS;
        recordingListener.header(header);
        if (header.sensor() != null) {
            listener.sensorInfo(header.sensor());
        }
    }

    /** The host offset that starts a DATA or EVENT payload, or -1 (reported) when it has none. */
    private long hostOffset(byte[] b, int p, int n) {
        if (n < OFFSET_BYTES) {
            recordMalformed(RecordingFormat.typeName(framer.type()) + " record too short for its host time");
            return -1;
        }
        long offsetUs = readU64(b, p);
        if (offsetUs < 0) {
            recordMalformed(RecordingFormat.typeName(framer.type()) + " record host time out of range");
            return -1;
        }
        return offsetUs;
    }

    private void recordMalformed(String reason) {
        long length = HEADER_BYTES + framer.payloadLength() + TRAILER_BYTES;
        listener.malformed(new Malformed(framer.recordFileOffset(), length, reason));
    }

    private RecordingException notARecording() {
        if (looksLikeSignature(signature)) {
            return new RecordingException("recording signature is damaged: the file was changed by a text-mode"
                    + " transfer (line endings or 8th bit); copy it again in binary mode");
        }
        return new RecordingException("not a rowcoach recording: it starts with " + describe(signature, signatureBytes));
    }

    /** The name bytes of the signature with a first byte as sent or with its 8th bit stripped. */
    private static boolean looksLikeSignature(byte[] head) {
        return (head[0] == MAGIC[0] || head[0] == (MAGIC[0] & 0x7F))
                && head[1] == MAGIC[1] && head[2] == MAGIC[2] && head[3] == MAGIC[3];
    }

    private static String describe(byte[] b, int n) {
        boolean text = true;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            text &= (c >= 0x20 && c < 0x7F) || c == '\r' || c == '\n' || c == '\t';
        }
        if (text) {
            String s = new String(b, 0, n, StandardCharsets.US_ASCII)
                    .replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
            return "text \"" + s + "\"";
        }
        StringBuilder hex = new StringBuilder("bytes");
        for (int i = 0; i < n; i++) {
            hex.append(String.format(" %02x", b[i] & 0xFF));
        }
        return hex.toString();
    }

    private void checkUsable() {
        if (state == State.FAILED) {
            throw failure;
        }
        if (state == State.FINISHED) {
            throw new IllegalStateException("decoder already finished");
        }
    }

    private void fail(RecordingException e) {
        state = State.FAILED;
        failure = e;
        throw e;
    }

    /**
     * The inner decoder's events, passed on as they come except its end of stream: the recording's own records
     * (a truncation, the end record) may still follow it, so the recording decoder ends the stream itself.
     */
    private record InnerEvents(StreamListener out) implements StreamListener {

        @Override
        public void sensorInfo(SensorInfo info) {
            out.sensorInfo(info);
        }

        @Override
        public void sample(Sample sample) {
            out.sample(sample);
        }

        @Override
        public void gap(Gap gap) {
            out.gap(gap);
        }

        @Override
        public void malformed(Malformed malformed) {
            out.malformed(malformed);
        }

        @Override
        public void status(DeviceStatus status) {
            out.status(status);
        }

        @Override
        public void notice(String message) {
            out.notice(message);
        }
    }
}
