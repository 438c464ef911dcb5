package dev.rowcoach.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.live.LiveCounts;
import dev.rowcoach.live.LiveListener;
import dev.rowcoach.live.LiveTime;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.report.JsonOutput;
import dev.rowcoach.report.Rounding;
import dev.rowcoach.report.html.GradePaint;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.session.SetSummary;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code live --screen}: the session on a page a lifter reads from the rack (served by {@link ScreenServer}). Keeps
 * the screen's state (connection, the current set's reps with velocity, grade and velocity loss, the stop
 * threshold, the last set's summary and coaching) and publishes all of it as JSON at every event that changes it.
 * The page ({@code live-screen.html}) draws it; each rep carries the time of its first report, so the page can say (and the
 * test measure) how long it took to show.
 */
final class LiveScreen implements LiveListener, AutoCloseable {

    private final ScreenServer server;
    private final Double stopAtLossPct;
    private String connection = "waiting";
    private String connectionText = "waiting for the sensor";
    private int setIndex;
    private final List<ObjectNode> reps = new ArrayList<>();
    private final List<Double> velocities = new ArrayList<>();
    private ObjectNode lastSet;
    private String warning;
    private long seq;

    private LiveScreen(ScreenServer server, Double stopAtLossPct) {
        this.server = server;
        this.stopAtLossPct = stopAtLossPct;
    }

    /**
     * Starts the screen's server.
     *
     * @param where         {@code [ADDR:]PORT} as typed after {@code --screen}
     * @param stopAtLossPct the velocity loss at which the set is done, %, or null
     * @throws UserException when {@code where} is not an address or cannot be listened on
     */
    static LiveScreen start(String where, Double stopAtLossPct) throws UserException {
        InetSocketAddress address = address(where, "--screen");
        byte[] page = page();
        LiveScreen s = new LiveScreen(null, stopAtLossPct);
        return new LiveScreen(new ScreenServer(address, where, page, s.state()), stopAtLossPct);
    }

