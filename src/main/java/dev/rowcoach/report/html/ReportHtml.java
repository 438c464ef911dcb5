package dev.rowcoach.report.html;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.report.Printable;
import dev.rowcoach.report.ReportFormat;
import dev.rowcoach.session.DiscardedMovement;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.session.SetSummary;
import dev.rowcoach.session.SourceInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML form of a {@link SessionReport}: one self-contained page (inline CSS and SVG charts, no script, a
 * content security policy that forbids every fetch) for a phone or a laptop. Per set: the velocity, bar-path and
 * torso-swing charts ({@link SetCharts}), what the rep detector saw ({@link TraceChart}) with the movements not
 * counted and why, the rep table, the summary and the guidance; for the session: the
 * warnings, the session guidance and the weekly hard-set chart ({@link WeekChart}). The page is a JMustache
 * template ({@code report.mustache} beside this class) that escapes every value for HTML; only the SVG that
 * JFreeSVG drew is inserted unescaped.
 */
public final class ReportHtml {

    /**
     * What the page says about the session besides its analysis.
     *
     * @param athlete     who lifted, or null when nobody said
     * @param notes       free text, or null
     * @param performedAt when the session took place, or null when unknown
     */
    public record Details(String athlete, String notes, OffsetDateTime performedAt) {
    }

    private static final Template PAGE = compile();

    private ReportHtml() {
    }

