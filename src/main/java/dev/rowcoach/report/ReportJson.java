package dev.rowcoach.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.LoadVelocityProfile;
import dev.rowcoach.coach.PastSet;
import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Sway;
import dev.rowcoach.session.DiscardedMovement;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.session.SetSummary;
import dev.rowcoach.session.SourceInfo;
import dev.rowcoach.session.Withheld;

import java.util.List;

/**
 * The JSON form of a {@link SessionReport} (schema {@value SessionReport#SCHEMA}). Built field by field
 * so the contract's names and order live in one place: times in s with 3 decimals, m and m/s with 3,
 * percentages with 1, degrees with 1, fractions and confidences with 2; numbers that are not finite become
 * {@code null}, and an ungraded rep has explicit {@code null}s for {@code sway}, {@code grade} and
 * {@code gradeConfidence}. A figure no human row can produce is {@code null} too, and named with why in its rep's
 * {@code withheld} list (and in {@code warnings}). {@code week} and {@code loadVelocity} are {@code null} when there is nothing to say
 * (no training history; no set with a load).
 */
public final class ReportJson {

    private ReportJson() {
    }

    /** {@code report} as indented JSON, without a trailing newline. */
    public static String toJson(SessionReport report) {
        return JsonOutput.write(tree(report));
    }

