package dev.rowcoach.protocol.phone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.StreamListener;

/**
 * Splits a push stream of JSON lines (one message per line, as the phone links write them) into parsed messages.
 * A line that is not a JSON object is reported as {@link Malformed} and skipped; a line longer than
 * {@value #MAX_LINE_BYTES} bytes is skipped up to its end; an unterminated last line is reported as truncated.
 * The line buffer is reused and grows to the longest line seen.
 */
final class JsonLines {

    /** Longest message kept, bytes: minutes of a phone's readings in one batch. */
    static final int MAX_LINE_BYTES = 16 << 20;

    /** Made at the first message read, not when a probe only looks at a file's first bytes. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /** Receives each message with the offset of its line in the stream. */
    interface Handler {
        void message(JsonNode message, long offset, int length);
    }

    private final StreamListener out;
    private final Handler handler;
    private byte[] line = new byte[8192];
    private int len;
    private long lineStart;
    private long offset;
    private boolean overlong;

    JsonLines(StreamListener out, Handler handler) {
        this.out = out;
        this.handler = handler;
    }

    void feed(byte[] buf, int off, int n) {
        for (int i = off; i < off + n; i++) {
            byte b = buf[i];
            offset++;
            if (b == '\n') {
                endLine();
                lineStart = offset;
            } else if (!overlong) {
                if (len == MAX_LINE_BYTES) {
                    overlong = true;
                } else {
                    if (len == line.length) {
                        line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, line.length * 2));
                    }
                    line[len++] = b;
                }
            }
        }
    }

    /** End of input: a last line without its newline is reported, never parsed half. */
    void finish() {
        if (len > 0 || overlong) {
            out.malformed(new Malformed(lineStart, offset - lineStart, "truncated message (no end of line)"));
        }
        len = 0;
        overlong = false;
    }

    private void endLine() {
        int n = len;
        len = 0;
        if (overlong) {
            overlong = false;
            out.malformed(new Malformed(lineStart, offset - lineStart, "message longer than " + MAX_LINE_BYTES + " bytes"));
            return;
        }
        if (isBlank(line, n)) {
            return;
        }
        JsonNode node;
        try {
            node = Mapper.JSON.readTree(line, 0, n);
        } catch (JsonProcessingException e) {
            out.malformed(new Malformed(lineStart, n, "not JSON: " + e.getOriginalMessage()));
            return;
        } catch (java.io.IOException e) {
            out.malformed(new Malformed(lineStart, n, "not JSON: " + e.getMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            out.malformed(new Malformed(lineStart, n, "not a JSON object"));
            return;
        }
        handler.message(node, lineStart, n);
    }

    private static boolean isBlank(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the first byte of {@code head[0..end)} that is not whitespace, a NUL or a byte-order mark's is
     * {@code '{'}: anything else cannot be a JSON object in any encoding the mapper detects (UTF-8, 16, 32), so the
     * probe of every other file (sensor text, binary) answers without reading it as JSON, and without setting up the
     * mapper, which costs about 0.1 CPU s.
     */
    private static boolean mayOpenObject(byte[] head, int end) {
        for (int i = 0; i < end; i++) {
            int b = head[i] & 0xFF;
            if (b == '{') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != 0 && b != 0xEF && b != 0xBB && b != 0xBF && b != 0xFE && b != 0xFF) {
                return false;
            }
        }
        return false;
    }

    /** The first complete line of {@code head[0..len)} as a JSON object, or null. */
    static JsonNode firstObject(byte[] head, int len) {
        int end = 0;
        while (end < len && head[end] != '\n') {
            end++;
        }
        if (end == len || !mayOpenObject(head, end)) {
            return null;
        }
        try {
            JsonNode n = Mapper.JSON.readTree(head, 0, end);
            return n != null && n.isObject() ? n : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
