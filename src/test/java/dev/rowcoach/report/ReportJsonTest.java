package dev.rowcoach.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.rowcoach.coach.Coach;
import dev.rowcoach.coach.PastSet;
import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.coach.TrainingFacts;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.RepShape;
import dev.rowcoach.motion.SetResult;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.ReportCollector;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SourceInfo;
import dev.rowcoach.session.TestReps;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.fasterxml.jackson.databind.node.JsonNodeType.ARRAY;
import static com.fasterxml.jackson.databind.node.JsonNodeType.BOOLEAN;
import static com.fasterxml.jackson.databind.node.JsonNodeType.NULL;
import static com.fasterxml.jackson.databind.node.JsonNodeType.NUMBER;
import static com.fasterxml.jackson.databind.node.JsonNodeType.OBJECT;
import static com.fasterxml.jackson.databind.node.JsonNodeType.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON report's field names and types are a contract other tools read: parse it and check each one. */
class ReportJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SessionReport report(Double loadKg) {
        ReportCollector c = TestReps.collector("barbell-row");
        Rep precise = new Rep(1, 1, 2.00049, 2.70051, 3.9, 0.412345, 0.6123449, 1.0006, 0.70002, 1.19998, 0.876,
                new RepShape(0, 0, 0.5, 0.2, 0, 0, 0.8), 4.0004, 0.25, 0, 1.2);
        Rep second = TestReps.rep(1, 2, 4.5, 0.40, 0.55);
        c.rep(precise);
        c.rep(second);
        c.setEnded(new SetResult(1, 2.00049, second.endS(), List.of(precise, second)));
        SetResult set2 = TestReps.set(2, 60, 2.4, 0.38, 0.7, 0.63);
        set2.reps().forEach(c::rep);
        c.setEnded(set2);
        c.warning("Orientation was uncertain at the start.");
        SourceInfo source = new SourceInfo("in.csv", "csv", 12_345, 86.6666, 57.71234, 142.4445, false,
                List.of(new SourceInfo.GapInfo(10.1234, 10.5678, "missing_samples")), 2);
        return c.report(source, Loads.of(loadKg));
    }

    /** Every contract field (and the extras) with its JSON type, in document order. */
    private static final Map<String, JsonNodeType> ROOT = ordered("schema", STRING, "source", OBJECT, "exercise", STRING,
            "grading", OBJECT, "loadKg", NUMBER, "sets", ARRAY, "guidance", ARRAY, "week", OBJECT, "loadVelocity", OBJECT,
            "warnings", ARRAY);
    private static final Map<String, JsonNodeType> WEEK = ordered("week", STRING, "monday", STRING, "sessions", NUMBER,
            "sets", NUMBER, "hardSets", NUMBER, "standing", STRING, "repRanges", OBJECT, "grades", OBJECT);
    private static final Map<String, JsonNodeType> LOAD_VELOCITY = ordered("outcome", STRING, "mvtMps", NUMBER,
            "distinctLoads", NUMBER, "slopeMpsPerKg", NUMBER, "interceptMps", NUMBER, "r2", NUMBER, "e1rmKg", NUMBER,
            "e1rmLowKg", NUMBER, "e1rmHighKg", NUMBER, "points", ARRAY);
    private static final Map<String, JsonNodeType> POINT = ordered("date", STRING, "loadKg", NUMBER,
            "bestVelocityMps", NUMBER, "basis", STRING);
    private static final Map<String, JsonNodeType> GRADING = ordered("exercise", STRING, "title", STRING,
            "concentric", STRING, "expected", STRING, "strictMaxDeg", NUMBER, "cheatMaxDeg", NUMBER, "guidance", STRING,
            "source", STRING, "limits", NULL);
    private static final Map<String, JsonNodeType> SOURCE = ordered("path", STRING, "format", STRING, "samples", NUMBER,
            "sampleRateHz", NUMBER, "distinctRateHz", NUMBER, "durationS", NUMBER, "hasGyro", BOOLEAN, "gaps", ARRAY,
            "malformed", NUMBER);
    private static final Map<String, JsonNodeType> GAP = ordered("startS", NUMBER, "endS", NUMBER, "cause", STRING);
    private static final Map<String, JsonNodeType> SET = ordered("index", NUMBER, "startS", NUMBER, "endS", NUMBER,
            "loadKg", NUMBER, "reps", ARRAY, "summary", OBJECT, "guidance", ARRAY, "discarded", ARRAY);
    private static final Map<String, JsonNodeType> REP = ordered("index", NUMBER, "concentricStartS", NUMBER,
            "concentricEndS", NUMBER, "endS", NUMBER, "romM", NUMBER, "meanConcentricVelocityMps", NUMBER,
            "peakConcentricVelocityMps", NUMBER, "concentricDurationS", NUMBER, "eccentricDurationS", NUMBER,
            "confidence", NUMBER, "reportedS", NUMBER, "gapS", NUMBER, "topHoldS", NUMBER, "sway", OBJECT, "grade", STRING, "gradeConfidence", NUMBER,
            "withheld", ARRAY);
    private static final Map<String, JsonNodeType> DISCARDED = ordered("concentricStartS", NUMBER, "endS", NUMBER,
            "reason", STRING, "romM", NUMBER, "meanConcentricVelocityMps", NUMBER, "peakConcentricVelocityMps", NUMBER,
            "concentricDurationS", NUMBER, "withheld", ARRAY);
    private static final Map<String, JsonNodeType> WITHHELD = ordered("field", STRING, "reason", STRING);
    private static final Map<String, JsonNodeType> SWAY = ordered("horizontalM", NUMBER, "dipM", NUMBER,
            "torsoSwingDeg", NUMBER, "earlyPathM", NUMBER, "timeToPeakFraction", NUMBER, "startVelocityMps", NUMBER,
            "romVsStrict", NUMBER, "romDepartureM", NULL, "horizontalDepartureM", NULL, "earlySwingDeg", NUMBER,
            "basis", STRING, "baseline", BOOLEAN, "featuresAgree", BOOLEAN);
    private static final Map<String, JsonNodeType> SUMMARY = ordered("reps", NUMBER, "meanVelocityMps", NUMBER,
            "bestVelocityMps", NUMBER, "velocityLossPct", NUMBER, "velocityBasis", STRING, "velocityByBasis", OBJECT,
            "grades", OBJECT, "nonStrictReps", NULL);
    private static final Map<String, JsonNodeType> BY_BASIS = ordered("strict", OBJECT, "all", OBJECT, "differ", BOOLEAN,
            "note", NULL);
    private static final Map<String, JsonNodeType> FIGURES = ordered("reps", NUMBER, "bestVelocityMps", NUMBER,
            "velocityLossPct", NUMBER);
    private static final Map<String, JsonNodeType> GRADES = ordered("strict", NUMBER, "cheat", NUMBER,
            "excessive", NUMBER);

    /** A report with the coaching on training over time: a week of history and a line through three loads. */
    private static SessionReport trained(SessionReport report) {
        LocalDate day = LocalDate.parse("2026-03-04");
        List<PastSet> sets = List.of(new PastSet(day, "barbell-row", 3, 60.0, 0.93, SetVelocity.Basis.STRICT),
                new PastSet(day, "barbell-row", 3, 80.0, 0.75, SetVelocity.Basis.STRICT),
                new PastSet(day, "barbell-row", 3, 100.0, 0.61, SetVelocity.Basis.ALL));
        WeekSummary week = new WeekSummary("2026-W10", LocalDate.parse("2026-03-02"), 1, 3, 1, 3, 0, 0, 9, 0, 0);
        return report.withTraining(Coach.standard().review(new TrainingFacts(day, "barbell-row", true, sets,
                List.of(week)), null));
    }

    @Test
    void everyContractFieldIsPresentWithItsTypeAndNothingElse() throws Exception {
        JsonNode root = JSON.readTree(ReportJson.toJson(trained(report(72.5))));
        assertShape(ROOT, root, "root");
        assertShape(WEEK, root.get("week"), "week");
        assertShape(LOAD_VELOCITY, root.get("loadVelocity"), "loadVelocity");
        assertShape(POINT, root.get("loadVelocity").get("points").get(0), "point");
        assertEquals(List.of("strict", "strict", "all"), List.of(root.get("loadVelocity").get("points").get(0).get("basis").asText(),
                root.get("loadVelocity").get("points").get(1).get("basis").asText(),
                root.get("loadVelocity").get("points").get(2).get("basis").asText()));
        assertEquals(List.of("volume", "load-velocity"), List.of(root.get("guidance").get(0).get("ruleId").asText(),
                root.get("guidance").get(1).get("ruleId").asText()));
        assertShape(GRADING, root.get("grading"), "grading");
        assertShape(SOURCE, root.get("source"), "source");
        assertEquals(1, root.get("source").get("gaps").size());
        assertShape(GAP, root.get("source").get("gaps").get(0), "gap");
        assertEquals(2, root.get("sets").size());
        int reps = 0;
        for (JsonNode set : root.get("sets")) {
            assertShape(SET, set, "set");
            assertShape(SUMMARY, set.get("summary"), "summary");
            assertShape(GRADES, set.get("summary").get("grades"), "grades");
            assertShape(BY_BASIS, set.get("summary").get("velocityByBasis"), "velocityByBasis");
            assertShape(FIGURES, set.get("summary").get("velocityByBasis").get("strict"), "strict figures");
            assertShape(FIGURES, set.get("summary").get("velocityByBasis").get("all"), "all figures");
            for (JsonNode rep : set.get("reps")) {
                assertShape(REP, rep, "rep");
                // The ROM relative to the lifter's strict reps needs two of them first: null until then.
                Map<String, JsonNodeType> sway = new LinkedHashMap<>(SWAY);
                sway.put("romVsStrict", reps < 2 ? NULL : NUMBER);
                assertShape(sway, rep.get("sway"), "sway");
                reps++;
            }
        }
        assertEquals(4, reps);
        for (JsonNode w : root.get("warnings")) {
            assertEquals(STRING, w.getNodeType());
        }
    }

    @Test
    void valuesAreRoundedAndCarried() throws Exception {
        JsonNode root = JSON.readTree(ReportJson.toJson(report(72.5)));
        assertEquals(SessionReport.SCHEMA, root.get("schema").asText());
        assertEquals("rowcoach.report/1", root.get("schema").asText());
        assertEquals("barbell-row", root.get("exercise").asText());
        assertEquals(72.5, root.get("loadKg").asDouble(), 0);
        JsonNode src = root.get("source");
        assertEquals("in.csv", src.get("path").asText());
        assertEquals("csv", src.get("format").asText());
        assertEquals(12_345, src.get("samples").asLong());
        assertEquals(86.667, src.get("sampleRateHz").asDouble(), 0);
        assertEquals(142.445, src.get("durationS").asDouble(), 0);
        assertEquals(false, src.get("hasGyro").asBoolean());
        assertEquals(10.123, src.get("gaps").get(0).get("startS").asDouble(), 0);
        assertEquals(10.568, src.get("gaps").get(0).get("endS").asDouble(), 0);
        assertEquals(2, src.get("malformed").asLong());

        JsonNode set = root.get("sets").get(0);
        assertEquals(1, set.get("index").asInt());
        assertEquals(2.0, set.get("startS").asDouble(), 0);
        assertEquals(72.5, set.get("loadKg").asDouble(), 0);
        JsonNode rep = set.get("reps").get(0);
        assertEquals(1, rep.get("index").asInt());
        assertEquals(2.0, rep.get("concentricStartS").asDouble(), 0);
        assertEquals(2.701, rep.get("concentricEndS").asDouble(), 0);
        assertEquals(0.412, rep.get("romM").asDouble(), 0);
        assertEquals(0.612, rep.get("meanConcentricVelocityMps").asDouble(), 0);
        assertEquals(1.001, rep.get("peakConcentricVelocityMps").asDouble(), 0);
        assertEquals(0.7, rep.get("concentricDurationS").asDouble(), 0);
        assertEquals(1.2, rep.get("eccentricDurationS").asDouble(), 0);
        assertEquals(0.88, rep.get("confidence").asDouble(), 0);
        assertEquals(4.0, rep.get("reportedS").asDouble(), 0, "rounded to the millisecond");
        assertEquals(0.25, rep.get("gapS").asDouble(), 0, "the share of the rep bridged across holes");
        assertEquals(1.2, rep.get("topHoldS").asDouble(), 0, "the squeeze at the top");
        assertEquals("strict", rep.get("grade").asText());
        assertEquals("early movement", rep.get("sway").get("basis").asText(), "no calibration: the default model");
        assertEquals(0.0, rep.get("sway").get("torsoSwingDeg").asDouble(), 0, "no early movement, no swing");
        assertEquals(0.86, rep.get("gradeConfidence").asDouble(), 0,
                "P(< 10° | 0°, the early movement's spread 6.5°) = 0.938, times 0.876 / 0.95 of the motion core's");

        JsonNode grading = root.get("grading");
        assertEquals("barbell-row", grading.get("exercise").asText());
        assertEquals("body-english", grading.get("expected").asText());
        assertEquals(10.0, grading.get("strictMaxDeg").asDouble(), 0);
        assertEquals(25.0, grading.get("cheatMaxDeg").asDouble(), 0);

        JsonNode sum = set.get("summary");
        assertEquals(2, sum.get("reps").asInt());
        assertEquals(0.612, sum.get("bestVelocityMps").asDouble(), 0);
        assertEquals(Math.round((0.6123449 + 0.55) / 2 * 1000) / 1000.0, sum.get("meanVelocityMps").asDouble(), 0);
        assertEquals(Math.round((0.6123449 - 0.55) / 0.6123449 * 1000) / 10.0, sum.get("velocityLossPct").asDouble(), 0);
        assertEquals("strict", sum.get("velocityBasis").asText(), "both reps strict");
        assertEquals(sum.get("velocityLossPct"), sum.get("velocityByBasis").get("strict").get("velocityLossPct"));
        assertEquals(sum.get("velocityLossPct"), sum.get("velocityByBasis").get("all").get("velocityLossPct"));
        assertFalse(sum.get("velocityByBasis").get("differ").asBoolean());

        List<String> warnings = JSON.convertValue(root.get("warnings"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("The data has a gap at 10.123 s"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("2 malformed records"), warnings.get(1));
        assertEquals("Orientation was uncertain at the start.", warnings.get(2));
    }

    @Test
    void unknownLoadAndUnmeasurableNumbersAreExplicitNulls() throws Exception {
        SourceInfo one = new SourceInfo("one.txt", "ascii", 1, Double.NaN, Double.NaN, 0, true, List.of(), 0);
        ReportCollector c = TestReps.collector("kroc-row");
        Rep stalled = TestReps.rep(1, 1, 1.0, 0.0, 1e-9);
        c.rep(stalled);
        c.setEnded(new SetResult(1, 1.0, 3.0, List.of(new Rep(1, 1, 1, 2, 3, 0, 0, 0, 1, 1, 0.1, stalled.shape(), Double.NaN))));
        JsonNode root = JSON.readTree(ReportJson.toJson(c.report(one, Loads.UNKNOWN)));
        assertTrue(root.get("source").get("sampleRateHz").isNull());
        assertTrue(root.get("source").get("distinctRateHz").isNull());
        assertTrue(root.has("loadKg") && root.get("loadKg").isNull());
        JsonNode set = root.get("sets").get(0);
        assertTrue(set.has("loadKg") && set.get("loadKg").isNull());
        assertTrue(set.get("summary").get("velocityLossPct").isNull(), "loss relative to 0 m/s is not a number");
        assertTrue(root.has("week") && root.get("week").isNull(), "no history");
        assertTrue(root.has("loadVelocity") && root.get("loadVelocity").isNull(), "no loads");
    }

    @Test
    void impossibleFiguresAreNullAndNamedAndDiscardedMovementsAreListedWithTheirSet() throws Exception {
        ReportCollector c = TestReps.collector("barbell-row");
        Rep pickUp = TestReps.rep(1, 1, 5.0, 0.52, 0.31);
        c.rep(pickUp);
        SetResult rows = TestReps.set(1, 10, 3, 0.45, 0.70, 0.68, 0.66);
        rows.reps().forEach(c::rep);
        // What a wrist at rest produced in the issue: 3.32 m of "ROM" at 3.3 m/s.
        Rep wild = new Rep(1, 4, 20, 21, 22.2, 3.32, 3.32, 5.1, 1.0, 1.2, 0.9, pickUp.shape(), 22.3);
        c.rep(wild);
        String reason = "Set 1: a movement of 0.52 m at 0.31 m/s over 1.7 s (the set's reps: 0.68 m/s over 0.7 s) "
                + "looked like picking the bar up, not a row; it is not counted.";
        c.repDiscarded(pickUp, reason);
        List<Rep> reps = new java.util.ArrayList<>(rows.reps());
        reps.add(wild);
        c.setEnded(new SetResult(1, 10, 22.2, reps));
        String json = ReportJson.toJson(c.report(TestReps.source(5000, 200, true), Loads.UNKNOWN));
        JsonNode set = JSON.readTree(json).get("sets").get(0);
        Map<String, JsonNodeType> noLoad = new LinkedHashMap<>(SET);
        noLoad.put("loadKg", NULL);
        assertShape(noLoad, set, "set");
        assertEquals(1, set.get("discarded").size());
        JsonNode d = set.get("discarded").get(0);
        assertShape(DISCARDED, d, "discarded");
        assertEquals(5.0, d.get("concentricStartS").asDouble(), 0);
        assertEquals(reason, d.get("reason").asText());
        assertEquals(0.52, d.get("romM").asDouble(), 0);
        assertEquals(0.31, d.get("meanConcentricVelocityMps").asDouble(), 0);
        assertEquals(0, d.get("withheld").size());

        JsonNode bad = set.get("reps").get(3);
        for (String field : List.of("romM", "meanConcentricVelocityMps", "peakConcentricVelocityMps")) {
            assertTrue(bad.get(field).isNull(), field);
        }
        assertEquals(List.of("romM", "meanConcentricVelocityMps", "peakConcentricVelocityMps", "romVsStrict", "romDepartureM"),
                bad.get("withheld").findValuesAsText("field"), "and the ROM ratio and departure read from the ROM");
        for (JsonNode w : bad.get("withheld")) {
            assertShape(WITHHELD, w, "withheld");
        }
        assertEquals(0.45, set.get("reps").get(0).get("romM").asDouble(), 0, "a real rep keeps its figures");
        assertEquals(0, set.get("reps").get(0).get("withheld").size());
        // Read against the set's first two reps, its 3.32 m is a swing no row has: its grade is withheld too, so the
        // velocity loss is the strict reps' (SetSummaryTest withholds a loss whose last rep's MCV is withheld).
        assertTrue(bad.get("grade").isNull(), "the grade read from the ROM");
        assertEquals(5.7, set.get("summary").get("velocityLossPct").asDouble(), 0, "0.70 to 0.66 m/s over the strict reps");
        assertEquals(0.70, set.get("summary").get("bestVelocityMps").asDouble(), 0, "over the reps that have one");
        String warnings = JSON.readTree(json).get("warnings").toString();
        assertTrue(warnings.contains("Set 1, rep 4: ROM withheld (more than 1 m"), warnings);
        assertTrue(warnings.contains("Set 1 rep 4: the bar's path read as a torso swing beyond 60°"), warnings);
        assertTrue(warnings.contains(reason), warnings);
        assertFalse(json.contains("3.32") || json.matches("(?s).*[^0-9.]5\\.1[^0-9].*"), "an impossible figure is never printed");
    }

    private static void assertShape(Map<String, JsonNodeType> expected, JsonNode node, String what) {
        List<String> names = iterable(node.fieldNames());
        assertEquals(List.copyOf(expected.keySet()), names, what + " field names and order");
        for (Map.Entry<String, JsonNodeType> e : expected.entrySet()) {
            assertEquals(e.getValue(), node.get(e.getKey()).getNodeType(), what + "." + e.getKey());
        }
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static Map<String, JsonNodeType> ordered(Object... pairs) {
        Map<String, JsonNodeType> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (JsonNodeType) pairs[i + 1]);
        }
        return m;
    }
}
