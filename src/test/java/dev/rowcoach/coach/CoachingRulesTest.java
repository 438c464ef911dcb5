package dev.rowcoach.coach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed rules match the resource exactly: a typo on either side fails when the book is read. */
class CoachingRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode resource() throws Exception {
        try (InputStream in = GuidanceBook.class.getResourceAsStream(GuidanceBook.RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ObjectNode rule(JsonNode root, String id) {
        for (JsonNode r : root.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return (ObjectNode) r;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static String failure(ObjectNode root) {
        return assertThrows(IllegalStateException.class, () -> GuidanceBook.parse(root)).getMessage();
    }

    @Test
    void theShippedRulesAreTyped() {
        CoachingRules r = GuidanceBook.standard().typed();
        assertEquals(15, r.volume().minHardSets());
        assertEquals(20, r.volume().maxHardSets());
        assertEquals(0.52, r.loadVelocity().mvtMps(), 0);
        assertEquals(14, r.heavyLowReps().windowDays());
        assertTrue(r.strictVariants().kroc().contains("kroc-row"));
    }

    @Test
    void aMisspelledParameterFailsWhenTheBookIsRead() throws Exception {
        ObjectNode root = resource();
        ObjectNode params = (ObjectNode) rule(root, "cheat-where-it-pays").get("params");
        params.set("minRep", params.remove("minReps"));
        assertEquals("guidance rule cheat-where-it-pays has no parameter minReps", failure(root));
    }

    @Test
    void aParameterTheCoachDoesNotKnowFails() throws Exception {
        ObjectNode root = resource();
        ((ObjectNode) rule(root, "effort").get("params")).put("maxLosPct", 12);
        assertEquals("guidance rule effort has a parameter the coach does not know: maxLosPct", failure(root));
    }

    @Test
    void aMisspelledRuleIdOrCaseFails() throws Exception {
        ObjectNode root = resource();
        rule(root, "dont-flop").put("id", "dont-flopp");
        assertEquals("guidance resource has no rule dont-flop", failure(root));

        ObjectNode cases = resource();
        ObjectNode messages = (ObjectNode) rule(cases, "volume").get("messages");
        messages.set("belo", messages.remove("below"));
        assertTrue(failure(cases).startsWith("guidance rule volume has messages "), failure(cases));
    }

    @Test
    void aCountMustBeWhole() throws Exception {
        ObjectNode root = resource();
        ((ObjectNode) rule(root, "heavy-low-reps").get("params")).put("maxReps", 6.5);
        assertEquals("guidance rule heavy-low-reps: maxReps must be a whole number, not 6.5", failure(root));
    }

    @Test
    void aRuleTheCoachDoesNotKnowFails() throws Exception {
        ObjectNode root = resource();
        ObjectNode extra = rule(root, "dont-flop").deepCopy();
        extra.put("id", "sleep-more");
        ((ArrayNode) root.get("rules")).add(extra);
        assertEquals("guidance rule sleep-more is not one the coach knows", failure(root));
    }
}
