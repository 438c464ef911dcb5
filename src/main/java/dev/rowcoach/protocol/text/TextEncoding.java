package dev.rowcoach.protocol.text;

/**
 * Brings text in whatever encoding a logger wrote to UTF-8 for the line decoders, streaming, in any
 * chunking, with one reused buffer. UTF-16 is recognised by its byte-order mark ({@code FF FE} little-endian,
 * {@code FE FF} big-endian; as Windows tools write it) or, without one, by a first character that is ASCII
 * with a zero byte beside it; the mark is dropped. Anything else passes through unchanged (a UTF-8
 * byte-order mark is the line decoders' to skip). An unpaired surrogate becomes U+FFFD, and so does an odd
 * last byte.
 *
 * <p>Byte offsets the line decoders report for UTF-16 input count bytes of the text as converted to UTF-8.
 */
final class TextEncoding {

    /** Receives the converted bytes. */
    interface Sink {
        void feed(byte[] buf, int off, int len);
    }

    private enum Mode { UNDECIDED, PASS, UTF16LE, UTF16BE }

    /** Input bytes converted per round; the output buffer holds their worst case (3 UTF-8 bytes per 2). */
    private static final int SLICE = 4096;

    private final Sink sink;
    private final byte[] out = new byte[SLICE / 2 * 3 + 4];
    private Mode mode = Mode.UNDECIDED;
    /** The first byte of the stream while the second is awaited, or of a code unit split across feeds. */
    private int pendingByte = -1;
    /** A high surrogate waiting for its low half, or -1. */
    private int highSurrogate = -1;

    TextEncoding(Sink sink) {
        this.sink = sink;
    }

    /** The name of the encoding {@code head} starts in: "UTF-16LE", "UTF-16BE", or null for bytes passed through. */
    static String utf16(byte[] head, int len) {
        if (len < 2) {
            return null;
        }
        int b0 = head[0] & 0xFF, b1 = head[1] & 0xFF;
        if (b0 == 0xFF && b1 == 0xFE || b1 == 0 && b0 >= 0x20 && b0 < 0x7F) {
            return "UTF-16LE";
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 >= 0x20 && b1 < 0x7F) {
            return "UTF-16BE";
        }
        return null;
    }

    /** {@code head[0..len)} as UTF-8 (a copy when converted), for probes that look at a stream's start. */
    static byte[] toUtf8(byte[] head, int len) {
        if (utf16(head, len) == null) {
            return head;
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(len);
        TextEncoding e = new TextEncoding(b::write);
        e.feed(head, 0, len);
        return b.toByteArray();
    }

    /** The encoding converted from, e.g. "UTF-16LE", or null while undecided or for bytes passed through. */
    String converted() {
        return mode == Mode.UTF16LE ? "UTF-16LE" : mode == Mode.UTF16BE ? "UTF-16BE" : null;
    }

    void feed(byte[] buf, int off, int len) {
        if (mode == Mode.UNDECIDED) {
            if (len == 0) {
                return;
            }
            if (pendingByte < 0) {
                pendingByte = buf[off] & 0xFF;
                off++;
                len--;
                if (len == 0) {
                    return;
                }
            }
            byte[] two = {(byte) pendingByte, buf[off]};
            String utf16 = utf16(two, 2);
            mode = utf16 == null ? Mode.PASS : utf16.equals("UTF-16LE") ? Mode.UTF16LE : Mode.UTF16BE;
            if (mode == Mode.PASS) {
                sink.feed(two, 0, 1);
                pendingByte = -1;
            } else if ((two[0] & 0xFF) + (two[1] & 0xFF) == 0xFF + 0xFE) {
                pendingByte = -1; // the byte-order mark
                off++;
                len--;
            }
        }
        if (mode == Mode.PASS) {
            sink.feed(buf, off, len);
            return;
        }
        for (int from = off; from < off + len; from += SLICE) {
            convert(buf, from, Math.min(SLICE, off + len - from));
        }
    }

    /** End of stream: a lone first byte or an odd last byte is passed on as what it can be. */
    void finish() {
        if (mode == Mode.UNDECIDED && pendingByte >= 0) {
            sink.feed(new byte[] {(byte) pendingByte}, 0, 1);
        } else if (mode != Mode.PASS && (pendingByte >= 0 || highSurrogate >= 0)) {
            int n = put(out, 0, 0xFFFD);
            sink.feed(out, 0, n);
        }
        pendingByte = -1;
        highSurrogate = -1;
    }

    private void convert(byte[] buf, int off, int len) {
        int n = 0;
        for (int i = off; i < off + len; i++) {
            int b = buf[i] & 0xFF;
            if (pendingByte < 0) {
                pendingByte = b;
                continue;
            }
            int unit = mode == Mode.UTF16LE ? pendingByte | b << 8 : pendingByte << 8 | b;
            pendingByte = -1;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (highSurrogate >= 0) {
                    n = put(out, n, 0xFFFD);
                }
                highSurrogate = unit;
                continue;
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                n = put(out, n, highSurrogate >= 0 ? 0x10000 + ((highSurrogate - 0xD800) << 10) + (unit - 0xDC00) : 0xFFFD);
                highSurrogate = -1;
                continue;
            }
            if (highSurrogate >= 0) {
                n = put(out, n, 0xFFFD);
                highSurrogate = -1;
            }
            n = put(out, n, unit);
        }
        if (n > 0) {
            sink.feed(out, 0, n);
        }
    }

    /** Writes {@code cp} as UTF-8 at {@code out[n]}; returns the new length. */
    private static int put(byte[] out, int n, int cp) {
        if (cp < 0x80) {
            out[n++] = (byte) cp;
        } else if (cp < 0x800) {
            out[n++] = (byte) (0xC0 | cp >> 6);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out[n++] = (byte) (0xE0 | cp >> 12);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[n++] = (byte) (0xF0 | cp >> 18);
            out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[n++] = (byte) (0x80 | cp & 0x3F);
        }
        return n;
    }
}
