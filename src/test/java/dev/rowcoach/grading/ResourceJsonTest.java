package dev.rowcoach.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theShippedResourcesReadAsObjectMapperReadsThem() throws IOException {
        for (String name : new String[] {ExerciseProfiles.RESOURCE, "/dev/rowcoach/coach/guidance.json"}) {
            JsonNode expected;
            try (InputStream in = ResourceJsonTest.class.getResourceAsStream(name)) {
                expected = MAPPER.readTree(in);
            }
            JsonNode tree = ResourceJson.read(ResourceJsonTest.class, name);
            assertEquals(expected, tree, name);
            assertTrue(tree.size() > 1, name);
        }
    }

    @Test
    void everyKindOfValueGivesTheNodeObjectMapperGives() throws IOException {
        String json = """
                {"int": -7, "long": 12345678901234, "big": 123456789012345678901234567890,
                 "double": 0.1, "exp": -2.5e-3, "whole": 10.0, "subnormal": 4.9e-324,
                 "text": "\\"quoted\\" \\u00e9", "yes": true, "no": false, "nothing": null,
                 "array": [1, [2, {"a": []}], {}], "twice": 1, "twice": "last"}
                """;
        JsonNode expected = MAPPER.readTree(json);
        JsonNode tree = ResourceJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, tree);
        assertEquals(13, tree.size());
        // equals tells an int node from a long or double node of the same value; check the kinds as well
        tree.fields().forEachRemaining(e -> assertEquals(expected.get(e.getKey()).getNodeType(), e.getValue().getNodeType()));
        assertEquals(expected.get("big").getClass(), tree.get("big").getClass());
        assertEquals(expected.get("long").getClass(), tree.get("long").getClass());
        assertEquals(expected.get("whole").getClass(), tree.get("whole").getClass());
    }

    @Test
    void aMissingResourceOrAnEmptyDocumentIsSaidSo() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ResourceJson.read(ResourceJsonTest.class, "/no/such.json"));
        assertEquals("resource /no/such.json is missing from the build", missing.getMessage());
        assertThrows(IllegalStateException.class, () -> ResourceJson.read(new ByteArrayInputStream(new byte[0])));
    }
}