    /** {@code [ADDR:]PORT} as a socket address (all addresses when none is given). */
    static InetSocketAddress address(String where, String option) throws UserException {
        int colon = where.lastIndexOf(':');
        String host = colon < 0 ? null : where.substring(0, colon).replaceAll("^\\[|]$", "");
        String port = colon < 0 ? where : where.substring(colon + 1);
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 0 || p > 65535) {
            throw new UserException(option + " takes [ADDRESS:]PORT, e.g. 8090 or 0.0.0.0:8090, not '" + where + "'",
                    ExitCode.USAGE_OR_INPUT);
        }
        if (host == null || host.isEmpty()) {
            return new InetSocketAddress(p);
        }
        InetSocketAddress a = new InetSocketAddress(host, p);
        if (a.isUnresolved()) {
            throw new UserException(option + " " + where + ": unknown address " + host, ExitCode.USAGE_OR_INPUT);
        }
        return a;
    }

    private static byte[] page() {
        try (InputStream in = LiveScreen.class.getResourceAsStream("live-screen.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{csp}}", ScreenServer.CSP)
                    .replace("{{strict}}", GradePaint.css(Grade.STRICT))
                    .replace("{{cheat}}", GradePaint.css(Grade.CHEAT))
                    .replace("{{excessive}}", GradePaint.css(Grade.EXCESSIVE))
                    .replace("{{ungraded}}", GradePaint.css((Grade) null));
            return html.getBytes(StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the live screen's page is missing from the program", e);
        }
    }

    /** The port the screen listens on. */
    int port() {
        return server.port();
    }

    @Override
    public void connected(LiveTime at, String source, boolean again) {
        connection = "connected";
        // A push link is "connected" once it listens; the phone shows up with its first batch.
        connectionText = source.startsWith("http-listen:") && !again ? "listening on " + source.substring(12)
                + " for the phone" : (again ? "reconnected to " : "connected to ") + source;
        publish();
    }

    @Override
    public void disconnected(LiveTime at, String reason) {
        connection = "disconnected";
        connectionText = "lost: " + reason;
        publish();
    }

    @Override
    public void protocol(LiveTime at, WireFormat format, String recording) {
        connectionText = connectionText + ", receiving " + format.id();
        publish();
    }

    @Override
    public void status(LiveTime at, double samplesPerS, long bytes) {
    }

    @Override
    public void gap(LiveTime at, Gap gap, Double durationS) {
        warning = durationS == null ? "the sensor restarted" : String.format(Locale.ROOT, "gap of %.1f s in the data",
                durationS);
        publish();
    }

    @Override
    public void rep(LiveTime at, int set, RepReport rep, boolean revised) {
        if (set != setIndex) {
            setIndex = set;
            reps.clear();
            velocities.clear();
        }
        ObjectNode r = JsonOutput.MAPPER.createObjectNode();
        r.put("index", rep.index());
        r.put("mcv", finite(rep.meanConcentricVelocityMps(), 2));
        r.put("grade", rep.grade() == null ? null : rep.grade().word());
        int i = position(rep.index());
        // A rep's time is that of its first report: a revision updates its figures, it does not land it again (and
        // may come within the same millisecond, when the page sees only the revised state).
        r.put("eventMs", i >= 0 ? reps.get(i).get("eventMs").asLong() : at.hostTime().toEpochMilli());
        if (i >= 0) {
            reps.set(i, r);
            velocities.set(i, rep.meanConcentricVelocityMps());
        } else {
            reps.add(r);
            velocities.add(rep.meanConcentricVelocityMps());
        }
        losses();
        publish();
    }

    /**
     * The set's velocity loss as of each rep, as the report computes it for the reps up to it ({@link SetVelocity}: from
     * the strict reps once two were strict), with the basis it was computed on.
     */
    private void losses() {
        List<Grade> grades = new ArrayList<>(reps.size());
        List<Double> upTo = new ArrayList<>(reps.size());
        for (int k = 0; k < reps.size(); k++) {
            JsonNode g = reps.get(k).get("grade");
            grades.add(g.isNull() ? null : Grade.ofWord(g.asText()));
            upTo.add(velocities.get(k));
            SetVelocity v = SetVelocity.of(grades, upTo);
            // To 0.1 %, as reports and the stop cue take it.
            reps.get(k).put("lossPct", finite(v.used().lossPct(), 1));
            reps.get(k).put("lossBasis", v.basis().word());
        }
    }

    @Override
    public void repDiscarded(LiveTime at, int set, RepReport rep, String reason) {
        int i = set == setIndex ? position(rep.index()) : -1;
        if (i >= 0) {
            reps.remove(i);
            velocities.remove(i);
            publish();
        }
    }

    @Override
    public void set(LiveTime at, SetReport set) {
        SetSummary s = set.summary();
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("index", set.index());
        o.put("reps", s.reps());
        o.put("meanMps", finite(s.meanVelocityMps(), 2));
        o.put("bestMps", finite(s.bestVelocityMps(), 2));
        o.put("lossPct", finite(s.velocityLossPct(), 1));
        o.put("velocityFrom", s.velocity().source());
        o.put("velocityNote", s.velocity().note());
        ArrayNode lines = o.putArray("coaching");
        for (Guidance g : set.guidance()) {
            lines.add(g.message());
        }
        lastSet = o;
        if (set.index() == setIndex) {
            // The set's own numbering is final now (a pick-up found at its end renumbers the reps).
            List<ObjectNode> before = new ArrayList<>(reps);
            reps.clear();
            velocities.clear();
            for (int k = 0; k < set.reps().size(); k++) {
                RepReport r = set.reps().get(k);
                ObjectNode n = JsonOutput.MAPPER.createObjectNode();
                n.put("index", r.index());
                n.put("mcv", finite(r.meanConcentricVelocityMps(), 2));
                n.put("grade", r.grade() == null ? null : r.grade().word());
                n.put("eventMs", k < before.size() ? before.get(k).get("eventMs").asLong() : at.hostTime().toEpochMilli());
                reps.add(n);
                velocities.add(r.meanConcentricVelocityMps());
            }
            losses();
        }
        publish();
    }

    @Override
    public void warning(LiveTime at, String message) {
        warning = message;
        publish();
    }

    @Override
    public void ended(LiveTime at, SessionReport report, LiveCounts counts, String why) {
        connection = "ended";
        connectionText = "session ended (" + why + ")";
        publish();
    }

    @Override
    public void coaching(LiveTime at, TrainingReview review) {
        if (lastSet != null && !review.guidance().isEmpty()) {
            ArrayNode lines = lastSet.withArray("coaching");
            for (Guidance g : review.guidance()) {
                lines.add(g.message());
            }
            publish();
        }
    }

    @Override
    public void close() {
        server.close();
    }

    private int position(int index) {
        for (int i = 0; i < reps.size(); i++) {
            if (reps.get(i).get("index").asInt() == index) {
                return i;
            }
        }
        return -1;
    }

    private void publish() {
        if (server != null) {
            server.publish(state());
        }
    }

    private String state() {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("seq", ++seq);
        o.put("connection", connection);
        o.put("connectionText", connectionText);
        o.put("set", setIndex == 0 ? null : setIndex);
        ArrayNode r = o.putArray("reps");
        reps.forEach(r::add);
        o.put("stopAtLossPct", stopAtLossPct);
        o.set("lastSet", lastSet);
        o.put("warning", warning);
        return JsonOutput.line(o);
    }

    private static Double finite(double v, int decimals) {
        return Double.isFinite(v) ? Rounding.round(v, decimals) : null;
    }
}
