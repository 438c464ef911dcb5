package dev.rowcoach.protocol.phone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link JsonLines#firstObject} answers as reading the first line with the mapper does, on any first bytes. */
class JsonLinesProbeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the probe gave before it looked at the first byte: the mapper's object, or null. */
    private static JsonNode byTheMapper(byte[] head) {
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length) {
            return null;
        }
        try {
            JsonNode n = MAPPER.readTree(head, 0, end);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void textsOfEveryKindGiveWhatTheMapperGives() {
        List<byte[]> heads = new ArrayList<>();
        String[] lines = {"{\"a\": 1}", "  \t{\"a\": [1, 2]}\r", "[1, 2]", "\"text\"", "12", "null", "# rowcoach ascii 1",
            "t_us,ax,ay,az", "1000,0.1,0.2", "", "   ", "{", "{\"a\": }", "\uFEFF{\"bom\": true}"};
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE")};
        for (String line : lines) {
            for (Charset cs : charsets) {
                heads.add((line + "\n{\"next\": 2}\n").getBytes(cs));
            }
            heads.add(line.getBytes(StandardCharsets.UTF_8)); // no complete line
        }
        int objects = 0;
        for (byte[] head : heads) {
            JsonNode expected = byTheMapper(head);
            assertEquals(expected, JsonLines.firstObject(head, head.length), new String(head, StandardCharsets.ISO_8859_1));
            objects += expected != null ? 1 : 0;
        }
        assertEquals(true, objects >= 4, "objects among the heads: " + objects);
        assertNotNull(JsonLines.firstObject("{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8), 9));
        assertNull(JsonLines.firstObject("# rowcoach\n".getBytes(StandardCharsets.UTF_8), 11));
    }

    @Test
    void randomBytesGiveWhatTheMapperGives() {
        Random random = new Random(16);
        byte[] alphabet = {' ', '\t', '\r', '\n', 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFE, (byte) 0xFF,
            '{', '}', '"', 'a', ':', '1', '[', ']', ',', '#'};
        for (int k = 0; k < 20_000; k++) {
            byte[] head = new byte[1 + random.nextInt(12)];
            for (int i = 0; i < head.length; i++) {
                head[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            assertEquals(byTheMapper(head), JsonLines.firstObject(head, head.length));
        }
    }
}