    /** {@code report} as a JSON tree. */
    public static ObjectNode tree(SessionReport report) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("schema", SessionReport.SCHEMA);
        root.set("source", source(report.source()));
        root.put("exercise", report.exercise().name());
        root.set("grading", grading(report.exercise()));
        root.put("loadKg", report.loadKg() == null ? null : Rounding.round(report.loadKg(), 2));
        ArrayNode sets = root.putArray("sets");
        for (SetReport s : report.sets()) {
            sets.add(set(s));
        }
        root.set("guidance", guidance(report.guidance()));
        TrainingReview training = report.training();
        WeekSummary week = training == null ? null : training.week();
        if (week == null) {
            root.putNull("week");
        } else {
            root.set("week", week(week));
        }
        LoadVelocityProfile lv = training == null ? null : training.loadVelocity();
        if (lv == null) {
            root.putNull("loadVelocity");
        } else {
            root.set("loadVelocity", loadVelocity(lv));
        }
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        return root;
    }

    /** One ISO week of the history, with where it stands against the volume guidance (also in {@code rowcoach week}). */
    public static ObjectNode week(WeekSummary w) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("week", w.week());
        o.put("monday", w.monday().toString());
        o.put("sessions", w.sessions());
        o.put("sets", w.sets());
        o.put("hardSets", w.hardSets());
        o.put("standing", w.standing());
        ObjectNode ranges = o.putObject("repRanges");
        ranges.put("upTo6", w.lowReps());
        ranges.put("7to12", w.midReps());
        ranges.put("over12", w.highReps());
        ObjectNode g = o.putObject("grades");
        g.put("strict", w.strict());
        g.put("cheat", w.cheat());
        g.put("excessive", w.excessive());
        return o;
    }

    /** A load–velocity line as the report writes it (also the live {@code coaching} event). */
    public static ObjectNode loadVelocity(LoadVelocityProfile lv) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("outcome", lv.outcome().word());
        o.put("mvtMps", Rounding.round(lv.mvtMps(), 3));
        o.put("distinctLoads", lv.distinctLoads());
        o.put("slopeMpsPerKg", Rounding.round(lv.slopeMpsPerKg(), 5));
        o.put("interceptMps", Rounding.round(lv.interceptMps(), 3));
        o.put("r2", Rounding.round(lv.r2(), 3));
        o.put("e1rmKg", Rounding.round(lv.e1rmKg(), 1));
        o.put("e1rmLowKg", Rounding.round(lv.e1rmLowKg(), 1));
        o.put("e1rmHighKg", Rounding.round(lv.e1rmHighKg(), 1));
        ArrayNode points = o.putArray("points");
        for (PastSet p : lv.points()) {
            ObjectNode point = points.addObject();
            point.put("date", p.date().toString());
            point.put("loadKg", Rounding.round(p.loadKg(), 2));
            point.put("bestVelocityMps", Rounding.round(p.bestVelocityMps(), 3));
            point.put("basis", p.basis().word());
        }
        return o;
    }

    private static ObjectNode source(SourceInfo s) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("path", s.path());
        o.put("format", s.format());
        o.put("samples", s.samples());
        o.put("sampleRateHz", Rounding.round(s.sampleRateHz(), 3));
        o.put("distinctRateHz", Rounding.round(s.distinctRateHz(), 3));
        o.put("durationS", Rounding.round(s.durationS(), 3));
        o.put("hasGyro", s.hasGyro());
        ArrayNode gaps = o.putArray("gaps");
        for (SourceInfo.GapInfo g : s.gaps()) {
            ObjectNode gap = gaps.addObject();
            gap.put("startS", Rounding.round(g.startS(), 3));
            gap.put("endS", Rounding.round(g.endS(), 3));
            gap.put("cause", g.cause());
        }
        o.put("malformed", s.malformed());
        return o;
    }

    /** One set as the report writes it (also each live {@code set} event). */
    public static ObjectNode set(SetReport s) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("index", s.index());
        o.put("startS", Rounding.round(s.startS(), 3));
        o.put("endS", Rounding.round(s.endS(), 3));
        o.put("loadKg", s.loadKg() == null ? null : Rounding.round(s.loadKg(), 2));
        ArrayNode reps = o.putArray("reps");
        for (RepReport r : s.reps()) {
            reps.add(rep(r));
        }
        SetSummary sum = s.summary();
        ObjectNode summary = o.putObject("summary");
        summary.put("reps", sum.reps());
        summary.put("meanVelocityMps", Rounding.round(sum.meanVelocityMps(), 3));
        summary.put("bestVelocityMps", Rounding.round(sum.bestVelocityMps(), 3));
        summary.put("velocityLossPct", Rounding.round(sum.velocityLossPct(), 1));
        summary.put("velocityBasis", sum.velocity().basis().word());
        summary.set("velocityByBasis", velocityByBasis(sum.velocity()));
        ObjectNode grades = summary.putObject("grades");
        sum.grades().forEach((g, n) -> grades.put(g.word(), n));
        summary.put("nonStrictReps", sum.nonStrictReps());
        o.set("guidance", guidance(s.guidance()));
        ArrayNode discarded = o.putArray("discarded");
        for (DiscardedMovement d : s.discarded()) {
            ObjectNode m = discarded.addObject();
            m.put("concentricStartS", Rounding.round(d.concentricStartS(), 3));
            m.put("endS", Rounding.round(d.endS(), 3));
            m.put("reason", d.reason());
            m.put("romM", Rounding.round(d.romM(), 3));
            m.put("meanConcentricVelocityMps", Rounding.round(d.meanConcentricVelocityMps(), 3));
            m.put("peakConcentricVelocityMps", Rounding.round(d.peakConcentricVelocityMps(), 3));
            m.put("concentricDurationS", Rounding.round(d.concentricDurationS(), 3));
            m.set("withheld", withheld(d.withheld()));
        }
        return o;
    }

    /** A set's velocity figures from its strict reps (null when fewer than two) and from all, and whether they differ. */
    private static ObjectNode velocityByBasis(SetVelocity v) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        if (v.strict() == null) {
            o.putNull("strict");
        } else {
            o.set("strict", figures(v.strict()));
        }
        o.set("all", figures(v.all()));
        o.put("differ", v.differs());
        o.put("note", v.note());
        return o;
    }

    private static ObjectNode figures(SetVelocity.Figures f) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("reps", f.reps());
        o.put("bestVelocityMps", Rounding.round(f.bestMps(), 3));
        o.put("velocityLossPct", Rounding.round(f.lossPct(), 1));
        return o;
    }

    private static ArrayNode withheld(List<Withheld> withheld) {
        ArrayNode out = JsonOutput.MAPPER.createArrayNode();
        for (Withheld w : withheld) {
            out.addObject().put("field", w.field()).put("reason", w.reason());
        }
        return out;
    }

    /** Advice as the report writes it: rule id, source and message each (also the live {@code coaching} event). */
    public static ArrayNode guidance(List<Guidance> advice) {
        ArrayNode out = JsonOutput.MAPPER.createArrayNode();
        for (Guidance g : advice) {
            ObjectNode o = out.addObject();
            o.put("ruleId", g.ruleId());
            o.put("source", g.source());
            o.put("message", g.message());
        }
        return out;
    }

    private static ObjectNode grading(ExerciseProfile p) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("exercise", p.name());
        o.put("title", p.title());
        o.put("concentric", p.concentric());
        o.put("expected", p.expected());
        o.put("strictMaxDeg", Rounding.round(p.strictMaxDeg(), 1));
        o.put("cheatMaxDeg", Rounding.round(p.cheatMaxDeg(), 1));
        o.put("guidance", p.guidance());
        o.put("source", p.source());
        o.put("limits", p.limits());
        return o;
    }

    private static ObjectNode sway(Sway s) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("horizontalM", Rounding.round(s.horizontalM(), 3));
        o.put("dipM", Rounding.round(s.dipM(), 3));
        o.put("torsoSwingDeg", Rounding.round(s.torsoSwingDeg(), 1));
        o.put("earlyPathM", Rounding.round(s.earlyPathM(), 3));
        o.put("timeToPeakFraction", Rounding.round(s.timeToPeakFraction(), 2));
        o.put("startVelocityMps", Rounding.round(s.startVelocityMps(), 3));
        o.put("romVsStrict", Rounding.round(s.romVsStrict(), 2));
        o.put("romDepartureM", Rounding.round(s.romDepartureM(), 3));
        o.put("horizontalDepartureM", Rounding.round(s.horizontalDepartureM(), 3));
        o.put("earlySwingDeg", Rounding.round(s.earlySwingDeg(), 1));
        o.put("basis", s.basis().word());
        o.put("baseline", s.baseline());
        o.put("featuresAgree", s.featuresAgree());
        return o;
    }

    /** One rep as the report writes it (also each live {@code rep} event). */
    public static ObjectNode rep(RepReport r) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("index", r.index());
        o.put("concentricStartS", Rounding.round(r.concentricStartS(), 3));
        o.put("concentricEndS", Rounding.round(r.concentricEndS(), 3));
        o.put("endS", Rounding.round(r.endS(), 3));
        o.put("romM", Rounding.round(r.romM(), 3));
        o.put("meanConcentricVelocityMps", Rounding.round(r.meanConcentricVelocityMps(), 3));
        o.put("peakConcentricVelocityMps", Rounding.round(r.peakConcentricVelocityMps(), 3));
        o.put("concentricDurationS", Rounding.round(r.concentricDurationS(), 3));
        o.put("eccentricDurationS", Rounding.round(r.eccentricDurationS(), 3));
        o.put("confidence", Rounding.round(r.confidence(), 2));
        o.put("reportedS", Rounding.round(r.reportedS(), 3));
        o.put("gapS", Rounding.round(r.gapS(), 3));
        o.put("topHoldS", Rounding.round(r.topHoldS(), 3));
        if (r.sway() == null) {
            o.putNull("sway");
        } else {
            o.set("sway", sway(r.sway()));
        }
        o.put("grade", r.grade() == null ? null : r.grade().word());
        o.put("gradeConfidence", Rounding.round(r.gradeConfidence(), 2));
        o.set("withheld", withheld(r.withheld()));
        return o;
    }
}
