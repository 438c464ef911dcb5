package dev.rowcoach.protocol.rowcoach;

/**
 * Consistent Overhead Byte Stuffing into caller buffers, without allocation. The encoding contains no
 * zero byte; the caller adds the {@code 0x00} delimiter. Encoding is canonical: no trailing {@code 0x01}
 * group after input that ends exactly at a full 254-byte run.
 */
public final class Cobs {

    private Cobs() {
    }

    /** Upper bound of the encoded length of {@code n} bytes (without delimiter). */
    public static int maxEncodedLength(int n) {
        return n + n / 254 + 1;
    }

    /**
     * Encodes {@code src[off, off+len)} into {@code dst} from {@code dstOff}, which must have
     * {@link #maxEncodedLength(int)} bytes of room.
     *
     * @return bytes written, at least 1
     */
    public static int encode(byte[] src, int off, int len, byte[] dst, int dstOff) {
        int codePos = dstOff;
        int out = dstOff + 1;
        int code = 1;
        for (int i = 0; i < len; i++) {
            byte b = src[off + i];
            if (b == 0) {
                dst[codePos] = (byte) code;
                codePos = out++;
                code = 1;
            } else {
                dst[out++] = b;
                code++;
                if (code == 0xFF && i + 1 < len) {
                    dst[codePos] = (byte) code;
                    codePos = out++;
                    code = 1;
                }
            }
        }
        dst[codePos] = (byte) code;
        return out - dstOff;
    }

    /**
     * Decodes {@code src[off, off+len)} (without delimiter) into {@code dst} from {@code dstOff}, which
     * needs {@code len} bytes of room. Decoding in place ({@code dst == src}, {@code dstOff <= off}) is
     * allowed: the output never overtakes the input.
     *
     * @return decoded length, or −1 if the input contains a zero byte or a group runs past its end
     */
    public static int decode(byte[] src, int off, int len, byte[] dst, int dstOff) {
        int i = off;
        int end = off + len;
        int out = dstOff;
        while (i < end) {
            int code = src[i++] & 0xFF;
            if (code == 0 || code - 1 > end - i) {
                return -1;
            }
            for (int k = 1; k < code; k++) {
                byte b = src[i++];
                if (b == 0) {
                    return -1;
                }
                dst[out++] = b;
            }
            if (code != 0xFF && i < end) {
                dst[out++] = 0;
            }
        }
        return out - dstOff;
    }
}
