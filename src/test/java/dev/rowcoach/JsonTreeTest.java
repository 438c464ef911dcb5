package dev.rowcoach;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String HEADER = """
            {"formatVersion":1,"protocol":"rowcoach","decoder":{"rateHz":1000.0,"accelUnit":"g"},
             "sensor":{"model":"rowcoach-sim","accelRangeG":16,"nominalRateHz":1000},
             "startedAt":"2026-12-06T10:00:00Z","loadKg":80.5,"notes":null,"tags":[1,"a",{"b":false}],
             "big":123456789012345678901234567890,"long":12345678901234,"exercise":"x","exercise":"barbell-row"}
            """;

    @Test
    void aDocumentGivesTheTreeAndNodeKindsTheMapperGives() throws IOException {
        byte[] padded = ("xx" + HEADER + "yy").getBytes(StandardCharsets.UTF_8);
        JsonNode expected = MAPPER.readTree(HEADER);
        JsonNode tree = JsonTree.read(padded, 2, padded.length - 4);
        assertEquals(expected, tree);
        assertEquals(expected, JsonTree.read(new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8))));
        assertEquals("barbell-row", tree.get("exercise").textValue());
        // equals tells an int node from a long or double node of the same value; check the classes as well
        for (String f : new String[] {"formatVersion", "loadKg", "big", "long", "notes"}) {
            assertEquals(expected.get(f).getClass(), tree.get(f).getClass(), f);
        }
        assertEquals(expected.get("sensor").get("accelRangeG").getClass(), tree.get("sensor").get("accelRangeG").getClass());
    }

    @Test
    void whiteSpaceAloneIsNoTreeAndAnythingAfterTheValueIsRefused() throws IOException {
        assertNull(JsonTree.read(new byte[0], 0, 0));
        assertNull(JsonTree.read(" \n\t".getBytes(StandardCharsets.UTF_8), 0, 3));
        for (String trailing : new String[] {"{} {}", "{}1", "{} ]", "[1] x", "\"a\" \"b\""}) {
            byte[] b = trailing.getBytes(StandardCharsets.UTF_8);
            assertThrows(IOException.class, () -> MAPPER.readTree(b), trailing);
            assertThrows(IOException.class, () -> JsonTree.read(b, 0, b.length), trailing);
        }
    }

    /** Every cut and every single byte dropped from a header: refused exactly when the mapper refuses it, else its tree. */
    @Test
    void damagedDocumentsAreRefusedWhenTheMapperRefusesThem() throws IOException {
        byte[] whole = HEADER.getBytes(StandardCharsets.UTF_8);
        int refused = 0;
        for (int cut = 0; cut < 2 * whole.length; cut++) {
            byte[] b;
            if (cut < whole.length) {
                b = java.util.Arrays.copyOf(whole, cut);
            } else {
                int drop = cut - whole.length;
                b = new byte[whole.length - 1];
                System.arraycopy(whole, 0, b, 0, drop);
                System.arraycopy(whole, drop + 1, b, drop, whole.length - drop - 1);
            }
            JsonNode expected;
            try {
                expected = MAPPER.readTree(b);
            } catch (IOException e) {
                refused++;
                byte[] damaged = b;
                assertThrows(IOException.class, () -> JsonTree.read(damaged, 0, damaged.length), new String(b, StandardCharsets.UTF_8));
                continue;
            }
            JsonNode tree = JsonTree.read(b, 0, b.length);
            if (expected.isMissingNode()) {
                assertNull(tree);
            } else {
                assertEquals(expected, tree, new String(b, StandardCharsets.UTF_8));
            }
        }
        assertTrue(refused > whole.length, "most damaged documents are refused: " + refused);
    }
}
