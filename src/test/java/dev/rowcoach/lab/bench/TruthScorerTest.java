package dev.rowcoach.lab.bench;

import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthEvent;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.lab.truth.TruthSet;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.RepShape;
import dev.rowcoach.motion.SetResult;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.ReportCollector;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.TestReps;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TruthScorerTest {

    private static TruthRep trueRep(int index, double start, double romM, double mcv) {
        double conc = romM / mcv;
        return new TruthRep(index, start, start + conc, start + conc + 1.2, romM, mcv, 1.6 * mcv, 5, 0.01, 0.02, "strict");
    }

    private static Rep detected(int set, int index, double start, double end, double romM, double mcv) {
        return new Rep(set, index, start, end, end + 1.2, romM, mcv, 1.6 * mcv, end - start, 1.2, 0.9,
                new RepShape(0, 0, 0.5, 0.2, 0, 0, 0.8), Double.NaN);
    }

    private static SessionReport report(List<SetResult> sets) {
        ReportCollector c = TestReps.collector("barbell-row");
        for (SetResult s : sets) {
            s.reps().forEach(c::rep);
            c.setEnded(s);
        }
        return c.report(TestReps.source(40_000, 200, true), Loads.UNKNOWN);
    }

    /** Two true sets of three reps at 10 s and 60 s; ROM 0.40 m, MCV 0.80, 0.75, 0.70 m/s. */
    private static Truth truth(List<TruthEvent> events) {
        List<TruthRep> a = List.of(trueRep(1, 10, 0.4, 0.8), trueRep(2, 12.5, 0.4, 0.75), trueRep(3, 15, 0.4, 0.7));
        List<TruthRep> b = List.of(trueRep(1, 60, 0.4, 0.8), trueRep(2, 62.5, 0.4, 0.75), trueRep(3, 65, 0.4, 0.7));
        return new Truth(Truth.SCHEMA, 7, "rowcoach", 200, true, null,
                List.of(new TruthSet(1, 10, 17, "barbell-row", 60, a), new TruthSet(2, 60, 67, "barbell-row", 60, b)), events);
    }

    @Test
    void latencyIsFromTheTrueEndOfTheRepToItsReport() {
        Truth t = truth(List.of());
        List<TruthRep> a = t.sets().get(0).reps();
        double[] after = {0.1, 0.25, 0.9};
        List<Rep> reps = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TruthRep r = a.get(i);
            Rep d = detected(1, i + 1, r.concentricStartS(), r.concentricEndS(), r.romM(), r.meanConcentricVelocityMps());
            reps.add(new Rep(d.setIndex(), d.index(), d.concentricStartS(), d.concentricEndS(), d.endS(), d.romM(),
                    d.meanConcentricVelocityMps(), d.peakConcentricVelocityMps(), d.concentricDurationS(),
                    d.eccentricDurationS(), d.confidence(), d.shape(), r.endS() + after[i]));
        }
        RepTally tally = TruthScorer.score(report(List.of(new SetResult(1, 10, 17, reps))), t);
        assertEquals(3, tally.latencyReps());
        assertEquals((0.1 + 0.25 + 0.9) / 3, tally.latencyMeanS(), 1e-9);
        assertEquals(0.9, tally.latencyMaxS(), 1e-9);
        assertEquals(2.0 / 3, tally.latencyWithinTargetShare(), 1e-9);
    }

    @Test
    void aRepCountedAcrossAHoleCountsButLeavesTheErrorsOutOfTheMeans() {
        Truth t = truth(List.of());
        List<TruthRep> a = t.sets().get(0).reps();
        List<Rep> reps = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TruthRep r = a.get(i);
            reps.add(detected(1, i + 1, r.concentricStartS(), r.concentricEndS(), r.romM(), r.meanConcentricVelocityMps() + 0.03));
        }
        TruthRep second = a.get(1);
        // What the motion core reports for a rep it counted across a hole without measuring it.
        reps.set(1, new Rep(1, 2, second.concentricStartS(), second.concentricEndS(), second.endS(), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, 0.5, null, Double.NaN, 0.4, 0.4, Double.NaN));
        RepTally tally = TruthScorer.score(report(List.of(new SetResult(1, 10, 17, reps))), t);
        assertEquals(3, tally.matchedReps());
        assertEquals(2, tally.mcvReps());
        assertEquals(2, tally.romReps());
        assertEquals(0.03, tally.mcvMaeMps(), 1e-9);
        assertEquals(0, tally.romMaeM(), 1e-9);
    }

    @Test
    void aPerfectAnalysisScoresPerfectly() {
        Truth t = truth(List.of());
        List<SetResult> sets = t.sets().stream().map(s -> new SetResult(s.index(), s.startS(), s.endS(),
                s.reps().stream().map(r -> detected(s.index(), r.index(), r.concentricStartS(), r.concentricEndS(),
                        r.romM(), r.meanConcentricVelocityMps())).toList())).toList();
        RepTally tally = TruthScorer.score(report(sets), t);
        assertEquals(6, tally.trueReps());
        assertEquals(6, tally.detectedReps());
        assertEquals(6, tally.matchedReps());
        assertEquals(1.0, tally.f1(), 0);
        assertEquals(0.0, tally.mcvMaeMps(), 1e-12);
        assertEquals(0.0, tally.romMaeM(), 1e-12);
        assertEquals(0, tally.ghostReps());
        assertEquals(2, tally.trueSets());
        assertEquals(2, tally.detectedSets());
        assertEquals(2, tally.setsFound());
    }

    @Test
    void errorsMissesGhostsAndSetsAreCounted() {
        Truth t = truth(List.of(new TruthEvent("pickup", 5, 7), new TruthEvent("bump", 40, 41),
                new TruthEvent("grip-adjust", 40.5, 42), new TruthEvent("rest", 17, 60)));
        SetResult first = new SetResult(1, 5.2, 16, List.of(
                detected(1, 1, 5.2, 5.8, 0.3, 0.5),                      // during the pick-up: a ghost
                detected(1, 2, 10.05, 10.5, 0.42, 0.83),                 // rep 1: ROM +0.02, MCV +0.03
                detected(1, 3, 12.6, 13.0, 0.37, 0.70)));                // rep 2: ROM −0.03, MCV −0.05; rep 3 missed
        SetResult second = new SetResult(2, 40.2, 41.5, List.of(
                detected(2, 1, 40.2, 40.7, 0.1, 0.2),                    // during the bump and the grip adjustment
                detected(2, 2, 30.0, 30.4, 0.1, 0.2)));                  // during rest: a ghost of no handling event
        RepTally tally = TruthScorer.score(report(List.of(first, second)), t);

        assertEquals(6, tally.trueReps());
        assertEquals(5, tally.detectedReps());
        assertEquals(2, tally.matchedReps());
        assertEquals(2 / 5.0, tally.precision(), 1e-12);
        assertEquals(2 / 6.0, tally.recall(), 1e-12);
        assertEquals((0.03 + 0.05) / 2, tally.mcvMaeMps(), 1e-12);
        assertEquals((0.02 + 0.03) / 2, tally.romMaeM(), 1e-12);
        assertEquals(3, tally.ghostReps());
        assertEquals(1, tally.pickupPutdownGhostReps());
        assertEquals(Map.of("pickup", 1, "bump", 1, "grip-adjust", 1), tally.ghostRepsByEvent());
        assertEquals(2, tally.trueSets());
        assertEquals(2, tally.detectedSets());
        assertEquals(1, tally.setsFound(), "no rep of the second true set was found");
    }

    @Test
    void aGhostsEccentricDuringAPutDownCounts() {
        Truth t = truth(List.of(new TruthEvent("putdown", 20.0, 21.0)));
        // Concentric 18.5–19.0 s, eccentric to 20.2 s: it ends inside the put-down.
        SetResult set = new SetResult(1, 18.5, 20.2, List.of(detected(1, 1, 18.5, 19.0, 0.2, 0.4)));
        RepTally tally = TruthScorer.score(report(List.of(set)), t);
        assertEquals(1, tally.ghostReps());
        assertEquals(1, tally.pickupPutdownGhostReps());
        assertEquals(Map.of("putdown", 1), tally.ghostRepsByEvent());
    }

    @Test
    void nothingDetectedAndNothingTrue() {
        RepTally none = TruthScorer.score(report(List.of()), truth(List.of()));
        assertEquals(6, none.trueReps());
        assertEquals(0, none.detectedReps());
        assertEquals(0.0, none.f1());
        assertEquals(0, none.setsFound());

        Truth empty = new Truth(Truth.SCHEMA, 1, "ascii", 100, false, null, List.of(), List.of());
        RepTally ghostsOnly = TruthScorer.score(report(List.of(TestReps.set(1, 3, 2.5, 0.4, 0.6, 0.5))), empty);
        assertEquals(0, ghostsOnly.trueReps());
        assertEquals(2, ghostsOnly.ghostReps());
        assertEquals(0, ghostsOnly.pickupPutdownGhostReps());
        assertEquals(0, ghostsOnly.trueSets());
    }
}
