package dev.rowcoach.protocol.text;

/**
 * Splits bytes fed in any chunking into lines at {@code \n}, into one reused buffer, so text decoders never
 * allocate per line. A line longer than the buffer is reported as too long, without its bytes.
 */
final class LineSplitter {

    /** Receives each line, in stream order. */
    interface Sink {
        /**
         * @param length     the line's bytes are {@code buffer()[0..length)} ({@code \n} removed, a
         *                   {@code \r} before it kept); 0 when {@code tooLong}
         * @param tooLong    the line did not fit the buffer and was dropped
         * @param start      byte offset of the line's first byte in the stream
         * @param byteLength the line's length in the stream, without its {@code \n}
         */
        void line(int length, boolean tooLong, long start, long byteLength);
    }

    private final byte[] line;
    private final Sink sink;
    private int lineLength;
    private boolean tooLong;
    private long lineStart;
    private long offset;

    LineSplitter(int maxLine, Sink sink) {
        this.line = new byte[maxLine];
        this.sink = sink;
    }

    /** The buffer that holds the current line during {@link Sink#line}. */
    byte[] buffer() {
        return line;
    }

    void feed(byte[] buf, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int newline = i;
            while (newline < end && buf[newline] != '\n') {
                newline++;
            }
            int n = newline - i;
            if (tooLong || lineLength + n > line.length) {
                tooLong = true;
            } else {
                System.arraycopy(buf, i, line, lineLength, n);
                lineLength += n;
            }
            offset += n;
            if (newline == end) {
                return;
            }
            end();
            offset++;
            lineStart = offset;
            i = newline + 1;
        }
    }

    /** Reports a last line that has no {@code \n}. */
    void finish() {
        if (lineLength > 0 || tooLong) {
            end();
        }
    }

    private void end() {
        int length = tooLong ? 0 : lineLength;
        boolean dropped = tooLong;
        lineLength = 0;
        tooLong = false;
        sink.line(length, dropped, lineStart, offset - lineStart);
    }
}
