package dev.rowcoach.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTextTest {

    @Test
    void aSetIsAHeaderOneLinePerRepAndASummaryThenWarningsAtTheEnd() {
        ReportCollector c = new ReportCollector();
        var set = TestReps.set(1, 12.5, 2.5, 0.421, 0.75, 0.69, 0.6);
        set.reps().forEach(c::rep);
        c.setEnded(set);
        c.warning("Orientation was uncertain at the start.");
        String text = ReportText.render(c.report(TestReps.source(8_001, 200, true), "barbell-row", 60.0));
        List<String> lines = text.lines().toList();

        assertEquals("file      s.rcrec", lines.get(0));
        assertEquals("source    recording, 8001 samples, 200.0 Hz, 40.000 s, gyroscope, no gaps", lines.get(1));
        assertEquals("exercise  barbell-row", lines.get(2));
        assertEquals("load      60.0 kg", lines.get(3));
        assertEquals("", lines.get(4));
        double end = set.endS();
        assertEquals(String.format(java.util.Locale.ROOT, "set 1  12.500–%.3f s  load 60.0 kg  3 reps", end), lines.get(5));
        assertTrue(lines.get(6).contains("rep") && lines.get(6).contains("ROM cm") && lines.get(6).contains("mean m/s"),
                lines.get(6));
        // rep 1: ROM 42.1 cm, MCV 0.75, peak 1.6 × MCV = 1.2, concentric 0.421 / 0.75 s, eccentric 1.2 s.
        assertEquals(List.of("1", "42.1", "0.750", "1.200", "0.561", "1.200", "0.90"), List.of(lines.get(7).trim().split("\\s+")));
        assertEquals(List.of("3", "42.1", "0.600", "0.960", "0.702", "1.200", "0.90"), List.of(lines.get(9).trim().split("\\s+")));
        assertEquals("  mean 0.680 m/s, best 0.750 m/s, velocity loss 20.0 %", lines.get(10));
        assertEquals("", lines.get(11));
        assertEquals("warnings", lines.get(12));
        assertEquals("  - Orientation was uncertain at the start.", lines.get(13));
        assertEquals(14, lines.size());
        assertTrue(text.endsWith("\n"));
    }

    @Test
    void noSetsAndUnknownLoadAreSaidPlainly() {
        ReportCollector empty = new ReportCollector();
        empty.warning("There is no gyroscope, so the bar's tilt comes from the accelerometer alone.");
        String none = ReportText.render(empty.report(TestReps.source(100, 100, false), "barbell-row", null));
        assertTrue(none.contains("\nno sets found\n"), none);
        assertTrue(none.contains("no gyroscope"), none);
        assertTrue(none.contains("\nload      not stated\n"), none);
        assertTrue(none.contains("\nwarnings\n  - There is no gyroscope"), none);

        ReportCollector c = new ReportCollector();
        var set = TestReps.set(1, 1, 2, 0.4, 0.5);
        set.reps().forEach(c::rep);
        c.setEnded(set);
        String one = ReportText.render(c.report(TestReps.source(1000, 100, true), "barbell-row", null));
        assertTrue(one.contains("load not stated  1 rep\n"), one);
        assertTrue(!one.contains("warnings"), one);
    }
}
