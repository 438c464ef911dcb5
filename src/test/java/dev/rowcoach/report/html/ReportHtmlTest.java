package dev.rowcoach.report.html;

import dev.rowcoach.report.ReportFormat;

import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.motion.SetResult;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.PhysicalBounds;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.session.SetSummary;
import dev.rowcoach.session.SourceInfo;
import dev.rowcoach.session.TestReps;
import dev.rowcoach.session.VelocityTrace;
import dev.rowcoach.source.SensorFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML page's content, charts and escaping, rendered in-process (the browser test is ReportHtmlIT). */
class ReportHtmlTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"'><img src=x onerror=alert(2)>";
    private static final String BOTH = SCRIPT + IMG;

    private static SessionReport replay(String sample) throws Exception {
        return Replay.of(SensorFile.open(Path.of("sample-recordings", sample), null, DecoderSettings.DEFAULTS),
                Replay.Grading.DEFAULTS, Loads.UNKNOWN);
    }

    private static String svg(String page, String id) {
        Matcher m = Pattern.compile("<svg id='" + Pattern.quote(id) + "'.*?</svg>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "no svg " + id);
        return m.group();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String rgb(java.awt.Color c) {
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static List<WeekSummary> weeks() {
        LocalDate monday = LocalDate.of(2026, 1, 5);
        return List.of(new WeekSummary("2026-W02", monday, 3, 9, 5, 4, 4, 1, 36, 20, 10),
                new WeekSummary("2026-W03", monday.plusWeeks(1), 4, 17, 16, 2, 15, 0, 80, 30, 0));
    }

    @Test
    void everySetHasItsThreeChartsWithBarsAndPathsColouredByTheirRepsGrades() throws Exception {
        SessionReport report = replay("cheat-at-the-end-200hz.rcrec");
        String page = ReportHtml.render(report, new ReportHtml.Details("A", null, null), weeks(), HardSetRule.DEFAULTS);
        assertEquals(2, report.sets().size());
        assertEquals(4 * report.sets().size() + 1, count(page, "<svg "));
        for (SetReport set : report.sets()) {
            String trace = svg(page, "set-" + set.index() + "-trace");
            assertTrue(set.trace().size() > 100 && set.trace().size() <= VelocityTrace.MAX_POINTS, "trace points");
            assertTrue(set.trace().timeS(0) < set.startS() && set.trace().timeS(set.trace().size() - 1) > set.endS(),
                    "the trace spans the set");
            for (RepReport r : set.reps()) {
                assertTrue(trace.contains(">" + r.index() + "</text>"), "rep " + r.index() + " shaded and numbered");
            }
            String velocity = svg(page, "set-" + set.index() + "-velocity");
            String sway = svg(page, "set-" + set.index() + "-sway");
            String path = svg(page, "set-" + set.index() + "-path");
            for (Grade g : Grade.values()) {
                int reps = set.summary().grades().get(g);
                String fill = "fill:" + rgb(GradePaint.of(g));
                // One legend swatch plus one bar per rep of that grade.
                assertEquals(1 + reps, count(velocity, fill), g + " bars in set " + set.index());
                assertEquals(1 + reps, count(sway, fill), g + " swing bars in set " + set.index());
                long withPath = set.reps().stream().filter(r -> r.grade() == g && r.path().size() >= 2).count();
                assertEquals(withPath, count(path, "stroke:" + rgb(GradePaint.of(g)) + ";"), g + " paths");
            }
            assertTrue(set.reps().stream().allMatch(r -> r.path().size() >= 2), "every rep has a path");
            assertTrue(sway.contains("strict below 10°") && sway.contains("excessive above 25°"), "threshold lines");
            assertTrue(page.contains("<section class=\"card set\" id=\"set-" + set.index() + "\">"));
            for (RepReport r : set.reps()) {
                assertTrue(page.contains(String.format(Locale.ROOT, "<td>%d</td><td>%.1f</td><td>%.3f</td>", r.index(),
                        r.romM() * 100, r.meanConcentricVelocityMps())), "row of rep " + r.index());
            }
        }
        // Cheat reps at the end of both sets: the strict reps' figures and all the reps' differ, and both are shown.
        for (SetReport set : report.sets()) {
            String note = set.summary().velocity().note();
            assertTrue(note != null && page.contains(note.substring(0, note.indexOf(". The strict"))), "set " + set.index());
            assertTrue(page.contains("<dt>velocity from</dt><dd>" + set.summary().velocity().source() + "</dd>"));
        }
        // What the swing was read against, as the text report says it.
        assertTrue(page.contains("<dt>swing</dt><dd>" + ReportFormat.swingBasis(report).replace("'", "&#39;") + "</dd>"),
                page);
        assertTrue(page.contains("<dt>swing</dt><dd>read against the first two reps of each set that started strict ("),
                ReportFormat.swingBasis(report));
        // Coaching with its rule id and source (swinging from the first rep on this file).
        SessionReport swing = replay("excessive-swing-200hz.rcrec");
        String swingPage = ReportHtml.render(swing, new ReportHtml.Details("A", null, null), weeks(), HardSetRule.DEFAULTS);
        Guidance early = swing.sets().get(0).guidance().get(0);
        assertTrue(swingPage.contains(early.ruleId() + "; " + early.source().replace("\"", "&quot;")), swingPage);
    }

    @Test
    void theWeeklyChartShowsTheWeeksAgainstTheBandOrSaysThereIsNoHistory() throws Exception {
        SessionReport report = replay("excessive-swing-200hz.rcrec");
        String page = ReportHtml.render(report, new ReportHtml.Details(null, null, null), weeks(), HardSetRule.DEFAULTS);
        String chart = svg(page, "week-chart");
        assertTrue(chart.contains("guidance 15–20"), "the band's label");
        assertTrue(chart.contains(">W02<") && chart.contains(">W03<") && chart.contains(">ISO week of 2026<"), "week labels");
        assertTrue(page.contains("<td>2026-W03</td><td>2026-01-12</td><td>4</td><td>17</td><td>16</td><td>within</td>"));
        assertTrue(page.contains("<td>2026-W02</td><td>2026-01-05</td><td>3</td><td>9</td><td>5</td><td>below (10 short)</td>"));
        assertFalse(page.contains("No training history."));

        String none = ReportHtml.render(report, new ReportHtml.Details(null, null, null), List.of(), HardSetRule.DEFAULTS);
        assertTrue(none.contains("No training history."));
        assertFalse(none.contains("week-chart"));
        assertEquals(4, count(none, "<svg "));
    }

    @Test
    void aLongSetNumbersRepOneAndEveryFifthInsteadOfCuttingTheNumbers() {
        double[] mcv = new double[20];
        java.util.Arrays.fill(mcv, 0.6);
        SetResult result = TestReps.set(1, 2.0, 2.5, 0.45, mcv);
        List<RepReport> reps = result.reps().stream().map(r -> RepReport.of(r, null, PhysicalBounds.ROWS)).toList();
        SetReport set = new SetReport(1, 2.0, 52.0, null, reps, SetSummary.of(reps), List.of(), List.of(),
                VelocityTrace.NONE);
        SessionReport report = new SessionReport(TestReps.source(10_000, 200, true),
                dev.rowcoach.grading.ExerciseProfiles.get("kroc-row"), null, List.of(set), List.of(), List.of(), null);
        String velocity = svg(ReportHtml.render(report, new ReportHtml.Details(null, null, null), List.of(),
                HardSetRule.DEFAULTS), "set-1-velocity");
        for (int rep = 1; rep <= 20; rep++) {
            boolean numbered = rep == 1 || rep % 5 == 0;
            assertEquals(numbered, velocity.contains(">" + rep + "</text>"), "rep " + rep);
        }
        assertFalse(velocity.contains("..."), "a label cut short");
    }

    @Test
    void everyUserSuppliedTextIsEscaped() {
        ExerciseProfile profile = new ExerciseProfile("x" + BOTH, "row" + BOTH, "vertical", "strict", 10, 25,
                "guidance" + BOTH, "source" + BOTH, "limits" + BOTH, true,
                dev.rowcoach.grading.ExerciseProfiles.get("barbell-row").swing());
        SetResult result = TestReps.set(1, 2.0, 2.5, 0.45, 0.7, 0.65, 0.6);
        List<RepReport> reps = result.reps().stream().map(r -> RepReport.of(r, null, PhysicalBounds.ROWS)).toList();
        SetReport set = new SetReport(1, 2.0, 9.0, 60.0, reps, SetSummary.of(reps),
                List.of(new Guidance("rule" + BOTH, "author" + BOTH, "message" + BOTH)), List.of(), VelocityTrace.NONE);
        SourceInfo source = new SourceInfo("dir/" + BOTH + ".rcrec", "recording", 1000, 100, 100, 9.99, true, List.of(), 0);
        SessionReport report = new SessionReport(source, profile, 60.0, List.of(set),
                List.of(new Guidance("session" + BOTH, "by" + BOTH, "advice" + BOTH)), List.of("warning" + BOTH), null);
        String page = ReportHtml.render(report, new ReportHtml.Details("athlete" + BOTH, "notes" + BOTH,
                OffsetDateTime.of(2026, 1, 5, 18, 0, 0, 0, ZoneOffset.UTC)), weeks(), HardSetRule.DEFAULTS);

        String lower = page.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "a script element");
        assertFalse(lower.contains("<img"), "an img element");
        assertFalse(lower.contains("onerror="), "an event handler");
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;";
        for (String field : List.of("athlete", "notes", "dir/", "row", "guidance", "source", "limits", "rule",
                "author", "message", "session", "by", "advice", "warning")) {
            assertTrue(page.contains(field + escaped), field + " is shown, escaped");
        }
        // The file name also titles the page.
        assertTrue(page.contains("<title>rowcoach report: dir/" + escaped + ".rcrec</title>"));
    }
}