    private static Template compile() {
        InputStream in = ReportHtml.class.getResourceAsStream("report.mustache");
        if (in == null) {
            throw new IllegalStateException("report.mustache is missing from the jar");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).compile(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page of {@code report}.
     *
     * @param weeks hard sets per ISO week, oldest first (empty: no training history, which the page says)
     * @param rule  what counted as a hard set in {@code weeks}
     */
    public static String render(SessionReport report, Details details, List<WeekSummary> weeks, HardSetRule rule) {
        StringWriter w = new StringWriter();
        try {
            render(report, details, weeks, rule, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Writes the page of {@code report} to {@code out} as it renders it: a set's charts and table are drawn when
     * the page reaches that set and dropped once written, so memory does not grow with the session's length.
     *
     * @throws IOException when {@code out} fails
     */
    public static void render(SessionReport report, Details details, List<WeekSummary> weeks, HardSetRule rule,
                              Writer out) throws IOException {
        Map<String, Object> page = new LinkedHashMap<>();
        SourceInfo s = report.source();
        ExerciseProfile p = report.exercise();
        page.put("strictColour", GradePaint.css(GradePaint.of(Grade.STRICT)));
        page.put("cheatColour", GradePaint.css(GradePaint.of(Grade.CHEAT)));
        page.put("excessiveColour", GradePaint.css(GradePaint.of(Grade.EXCESSIVE)));
        page.put("ungradedColour", GradePaint.css(GradePaint.UNGRADED));
        // Text from outside (a file name, a recording's header, the options) is shown, never obeyed: no control
        // character, no right-to-left override that makes a name read backwards.
        page.put("file", Printable.of(s.path()));
        page.put("source", Printable.of(ReportFormat.source(s, 1, "–")));
        page.put("athlete", details.athlete() != null ? Printable.of(details.athlete()) : "not stated");
        page.put("notes", details.notes() != null && !details.notes().isBlank() ? Printable.of(details.notes()) : false);
        page.put("performed", details.performedAt() != null
                ? details.performedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT)) : false);
        page.put("exercise", p.title() + " (" + p.name() + ")");
        page.put("expected", p.bodyEnglishExpected() ? "controlled body English is a tool here" : "strict reps expected");
        String strict = ReportFormat.degrees(p.strictMaxDeg(), "–");
        String cheat = ReportFormat.degrees(p.cheatMaxDeg(), "–");
        page.put("thresholds", String.format(Locale.ROOT, "strict below %s°, cheat %s–%s°, excessive above %s° of "
                + "estimated torso swing", strict, strict, cheat, cheat));
        String basis = ReportFormat.swingBasis(report);
        page.put("swingBasis", basis != null ? basis : false);
        page.put("profileGuidance", p.guidance());
        page.put("profileSource", p.source());
        page.put("limits", p.limits() != null ? p.limits() : false);
        page.put("load", ReportFormat.load(report.loadKg()));
        page.put("warnings", report.warnings());
        page.put("hasWarnings", !report.warnings().isEmpty());
        page.put("noGyro", !s.hasGyro() && !report.sets().isEmpty());
        // Each set's map (and its SVG) is made when the template reaches it, and is garbage once written.
        Iterable<Map<String, Object>> sets = () -> report.sets().stream().map(set -> set(set, p, s.gaps())).iterator();
        page.put("sets", sets);
        page.put("noSets", report.sets().isEmpty());
        page.put("sessionGuidance", guidance(report.guidance()));
        page.put("hasSessionGuidance", !report.guidance().isEmpty());
        page.put("weeks", weeks.isEmpty() ? false : weeks(weeks));
        page.put("hardSet", String.format(Locale.ROOT, "a hard set has at least %d reps and at least %s %% velocity loss",
                rule.minReps(), number(rule.minVelocityLossPct(), rule.minVelocityLossPct() == Math.rint(rule.minVelocityLossPct()) ? 0 : 1)));
        try {
            PAGE.execute(page, out);
        } catch (MustacheException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        out.flush();
    }

    private static Map<String, Object> set(SetReport set, ExerciseProfile profile, List<SourceInfo.GapInfo> gaps) {
        Map<String, Object> m = new LinkedHashMap<>();
        String id = "set-" + set.index();
        m.put("index", set.index());
        m.put("id", id);
        m.put("reps", set.reps().size() + (set.reps().size() == 1 ? " rep" : " reps"));
        m.put("time", String.format(Locale.ROOT, "%.1f–%.1f s", set.startS(), set.endS()));
        m.put("load", ReportFormat.load(set.loadKg()));
        SetSummary sum = set.summary();
        int graded = 0;
        for (Grade g : Grade.values()) {
            m.put(g.word(), sum.grades().get(g));
            graded += sum.grades().get(g);
        }
        m.put("ungraded", sum.reps() - graded);
        m.put("nonStrict", sum.nonStrictReps() != null ? sum.nonStrictReps() : "none");
        m.put("velocityLoss", number(sum.velocityLossPct(), 1) + " %");
        m.put("velocitySource", sum.velocity().source());
        m.put("velocityDiffers", sum.velocity().differs());
        m.put("velocityNote", sum.velocity().differs() ? sum.velocity().note() : "");
        m.put("best", number(sum.bestVelocityMps(), 3) + " m/s");
        m.put("mean", number(sum.meanVelocityMps(), 3) + " m/s");
        m.put("velocitySvg", SetCharts.velocity(set, id + "-velocity"));
        m.put("pathSvg", SetCharts.barPath(set, id + "-path"));
        m.put("swaySvg", SetCharts.sway(set, profile, id + "-sway"));
        m.put("traceSvg", TraceChart.of(set, gaps, id + "-trace"));
        List<Map<String, Object>> discarded = new ArrayList<>();
        for (int i = 0; i < set.discarded().size(); i++) {
            DiscardedMovement d = set.discarded().get(i);
            discarded.add(Map.of("number", i + 1, "time", String.format(Locale.ROOT, "%.1f–%.1f s", d.concentricStartS(),
                    d.endS()), "reason", d.reason()));
        }
        m.put("discarded", discarded);
        m.put("hasDiscarded", !discarded.isEmpty());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RepReport r : set.reps()) {
            rows.add(rep(r));
        }
        m.put("rows", rows);
        m.put("guidance", guidance(set.guidance()));
        m.put("hasGuidance", !set.guidance().isEmpty());
        return m;
    }

    private static Map<String, Object> rep(RepReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", r.index());
        m.put("rom", number(r.romM() * 100, 1));
        m.put("mcv", number(r.meanConcentricVelocityMps(), 3));
        m.put("peak", number(r.peakConcentricVelocityMps(), 3));
        m.put("concentric", number(r.concentricDurationS(), 2));
        m.put("eccentric", number(r.eccentricDurationS(), 2));
        m.put("horizontal", r.sway() == null ? "–" : number(r.sway().horizontalM() * 100, 1));
        m.put("dip", r.sway() == null ? "–" : number(r.sway().dipM() * 100, 1));
        m.put("swing", r.sway() == null ? "–" : number(r.sway().torsoSwingDeg(), 1));
        m.put("grade", r.grade() == null ? "not graded" : r.grade().word());
        m.put("gradeClass", r.grade() == null ? "ungraded" : r.grade().word());
        m.put("gradeConfidence", number(r.gradeConfidence(), 2));
        m.put("confidence", number(r.confidence(), 2));
        return m;
    }

    private static List<Map<String, Object>> guidance(List<Guidance> advice) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Guidance g : advice) {
            out.add(Map.of("message", g.message(), "ruleId", g.ruleId(), "source", g.source()));
        }
        return out;
    }

    private static Map<String, Object> weeks(List<WeekSummary> weeks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WeekSummary w : weeks) {
            rows.add(Map.of("week", w.week(), "from", w.monday().toString(), "sessions", w.sessions(), "sets", w.sets(),
                    "hardSets", w.hardSets(), "standing", standing(w)));
        }
        return Map.of("chart", WeekChart.of(weeks, "week-chart"), "rows", rows,
                "band", WeekSummary.GUIDANCE_MIN_SETS + "–" + WeekSummary.GUIDANCE_MAX_SETS);
    }

    /** Where a week stands against the band, as {@code rowcoach week} says it. */
    private static String standing(WeekSummary w) {
        return switch (w.standing()) {
            case "below" -> "below (" + (WeekSummary.GUIDANCE_MIN_SETS - w.hardSets()) + " short)";
            case "above" -> "above (" + (w.hardSets() - WeekSummary.GUIDANCE_MAX_SETS) + " over)";
            default -> "within";
        };
    }

    /** {@code v} with {@code decimals} places, or "–" when it is not a number. */
    private static String number(double v, int decimals) {
        return ReportFormat.number(v, decimals, "–");
    }
}
