package dev.rowcoach.protocol.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines come out the same, with the same offsets and the same too-long reports, however the bytes are chunked. */
class LineSplitterTest {

    private static final int MAX_LINE = 16;

    /** Each line as "start+length:text", or "start+length:too long". */
    private static List<String> split(byte[] text, Random chunks) {
        List<String> out = new ArrayList<>();
        LineSplitter[] holder = new LineSplitter[1];
        LineSplitter splitter = new LineSplitter(MAX_LINE, (length, tooLong, start, byteLength) -> out.add(start + "+"
                + byteLength + ":" + (tooLong ? "too long" : new String(holder[0].buffer(), 0, length, StandardCharsets.ISO_8859_1))));
        holder[0] = splitter;
        int i = 0;
        while (i < text.length) {
            int n = chunks == null ? text.length : Math.min(text.length - i, chunks.nextInt(1, 40));
            byte[] chunk = new byte[n + 6]; // the chunk sits inside a larger buffer, as a reader's does
            System.arraycopy(text, i, chunk, 3, n);
            splitter.feed(chunk, 3, n);
            i += n;
        }
        splitter.finish();
        return out;
    }

    /** What the lines are, from the whole text at once. */
    private static List<String> expected(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            out.add(start + "+" + line.length() + ":" + (line.length() > MAX_LINE ? "too long" : line));
            start = end + 1;
        }
        return out;
    }

    @Test
    void anyChunkingGivesTheSameLines() {
        Random r = new Random(16);
        int lines = 0;
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(0, 12);
            for (int l = 0; l < n; l++) {
                int len = r.nextInt(10) == 0 ? r.nextInt(17, 40) : r.nextInt(0, 17);
                for (int c = 0; c < len; c++) {
                    b.append((char) (r.nextInt(6) == 0 ? '\r' : 'a' + r.nextInt(26)));
                }
                if (l < n - 1 || r.nextBoolean()) {
                    b.append('\n');
                }
            }
            String text = b.toString();
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            List<String> want = expected(text);
            assertEquals(want, split(bytes, null), text);
            assertEquals(want, split(bytes, r), text);
            lines += want.size();
        }
        assertTrue(lines > 5000, "lines: " + lines);
    }
}
