package dev.rowcoach.lab.bench;

import dev.rowcoach.grading.Grade;
import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthEvent;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Scores one session's analysis against the truth of the simulated session it came from. */
public final class TruthScorer {

    /** Labelled handling motions that must not become reps; a ghost overlapping one is counted by type. */
    public static final List<String> HANDLING_EVENTS = List.of("pickup", "putdown", "grip-adjust", "bump");

    private static final Set<String> PICKUP_PUTDOWN = Set.of("pickup", "putdown");

    private TruthScorer() {
    }

    /**
     * Matches the report's reps to the truth's on their concentric intervals and tallies counts, errors,
     * ghosts and the matched reps' sway grades. A ghost's whole span (concentric start to eccentric end) is
     * tested against the events, since a pick-up may be mistaken for either half of a rep.
     */
    public static RepTally score(SessionReport report, Truth truth) {
        List<RepReport> detected = new ArrayList<>();
        for (SetReport s : report.sets()) {
            detected.addAll(s.reps());
        }
        List<TruthRep> trueReps = new ArrayList<>();
        List<Integer> trueSetOf = new ArrayList<>();
        for (int i = 0; i < truth.sets().size(); i++) {
            for (TruthRep r : truth.sets().get(i).reps()) {
                trueReps.add(r);
                trueSetOf.add(i);
            }
        }
        List<RepMatcher.Match> matches = RepMatcher.match(
                detected.stream().map(r -> new Interval(r.concentricStartS(), r.concentricEndS())).toList(),
                trueReps.stream().map(r -> new Interval(r.concentricStartS(), r.concentricEndS())).toList());

        int mcvReps = 0, romReps = 0;
        double mcvErr = 0;
        double romErr = 0;
        int latencyReps = 0, latencyWithin = 0;
        double latencySum = 0, latencyMax = 0;
        GradeTally grades = GradeTally.EMPTY;
        boolean[] matched = new boolean[detected.size()];
        boolean[] setFound = new boolean[truth.sets().size()];
        for (RepMatcher.Match m : matches) {
            RepReport d = detected.get(m.detected());
            TruthRep t = trueReps.get(m.truth());
            if (Double.isFinite(d.meanConcentricVelocityMps())) {
                mcvReps++;
                mcvErr += Math.abs(d.meanConcentricVelocityMps() - t.meanConcentricVelocityMps());
            }
            if (Double.isFinite(d.romM())) {
                romReps++;
                romErr += Math.abs(d.romM() - t.romM());
            }
            if (Double.isFinite(d.reportedS())) {
                double latency = Math.max(0, d.reportedS() - t.endS());
                latencyReps++;
                latencySum += latency;
                latencyMax = Math.max(latencyMax, latency);
                latencyWithin += latency <= RepTally.LATENCY_TARGET_S ? 1 : 0;
            }
            Grade trueGrade = Grade.ofWord(t.grade());
            if (trueGrade != null && d.grade() != null && d.sway() != null) {
                grades = grades.plus(GradeTally.of(trueGrade, t.torsoSwingDeg(), d.grade(), d.sway().torsoSwingDeg()));
            }
            matched[m.detected()] = true;
            setFound[trueSetOf.get(m.truth())] = true;
        }

        int ghosts = 0;
        int pickupPutdown = 0;
        Map<String, Integer> byEvent = new TreeMap<>();
        for (int i = 0; i < detected.size(); i++) {
            if (matched[i]) {
                continue;
            }
            ghosts++;
            RepReport g = detected.get(i);
            Interval span = new Interval(g.concentricStartS(), Math.max(g.endS(), g.concentricEndS()));
            boolean liftGhost = false;
            for (String type : HANDLING_EVENTS) {
                if (overlapsAny(span, truth.events(), type)) {
                    byEvent.merge(type, 1, Integer::sum);
                    liftGhost |= PICKUP_PUTDOWN.contains(type);
                }
            }
            if (liftGhost) {
                pickupPutdown++;
            }
        }
        int found = 0;
        for (boolean f : setFound) {
            found += f ? 1 : 0;
        }
        return new RepTally(1, trueReps.size(), detected.size(), matches.size(), mcvReps, romReps, mcvErr, romErr, ghosts,
                pickupPutdown, byEvent, truth.sets().size(), report.sets().size(), found, latencyReps, latencySum,
                latencyMax, latencyWithin, grades);
    }

    private static boolean overlapsAny(Interval span, List<TruthEvent> events, String type) {
        for (TruthEvent e : events) {
            if (type.equals(e.type()) && span.overlapS(new Interval(e.startS(), e.endS())) > 0) {
                return true;
            }
        }
        return false;
    }
}
