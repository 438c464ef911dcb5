package dev.rowcoach.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseProfilesTest {

    private static final List<String> ISSUE_EXERCISES = List.of("barbell-row", "pendlay-row", "yates-row", "dumbbell-row",
            "kroc-row", "t-bar-row", "seal-row", "chest-supported-row", "cable-row");

    @Test
    void everyExerciseOfTheIssueHasAProfileWithItsGuidance() {
        assertEquals(ISSUE_EXERCISES, ExerciseProfiles.names());
        for (String name : ISSUE_EXERCISES) {
            ExerciseProfile p = ExerciseProfiles.get(name);
            assertEquals(name, p.name());
            assertEquals(10, p.strictMaxDeg(), 0, name);
            assertEquals(25, p.cheatMaxDeg(), 0, name);
            assertFalse(p.guidance().isBlank(), name);
            assertTrue(p.source().contains("\""), "a titled source: " + p.source());
        }
    }

    @Test
    void theProfilesSayWhatTheGuidanceExpects() {
        for (String name : List.of("barbell-row", "pendlay-row", "yates-row", "kroc-row")) {
            assertTrue(ExerciseProfiles.get(name).bodyEnglishExpected(), name);
        }
        for (String name : List.of("t-bar-row", "seal-row", "chest-supported-row", "cable-row")) {
            assertFalse(ExerciseProfiles.get(name).bodyEnglishExpected(), name);
        }
        ExerciseProfile cable = ExerciseProfiles.get("cable-row");
        assertEquals("horizontal", cable.concentric());
        assertFalse(cable.calibrated(), "no simulated cable rows to validate on");
        assertTrue(cable.limits().contains("velocity profile"), cable.limits());
        assertEquals("vertical", ExerciseProfiles.get("barbell-row").concentric());
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExerciseProfiles.get("curl"));
        assertEquals("unknown exercise 'curl'; valid: " + String.join(", ", ISSUE_EXERCISES), e.getMessage());
        assertFalse(ExerciseProfiles.exists("curl"));
        assertTrue(ExerciseProfiles.exists("kroc-row"));
    }

    @Test
    void thresholdsCanBeOverriddenButNotCrossed() {
        ExerciseProfile p = ExerciseProfiles.get("barbell-row").withThresholds(8.0, null);
        assertEquals(8, p.strictMaxDeg(), 0);
        assertEquals(25, p.cheatMaxDeg(), 0);
        assertEquals(Grade.CHEAT, p.gradeOf(9));
        assertEquals(Grade.STRICT, ExerciseProfiles.get("barbell-row").gradeOf(9.99));
        assertEquals(Grade.CHEAT, ExerciseProfiles.get("barbell-row").gradeOf(25));
        assertEquals(Grade.EXCESSIVE, ExerciseProfiles.get("barbell-row").gradeOf(25.01));
        assertThrows(IllegalArgumentException.class, () -> ExerciseProfiles.get("barbell-row").withThresholds(30.0, null));
        assertThrows(IllegalArgumentException.class, () -> ExerciseProfiles.get("barbell-row").withThresholds(-1.0, null));
        assertThrows(IllegalArgumentException.class, () -> ExerciseProfiles.get("barbell-row").withThresholds(null, 95.0));
    }

    @Test
    void aBrokenProfilesFileIsRefusedWithTheEntryNamed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String entry = "{\"name\":\"x-row\",\"title\":\"x\",\"concentric\":\"vertical\",\"expected\":\"strict\","
                + "\"strictMaxDeg\":10,\"cheatMaxDeg\":25,\"guidance\":\"g\",\"source\":\"%s\",\"limits\":null,\"calibrated\":true}";
        String ok = String.format(entry, "a");
        assertEquals(List.of("x-row"), List.copyOf(ExerciseProfiles.parse(json.readTree(
                "{\"sources\":{\"a\":\"A\"},\"exercises\":[" + ok + "]}")).keySet()));
        IllegalStateException source = assertThrows(IllegalStateException.class, () -> ExerciseProfiles.parse(json.readTree(
                "{\"sources\":{\"a\":\"A\"},\"exercises\":[" + String.format(entry, "b") + "]}")));
        assertTrue(source.getMessage().contains("x-row") && source.getMessage().contains("'b'"), source.getMessage());
        assertThrows(IllegalStateException.class, () -> ExerciseProfiles.parse(json.readTree(
                "{\"sources\":{\"a\":\"A\"},\"exercises\":[" + ok + "," + ok + "]}")));
        assertThrows(IllegalArgumentException.class, () -> ExerciseProfiles.parse(json.readTree(
                "{\"sources\":{\"a\":\"A\"},\"exercises\":[" + ok.replace("\"cheatMaxDeg\":25", "\"cheatMaxDeg\":5") + "]}")));
        assertThrows(IllegalStateException.class, () -> ExerciseProfiles.parse(json.readTree("{\"exercises\":[]}")));
    }

    @Test
    void aProfileMayCarryItsOwnSwingModelElseTheFreeBarsIsUsed() throws Exception {
        assertEquals(SwingModel.FREE_BAR, ExerciseProfiles.get("barbell-row").swing());
        SwingModel tbar = ExerciseProfiles.get("t-bar-row").swing();
        assertFalse(tbar.gyroReadsPath(), "a T-bar handle's horizontal path follows its height: only the height is read");
        assertTrue(tbar.gyroLeverM() < SwingModel.FREE_BAR.gyroLeverM(), "its height holds only part of the swing's path");
        assertEquals(tbar, ExerciseProfiles.get("t-bar-row").withThresholds(8.0, null).swing(), "new thresholds keep the model");

        ObjectMapper json = new ObjectMapper();
        String entry = "{\"sources\":{\"a\":\"A\"},\"exercises\":[{\"name\":\"x-row\",\"title\":\"x\",\"concentric\":\"vertical\","
                + "\"expected\":\"strict\",\"strictMaxDeg\":10,\"cheatMaxDeg\":25,\"guidance\":\"g\",\"source\":\"a\","
                + "\"calibrated\":true,\"swingModel\":%s}]}";
        String model = "{\"early\":\"%s\",\"leverM\":%s,\"accelOnlyLeverM\":0.3,\"spreadDeg\":4,\"accelOnlySpreadDeg\":8}";
        assertEquals(new SwingModel(true, 0.5, 0.3, 4, 8), ExerciseProfiles.parse(json.readTree(
                String.format(entry, String.format(model, "path", "0.5")))).get("x-row").swing());
        IllegalStateException early = assertThrows(IllegalStateException.class, () -> ExerciseProfiles.parse(json.readTree(
                String.format(entry, String.format(model, "sideways", "0.5")))));
        assertTrue(early.getMessage().contains("x-row") && early.getMessage().contains("path or vertical"), early.getMessage());
        IllegalStateException lever = assertThrows(IllegalStateException.class, () -> ExerciseProfiles.parse(json.readTree(
                String.format(entry, String.format(model, "vertical", "0")))));
        assertTrue(lever.getMessage().contains("x-row") && lever.getMessage().contains("positive"), lever.getMessage());
        assertThrows(IllegalStateException.class, () -> ExerciseProfiles.parse(json.readTree(
                String.format(entry, "{\"early\":\"vertical\"}"))), "every number is required");
    }
}
