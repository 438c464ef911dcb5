package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.live.LiveCounts;
import dev.rowcoach.live.LiveListener;
import dev.rowcoach.live.LiveTime;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.report.JsonOutput;
import dev.rowcoach.report.ReportJson;
import dev.rowcoach.report.Rounding;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * {@code live --events jsonl}: one JSON object per line and per event, flushed at once. Every object starts
 * with {@code type}, {@code deviceS} (stream time, s, or null), {@code hostS} (s since the session started)
 * and {@code hostTime} (ISO-8601 UTC); a {@code rep} carries the fields of a rep in the JSON report, a
 * {@code set} those of a set.
 */
final class LiveJsonLines implements LiveListener {

    private final PrintWriter out;

    LiveJsonLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void connected(LiveTime at, String source, boolean again) {
        ObjectNode o = event(again ? "reconnected" : "connected", at);
        o.put("source", source);
        emit(o);
    }

    @Override
    public void disconnected(LiveTime at, String reason) {
        ObjectNode o = event("disconnected", at);
        o.put("reason", reason);
        emit(o);
    }

    @Override
    public void protocol(LiveTime at, WireFormat format, String recording) {
        ObjectNode o = event("protocol", at);
        o.put("protocol", format.id());
        o.put("recording", recording);
        emit(o);
    }

    @Override
    public void status(LiveTime at, double samplesPerS, long bytes) {
        ObjectNode o = event("status", at);
        o.put("samplesPerS", Rounding.round(samplesPerS, 1));
        o.put("bytes", bytes);
        emit(o);
    }

    @Override
    public void gap(LiveTime at, Gap gap, Double durationS) {
        ObjectNode o = event("gap", at);
        o.put("cause", gap.cause().name().toLowerCase(Locale.ROOT));
        o.put("missingSamples", gap.missingSamples() < 0 ? null : gap.missingSamples());
        o.put("durationS", durationS == null ? null : Rounding.round(durationS, 3));
        emit(o);
    }

    @Override
    public void rep(LiveTime at, int setIndex, RepReport rep, boolean revised) {
        ObjectNode o = event("rep", at);
        o.put("set", setIndex);
        o.put("revised", revised);
        copy(ReportJson.rep(rep), o);
        emit(o);
    }

    @Override
    public void repDiscarded(LiveTime at, int setIndex, RepReport rep, String reason) {
        ObjectNode o = event("discarded", at);
        o.put("set", setIndex);
        o.put("index", rep.index());
        o.put("reason", reason);
        emit(o);
    }

    @Override
    public void set(LiveTime at, SetReport set) {
        ObjectNode o = event("set", at);
        copy(ReportJson.set(set), o);
        emit(o);
    }

    @Override
    public void warning(LiveTime at, String message) {
        ObjectNode o = event("warning", at);
        o.put("message", message);
        emit(o);
    }

    @Override
    public void ended(LiveTime at, SessionReport report, LiveCounts counts, String why) {
        ObjectNode o = event("ended", at);
        o.put("reason", why);
        o.put("bytes", counts.bytes());
        o.put("droppedBytes", counts.droppedBytes());
        o.put("samples", counts.samples());
        o.put("malformed", counts.malformed());
        o.put("disconnects", counts.disconnects());
        o.put("sets", report == null ? 0 : report.sets().size());
        o.put("reps", report == null ? 0 : report.sets().stream().mapToInt(s -> s.reps().size()).sum());
        emit(o);
    }

    @Override
    public void coaching(LiveTime at, TrainingReview review) {
        ObjectNode o = event("coaching", at);
        WeekSummary week = review.week();
        if (week == null) {
            o.putNull("week");
        } else {
            o.set("week", ReportJson.week(week));
        }
        if (review.loadVelocity() == null) {
            o.putNull("loadVelocity");
        } else {
            o.set("loadVelocity", ReportJson.loadVelocity(review.loadVelocity()));
        }
        o.set("guidance", ReportJson.guidance(review.guidance()));
        emit(o);
    }

    private static ObjectNode event(String type, LiveTime at) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("type", type);
        o.put("deviceS", at.deviceS() == null ? null : Rounding.round(at.deviceS(), 3));
        o.put("hostS", Rounding.round(at.hostS(), 6));
        o.put("hostTime", at.hostTime().toString());
        return o;
    }

    private static void copy(ObjectNode from, ObjectNode to) {
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
            to.set(e.getKey(), e.getValue());
        }
    }

    private void emit(ObjectNode o) {
        out.println(JsonOutput.line(o));
        out.flush();
    }
}
