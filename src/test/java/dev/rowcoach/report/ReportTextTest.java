package dev.rowcoach.report;

import dev.rowcoach.session.Loads;
import dev.rowcoach.session.ReportCollector;
import dev.rowcoach.session.TestReps;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTextTest {

    @Test
    void aSetIsAHeaderOneLinePerRepAndASummaryThenWarningsAtTheEnd() {
        ReportCollector c = TestReps.collector("barbell-row");
        var set = TestReps.set(1, 12.5, 2.5, 0.421, 0.75, 0.69, 0.6);
        set.reps().forEach(c::rep);
        c.setEnded(set);
        c.warning("Orientation was uncertain at the start.");
        String text = ReportText.render(c.report(TestReps.source(8_001, 200, true), Loads.of(60.0)), false);
        List<String> lines = text.lines().toList();

        assertEquals("file      s.rcrec", lines.get(0));
        assertEquals("source    recording, 8001 samples, 200.0 Hz, 40.000 s, gyroscope, no gaps", lines.get(1));
        assertEquals("exercise  barbell-row (bent-over barbell row; controlled body English is a tool here)", lines.get(2));
        assertEquals("grading   strict < 10°, cheat 10–25°, excessive > 25° of estimated torso swing", lines.get(3));
        assertEquals("swing     read against the first two reps of each set that started strict (1 of 3 reps), from the bar's"
                + " early movement for the others, less certain: it depends on how your body moves; a calibration set"
                + " (--calibrate) reads every rep against your own strict reps", lines.get(4));
        assertTrue(lines.get(5).startsWith("guidance  ") && lines.get(5).contains("Upper Back"), lines.get(5));
        assertEquals("load      60.0 kg", lines.get(6));
        assertEquals("", lines.get(7));
        double end = set.endS();
        assertEquals(String.format(java.util.Locale.ROOT, "set 1  12.500–%.3f s  load 60.0 kg  3 reps", end), lines.get(8));
        assertTrue(lines.get(9).contains("rep") && lines.get(9).contains("ROM cm") && lines.get(9).contains("grade"),
                lines.get(9));
        // rep 1: ROM 42.1 cm, MCV 0.75, peak 1.6 × MCV = 1.2, concentric 0.421 / 0.75 s, eccentric 1.2 s; a 1 cm
        // early movement is 1.0° of swing, strict: P(< 10° | 1.0°, the early movement's spread 6.5°) = 0.917 times
        // 0.9 / 0.95.
        assertEquals(List.of("1", "42.1", "0.750", "1.200", "0.561", "1.200", "0.90", "1.0", "strict", "0.87"),
                List.of(lines.get(10).trim().split("\\s+")));
        // rep 3 is read against the first two (both strict, the same ROM): no departure reads as the model's 4.3° from
        // the height (4.6° along the arc; the median with the early movement's 1.0°), weighed equally with the early
        // movement: 2.65°, strict, P(< 10° | 2.65°, the departure model's spread 3.5°) = 0.98 times 0.9 / 0.95.
        assertEquals(List.of("3", "42.1", "0.600", "0.960", "0.702", "1.200", "0.90", "2.7", "strict", "0.93"),
                List.of(lines.get(12).trim().split("\\s+")));
        assertEquals("  mean 0.680 m/s, best 0.750 m/s, velocity loss 20.0 % (from all 3 reps, all strict)", lines.get(13));
        assertEquals("  grades: 3 strict, 0 cheat, 0 excessive", lines.get(14));
        assertEquals("", lines.get(15));
        assertEquals("warnings", lines.get(16));
        assertEquals("  - Orientation was uncertain at the start.", lines.get(17));
        assertEquals(18, lines.size());
        assertTrue(text.endsWith("\n"));
    }

    @Test
    void aMovementNotCountedIsListedWithItsSetAndAnImpossibleFigureIsADash() {
        ReportCollector c = TestReps.collector("barbell-row");
        var pickUp = TestReps.rep(1, 1, 5.0, 0.52, 0.31);
        c.rep(pickUp);
        var set = TestReps.set(1, 10, 3, 0.45, 0.70, 0.68, 0.66);
        set.reps().forEach(c::rep);
        c.repDiscarded(pickUp, "Set 1: it looked like picking the bar up, not a row; it is not counted.");
        var wild = new dev.rowcoach.motion.Rep(1, 4, 20, 21, 22.2, 3.32, 0.6, 1.1, 1.0, 1.2, 0.9, pickUp.shape(), 22.3);
        c.rep(wild);
        var reps = new java.util.ArrayList<>(set.reps());
        reps.add(wild);
        c.setEnded(new dev.rowcoach.motion.SetResult(1, 10, 22.2, reps));
        String text = ReportText.render(c.report(TestReps.source(5000, 200, true), Loads.UNKNOWN), false);
        assertTrue(text.contains("  not counted, 5.0–7.9 s: Set 1: it looked like picking the bar up, not a row; it is "
                + "not counted.\n"), text);
        assertTrue(text.contains("\n    4        -      0.600"), text);
        assertFalse(text.contains("332") || text.contains("3.32"), text);
        assertTrue(text.contains("Set 1, rep 4: ROM withheld (more than 1 m, further than a bar can rise in this row)"), text);
    }

    @Test
    void noSetsAndUnknownLoadAreSaidPlainly() {
        ReportCollector empty = TestReps.collector("barbell-row");
        empty.warning("There is no gyroscope, so the bar's tilt comes from the accelerometer alone.");
        String none = ReportText.render(empty.report(TestReps.source(100, 100, false), Loads.UNKNOWN), false);
        assertTrue(none.contains("\nno sets found\n"), none);
        assertTrue(none.contains("no gyroscope"), none);
        assertTrue(none.contains("\nload      not stated\n"), none);
        assertTrue(none.contains("\nwarnings\n  - There is no gyroscope"), none);

        ReportCollector c = TestReps.collector("barbell-row");
        var set = TestReps.set(1, 1, 2, 0.4, 0.5);
        set.reps().forEach(c::rep);
        c.setEnded(set);
        String one = ReportText.render(c.report(TestReps.source(1000, 100, true), Loads.UNKNOWN), false);
        assertTrue(one.contains("load not stated  1 rep\n"), one);
        assertTrue(!one.contains("warnings"), one);
        assertTrue(one.contains("\nswing     read from the bar's early movement alone, less certain: it depends on how your"
                + " body moves; a calibration set (--calibrate)"), one);
        assertFalse(none.contains("\nswing  "), "nothing graded, nothing said: " + none);
    }

    @Test
    void aCalibratedSessionSaysItsSwingIsTheDepartureFromTheCalibration() {
        ReportCollector c = new ReportCollector(() -> new dev.rowcoach.grading.Grader(
                dev.rowcoach.grading.ExerciseProfiles.get("barbell-row"), dev.rowcoach.grading.DepartureModel.FITTED,
                new dev.rowcoach.grading.Calibration(0.42, 5), false), () -> true);
        var set = TestReps.set(1, 1, 2.5, 0.42, 0.6, 0.55, 0.5);
        set.reps().forEach(c::rep);
        c.setEnded(set);
        String text = ReportText.render(c.report(TestReps.source(1000, 100, true), Loads.UNKNOWN), false);
        assertTrue(text.contains("\nswing     read as the departure from your calibration's strict reps\n"), text);
    }

    @Test
    void overriddenThresholdsArePrintedAsGiven() {
        ReportCollector c = new ReportCollector(() -> new dev.rowcoach.grading.Grader(
                dev.rowcoach.grading.ExerciseProfiles.get("seal-row").withThresholds(7.5, 20.0)), () -> true);
        String text = ReportText.render(c.report(TestReps.source(100, 100, true), Loads.UNKNOWN), false);
        assertTrue(text.contains("\ngrading   strict < 7.5°, cheat 7.5–20°, excessive > 20° of estimated torso swing\n"), text);
        assertTrue(text.contains("\nexercise  seal-row (seal row (lying on a bench); strict reps expected)\n"), text);
        assertTrue(text.contains("\nlimits    The torso lies on the bench"), text);
    }
}
