package dev.rowcoach.lab.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.report.JsonOutput;
import dev.rowcoach.report.Rounding;

/**
 * The JSON form of an {@link AccuracyReport} (schema {@value AccuracyReport#SCHEMA}): per-file rows (kind
 * "truth", "count" or "skipped"; a truth row carries its sway grades: accuracy, clear-rep accuracy, swing
 * MAE and the confusion matrix, rows the true grade), the pooled block, the targets and the verdict.
 * Metrics that were not
 * measured are {@code null}; ratios and errors carry 4 decimals so a value just past a target shows.
 */
public final class AccuracyJson {

    private AccuracyJson() {
    }

    /** {@code report} as indented JSON, without a trailing newline. */
    public static String toJson(AccuracyReport report) {
        return JsonOutput.write(tree(report));
    }

    public static ObjectNode tree(AccuracyReport report) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("schema", AccuracyReport.SCHEMA);
        ArrayNode files = root.putArray("files");
        for (FileResult f : report.files()) {
            files.add(file(f));
        }
        AccuracySummary s = report.summary();
        ObjectNode overall = root.putObject("overall");
        overall.set("all", tally(s.all()));
        overall.set("gyro", tally(s.gyro()));
        overall.set("accelOnly", tally(s.accelOnly()));
        ObjectNode counted = overall.putObject("counted");
        counted.put("files", s.counted().files());
        counted.put("exact", s.counted().exact());
        counted.put("withinOne", s.counted().withinOne());
        overall.put("errors", s.errors());
        ArrayNode targets = root.putArray("targets");
        for (TargetResult t : report.targets()) {
            ObjectNode o = targets.addObject();
            o.put("id", t.id());
            o.put("description", t.description());
            o.put("threshold", t.threshold());
            o.put("measured", Rounding.round(t.measured(), 4));
            o.put("status", t.status().name());
        }
        root.put("passed", report.passed());
        root.put("verdict", report.verdict());
        return root;
    }

    private static ObjectNode file(FileResult f) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("path", f.path());
        if (f instanceof FileResult.Scored s) {
            o.put("kind", "truth");
            o.put("hasGyro", s.hasGyro());
            o.setAll(tally(s.tally()));
            o.remove("files");
        } else if (f instanceof FileResult.Counted c) {
            o.put("kind", "count");
            o.put("expectedReps", c.expectedReps());
            o.put("detectedReps", c.detectedReps());
            o.put("exact", c.exact());
            o.put("withinOne", c.withinOne());
        } else if (f instanceof FileResult.Skipped k) {
            o.put("kind", "skipped");
            o.put("reason", k.reason());
            o.put("error", k.error());
        }
        return o;
    }

    private static ObjectNode tally(RepTally t) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("files", t.files());
        o.put("trueReps", t.trueReps());
        o.put("detectedReps", t.detectedReps());
        o.put("matchedReps", t.matchedReps());
        o.put("precision", Rounding.round(t.precision(), 4));
        o.put("recall", Rounding.round(t.recall(), 4));
        o.put("f1", Rounding.round(t.f1(), 4));
        o.put("mcvMaeMps", Rounding.round(t.mcvMaeMps(), 4));
        o.put("romMaeM", Rounding.round(t.romMaeM(), 4));
        o.put("latencyMeanS", Rounding.round(t.latencyMeanS(), 3));
        o.put("latencyMaxS", Rounding.round(t.latencyMaxS(), 3));
        o.put("latencyWithinTargetShare", Rounding.round(t.latencyWithinTargetShare(), 3));
        o.put("ghostReps", t.ghostReps());
        o.put("pickupPutdownGhostReps", t.pickupPutdownGhostReps());
        ObjectNode byEvent = o.putObject("ghostRepsByEvent");
        for (String type : TruthScorer.HANDLING_EVENTS) {
            byEvent.put(type, t.ghostRepsByEvent().getOrDefault(type, 0));
        }
        o.put("trueSets", t.trueSets());
        o.put("detectedSets", t.detectedSets());
        o.put("setsFound", t.setsFound());
        o.set("grades", grades(t.grades()));
        return o;
    }

    private static ObjectNode grades(GradeTally g) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("gradedReps", g.reps());
        o.put("accuracy", Rounding.round(g.accuracy(), 4));
        o.put("clearReps", g.clearReps());
        o.put("clearAccuracy", Rounding.round(g.clearAccuracy(), 4));
        o.put("swingMaeDeg", Rounding.round(g.swingMaeDeg(), 2));
        ObjectNode confusion = o.putObject("confusion");
        for (Grade truth : Grade.values()) {
            ObjectNode row = confusion.putObject(truth.word());
            for (Grade given : Grade.values()) {
                row.put(given.word(), g.count(truth, given));
            }
        }
        return o;
    }
}
