package dev.rowcoach.motion;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sets from reps, and the set-end judgement of first and last movements, on constructed measurements. */
class SetTrackerTest {

    private final MotionRuns run = new MotionRuns();
    private final List<Rep> reps = run.reps;
    private final List<SetResult> sets = run.sets;
    private final List<String> discarded = run.discarded;
    private final SetTracker tracker = new SetTracker(8, run);

    /** A measured movement starting at {@code start}: concentric {@code durS} long over {@code romM}. */
    private static RepMeasurement move(double start, double romM, double durS, double stillAtTopS) {
        double top = start + durS;
        return new RepMeasurement(start, top, top + 0.1, top + 1.2, romM, 1.6 * romM / durS, romM, stillAtTopS, false,
                new RepShape(0, 0, 0.5, 0.1, 0, 0, 0.8), stillAtTopS);
    }

    private void row(double start) {
        tracker.add(move(start, 0.45, 0.6, 0), 0.95, 0, 0, 0, false, false);
    }

    @Test
    void restLongerThanTheGapSplitsSetsAndNumbersRepsInEach() {
        for (int i = 0; i < 3; i++) {
            row(10 + 2.5 * i);
        }
        tracker.tick(15, Double.NaN);
        assertEquals(0, sets.size(), "not yet rested long enough");
        tracker.tick(25, Double.NaN);
        assertEquals(1, sets.size());
        row(60);
        row(62.5);
        tracker.finish();
        assertEquals(2, sets.size());
        assertEquals(List.of(1, 2, 3), sets.get(0).reps().stream().map(Rep::index).toList());
        assertEquals(List.of(1, 2), sets.get(1).reps().stream().map(Rep::index).toList());
        assertEquals(2, sets.get(1).reps().get(0).setIndex());
        assertEquals(5, reps.size(), "every rep was reported as it came");
    }

    @Test
    void repsCountedFromTheBeatStandOrFallWithTheMovementAfterThem() {
        for (int i = 0; i < 5; i++) {
            row(6 + 2.5 * i);
        }
        // Holes hid the rep at 18.5 s; the one after it, on the beat, is a row: both stay.
        tracker.add(RepMeasurement.unmeasured(18.5, 19.1, 20.0, false), 0.6, 0.5, 0.4, 21, true, false);
        row(21);
        row(23.5);
        // Then holes hid another, and the movement after it was the put-down: it goes, and so does the one before it.
        tracker.add(RepMeasurement.unmeasured(26, 26.6, 27.5, false), 0.6, 0.5, 0.4, 29, true, false);
        tracker.add(move(28.5, 0.20, 0.8, 0), 0.95, 0, 0, 0, false, false);
        tracker.finish();
        assertEquals(1, sets.size());
        assertEquals(8, sets.get(0).reps().size(), sets.get(0).reps().toString());
        assertEquals(18.5, sets.get(0).reps().get(5).concentricStartS(), 1e-9);
        assertEquals(2, discarded.size(), discarded.toString());
        assertTrue(discarded.get(1).contains("the movement after it was the put-down"), discarded.toString());
    }

    @Test
    void aSlowLongPickUpAndASlowSmallStandUpAreDiscardedAndTheRestRenumbered() {
        tracker.add(move(1, 0.60, 1.6, 0), 0.95, 0, 0, 0, false, false); // deadlift off the floor: slow and long
        for (int i = 0; i < 6; i++) {
            row(6 + 2.5 * i);
        }
        tracker.add(move(22, 0.20, 0.8, 0), 0.95, 0, 0, 0, false, false); // standing up before the put-down: slow and small
        tracker.finish();
        assertEquals(1, sets.size());
        SetResult set = sets.get(0);
        assertEquals(6, set.reps().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), set.reps().stream().map(Rep::index).toList());
        assertEquals(6.0, set.startS(), 1e-9);
        assertEquals(2, discarded.size(), discarded.toString());
        assertTrue(discarded.get(0).contains("standing up to put the bar down"), discarded.get(0));
        assertTrue(discarded.get(1).contains("picking the bar up"), discarded.get(1));
    }

    @Test
    void aPullBridgedOverHolesIsJudgedOnWhatTheHolesLeaveSure() {
        // Holes in the first rep's pull left it estimates of under half its ROM and velocity; measured, such a movement
        // would be a slow, small pick-up. Bridged, it was at most 0.15 m/s faster than estimated: as fast as a row.
        tracker.add(move(3.5, 0.20, 0.6, 0), 0.66, 0.6, 0.3, 0, false, false);
        for (int i = 0; i < 6; i++) {
            row(6 + 2.5 * i);
        }
        // Standing up before the put-down, bridged: without its bridged part the pull is still twice a row's, and slow.
        tracker.add(move(21, 0.40, 1.9, 0), 0.66, 0.5, 0.3, 0, false, false);
        tracker.finish();
        SetResult set = sets.get(0);
        assertEquals(7, set.reps().size(), set.reps().toString());
        assertEquals(3.5, set.startS(), 1e-9);
        assertEquals(1, discarded.size(), discarded.toString());
        assertTrue(discarded.get(0).contains("partly in gaps in the data, looked like standing up"), discarded.get(0));
    }

    @Test
    void aFirstMovementFromRestIsThePickUpWhenItsEstimatesAloneAreSlowAndLong() {
        // Holes over half of it: estimated at 0.31 m/s over 0.8 s against rows of 0.75 m/s over 0.6 s, it was at most
        // 0.46 m/s (as fast as a row may be). Begun as the bar left a long rest, it is judged on its estimates: the
        // pick-up. The same movement from the hang, and a row as fast as the others from the floor, stay.
        for (int set = 0; set < 3; set++) {
            double at = 100.0 * set;
            RepMeasurement first = set < 2 ? move(at + 2.5, 0.25, 0.8, 0) : move(at + 2.5, 0.45, 0.6, 0);
            tracker.add(first, 0.66, 0.6, 0.3, 0, false, set != 1);
            for (int i = 0; i < 6; i++) {
                row(at + 5 + 2.5 * i);
            }
        }
        tracker.finish();
        assertEquals(List.of(6, 7, 7), sets.stream().map(s -> s.reps().size()).toList(), discarded.toString());
        assertEquals(1, discarded.size(), discarded.toString());
        assertTrue(discarded.get(0).startsWith("Set 1: a movement at 2.5 s, partly in gaps in the data, looked like "
                + "picking the bar up"), discarded.get(0));
    }

    @Test
    void aPullBridgedOnlyBrieflyIsJudgedOnNearlyAllOfItsMeasurement() {
        // A 10 cm hitch before the first row, 0.04 s of it in a hole: at most 0.08 m/s faster than measured (0.15 m/s
        // for a quarter of the pull bridged or more) and at most 5 cm larger (the rows' peak speed over the hole). Slow
        // and small: not a row. The same hitch with 0.3 s of holes in it, on the set's beat, might have been a row: it
        // stays.
        twoSetsAfter(move(3.7, 0.105, 0.3, 0), 0.04, move(42.5, 0.105, 0.3, 0), 0.3, 0.04);
        assertFirstSetsPickUpDiscarded(3.7);
        assertEquals(42.5, sets.get(1).startS(), 1e-9);
    }

    @Test
    void aSmallMovementJustBeforeTheFirstRowIsNotARowUnlessHolesHidMostOfIt() {
        // A 10 cm twitch as quick as a row, its top 1.45 s before the first row's (0.58 of the set's beat): a row keeps
        // the beat, and one bridged over holes can read that small, but not while it was measured over most of its span.
        // The same with holes over 0.8 s of its 1.35 s (the second set's): what it rose is not known; it stays.
        twoSetsAfter(move(3.95, 0.10, 0.15, 0), 0.3, move(43.95, 0.10, 0.15, 0), 0.8, 0.1);
        assertFirstSetsPickUpDiscarded(4.0);
    }

    /**
     * Two sets of six rows 2.5 s apart, from 5 s and from 45 s, each after a movement ({@code first}, {@code second}) with
     * holes over {@code firstGapS} and {@code secondGapS} of it and {@code pullGapS} of its pull.
     */
    private void twoSetsAfter(RepMeasurement first, double firstGapS, RepMeasurement second, double secondGapS,
                              double pullGapS) {
        tracker.add(first, 0.66, firstGapS, pullGapS, 0, false, false);
        for (int i = 0; i < 6; i++) {
            row(5 + 2.5 * i);
        }
        tracker.add(second, 0.66, secondGapS, pullGapS, 0, false, false);
        for (int i = 0; i < 6; i++) {
            row(45 + 2.5 * i);
        }
        tracker.finish();
    }

    /** The first set's first movement, at {@code atS}, was discarded as the pick-up; the second set kept its own. */
    private void assertFirstSetsPickUpDiscarded(double atS) {
        assertEquals(2, sets.size());
        assertEquals(6, sets.get(0).reps().size(), sets.get(0).reps().toString());
        assertEquals(5.0, sets.get(0).startS(), 1e-9);
        assertEquals(7, sets.get(1).reps().size(), sets.get(1).reps().toString());
        assertEquals(1, discarded.size(), discarded.toString());
        assertTrue(discarded.get(0).contains(String.format(java.util.Locale.ROOT, "Set 1: a movement at %.1f s, partly in "
                + "gaps in the data, looked like picking the bar up", atS)), discarded.get(0));
    }

    @Test
    void aFirstMovementThatStoodStillAtTheTopOrIsOffTheBeatIsDiscarded() {
        tracker.add(move(1, 0.45, 0.8, 1.5), 0.95, 0, 0, 0, false, false); // as fast as the rows, but then stood still 1.5 s
        for (int i = 0; i < 5; i++) {
            row(5 + 2.5 * i);
        }
        tracker.finish();
        assertEquals(5, sets.get(0).reps().size());

        sets.clear();
        tracker.add(move(100, 0.45, 0.8, 0), 0.95, 0, 0, 0, false, false); // followed by 4.5 s of nothing before the first row
        for (int i = 0; i < 5; i++) {
            row(104.5 + 2.5 * i);
        }
        tracker.finish();
        assertEquals(5, sets.get(0).reps().size());
    }

    @Test
    void aLastMovementHeldUpFarLongerThanTheSetsRepsIsAStandUpEvenAtRowSpeed() {
        for (int i = 0; i < 6; i++) {
            row(10 + 2.5 * i);
        }
        tracker.add(move(25.0, 0.45, 0.6, 1.7), 0.95, 0, 0, 0, false, false); // on the beat and as fast, then stood 1.7 s with the bar
        tracker.finish();
        assertEquals(6, sets.get(0).reps().size());
        assertTrue(discarded.get(0).contains("standing up to put the bar down"), discarded.toString());

        sets.clear();
        discarded.clear();
        for (int i = 0; i < 6; i++) {
            tracker.add(move(100 + 3.5 * i, 0.45, 0.6, 1.2), 0.95, 0, 0, 0, false, false); // every rep squeezed 1.2 s at the top
        }
        tracker.add(move(121.0, 0.45, 0.6, 1.7), 0.95, 0, 0, 0, false, false); // so a 1.7 s squeeze on the last is still a rep
        tracker.finish();
        assertEquals(7, sets.get(0).reps().size(), discarded.toString());
    }

    @Test
    void aMovementWaitingToBeConfirmedKeepsTheSetOpenPastTheGap() {
        for (int i = 0; i < 3; i++) {
            row(10 + 2.5 * i);
        }
        double lastEnd = reps.get(2).endS();
        tracker.tick(lastEnd + 9, lastEnd + 4); // a rep held at the hang since 4 s after the last is still pending
        assertEquals(0, sets.size(), "the pending rep may belong to the set");
        tracker.tick(lastEnd + 9, lastEnd + 8.5); // a movement after the set gap is the next set's
        assertEquals(1, sets.size());
    }

    /** A movement of the set below, whose bar then goes down by {@code descentFactor} × its ROM. */
    private static RepMeasurement squeezed(double start, double romM, double durS, double holdS, double descentFactor) {
        double top = start + durS;
        return new RepMeasurement(start, top, top + holdS, top + holdS + 1.0, romM, 1.6 * romM / durS,
                descentFactor * romM, holdS, false, new RepShape(0, 0, 0.5, 0.1, 0, 0, 0.8), holdS);
    }

    @Test
    void inASetThatSqueezesTheLastSlowRepIsARowAndAStandUpIsTheLargerLongerPull() {
        for (int i = 0; i < 6; i++) {
            tracker.add(squeezed(10 + 4 * i, 0.45, 0.6, 2.0, 1.0), 0.95, 0, 0, 0, false, false); // every rep held 2 s at the top
        }
        // The last rep grinds: slower, a longer pull, held as long as the others, then down to the hang.
        tracker.add(squeezed(34, 0.45, 0.8, 2.5, 1.0), 0.95, 0, 0, 0, false, false);
        tracker.finish();
        assertEquals(7, sets.get(0).reps().size(), discarded.toString());

        sets.clear();
        for (int i = 0; i < 6; i++) {
            tracker.add(squeezed(50 + 4 * i, 0.45, 0.6, 2.0, 1.0), 0.95, 0, 0, 0, false, false);
        }
        // A last rep like the others, held a little longer, then lowered straight to the floor.
        tracker.add(squeezed(74, 0.45, 0.6, 2.5, 1.3), 0.95, 0, 0, 0, false, false);
        tracker.finish();
        assertEquals(7, sets.get(0).reps().size(), discarded.toString());

        sets.clear();
        for (int i = 0; i < 6; i++) {
            tracker.add(squeezed(100 + 4 * i, 0.45, 0.6, 2.0, 1.0), 0.95, 0, 0, 0, false, false);
        }
        // Standing up: the torso's rise on top of the arms, a longer pull, the bar then lowered to the floor.
        tracker.add(squeezed(124, 0.7, 0.9, 1.0, 1.5), 0.95, 0, 0, 0, false, false);
        tracker.finish();
        assertEquals(6, sets.get(0).reps().size());
        assertTrue(discarded.get(0).contains("standing up to put the bar down"), discarded.toString());
    }

    @Test
    void aRevisedRepKeepsItsNumberAndReportTimeAndTheSetKeepsTheNewMeasurement() {
        row(10);
        tracker.add(move(12.5, 0.45, 0.6, 0), 0.9, 0, 0, 13.9, false, false);
        tracker.revise(move(12.52, 0.47, 0.58, 0), 0);
        tracker.finish();
        Rep kept = sets.get(0).reps().get(1);
        assertEquals(2, kept.index());
        assertEquals(0.47, kept.romM(), 1e-12);
        assertEquals(12.52, kept.concentricStartS(), 1e-12);
        assertEquals(13.9, kept.reportedS(), 1e-12, "reported when it was first reported");
        assertEquals(0.9, kept.confidence(), 1e-12);
        assertEquals(List.of(kept), run.revised, "the listener heard of the revision");
        assertEquals(0.45, reps.get(1).romM(), 1e-12, "the first report stands as it was sent");
    }

    /** A movement whose bar then goes down by {@code descentFactor} × its ROM. */
    private static RepMeasurement moveDown(double start, double romM, double durS, double descentFactor) {
        double top = start + durS;
        return new RepMeasurement(start, top, top + 0.1, top + 1.2, romM, 1.6 * romM / durS, descentFactor * romM, 0,
                false, new RepShape(0, 0, 0.5, 0.1, 0, 0, 0.8), 0);
    }

    @Test
    void aLateLastMovementAfterWhichTheBarGoesToTheFloorIsAStandUp() {
        for (int i = 0; i < 6; i++) {
            row(10 + 2.5 * i);
        }
        tracker.add(moveDown(26.0, 0.45, 0.6, 1.6), 0.95, 0, 0, 0, false, false); // after a hang: 3.5 s since the last rep, then the floor
        tracker.finish();
        assertEquals(6, sets.get(0).reps().size());
        assertTrue(discarded.get(0).contains("standing up to put the bar down"), discarded.toString());

        sets.clear();
        discarded.clear();
        for (int i = 0; i < 6; i++) {
            row(100 + 2.5 * i);
        }
        tracker.add(moveDown(115.0, 0.45, 0.6, 1.6), 0.95, 0, 0, 0, false, false); // on the beat: a last rep, then the bar straight down
        tracker.finish();
        assertEquals(7, sets.get(0).reps().size(), discarded.toString());
    }

    /**
     * Dead stops of 0.5–5 s at the bottom break a set's beat: its last rep, lowered to the floor, may come 1.25 times the
     * median interval after the rep before it and still sooner than the longest wait the set has had.
     */
    @Test
    void aLastRepNoLaterThanTheSetsLongestDeadStopIsARow() {
        double[] starts = {10, 13, 16, 21.5, 24.5, 27.5};
        for (double start : starts) {
            row(start);
        }
        tracker.add(moveDown(32.5, 0.45, 0.6, 1.6), 0.95, 0, 0, 0, false, false); // 5 s after the last: the set once took 5.5 s
        tracker.finish();
        assertEquals(7, sets.get(0).reps().size(), discarded.toString());

        sets.clear();
        for (double start : starts) {
            row(start + 100);
        }
        tracker.add(moveDown(133.5, 0.45, 0.6, 1.6), 0.95, 0, 0, 0, false, false); // 6 s: later than any interval of the set
        tracker.finish();
        assertEquals(6, sets.get(0).reps().size());
        assertTrue(discarded.get(0).contains("standing up to put the bar down"), discarded.toString());
    }

    /**
     * A set whose reps pause up to 0.9 s at the top (short squeezes, under a second: not a set that squeezes; or the slow
     * start of 3–4 s lowerings): its last rep held no longer than that, or a little longer, then lowered to the floor, is
     * a row; held at least 1.3 times as long as the longest of them, a stand-up.
     */
    @Test
    void aLastRepHeldNoLongerThanTheSetsRepsIsARow() {
        double[] holds = {0.3, 0.9, 0.5, 0.2, 0.8, 0.4};
        for (double last : new double[] {0.85, 1.05}) {
            sets.clear();
            for (int i = 0; i < holds.length; i++) {
                tracker.add(squeezed(10 + 3 * i, 0.45, 0.6, holds[i], 1.0), 0.95, 0, 0, 0, false, false);
            }
            tracker.add(squeezed(28, 0.45, 0.6, last, 1.5), 0.95, 0, 0, 0, false, false);
            tracker.finish();
            assertEquals(7, sets.get(0).reps().size(), last + " s: " + discarded);
        }

        sets.clear();
        for (int i = 0; i < holds.length; i++) {
            tracker.add(squeezed(100 + 3 * i, 0.45, 0.6, holds[i], 1.0), 0.95, 0, 0, 0, false, false);
        }
        tracker.add(squeezed(118, 0.45, 0.6, 1.2, 1.5), 0.95, 0, 0, 0, false, false);
        tracker.finish();
        assertEquals(6, sets.get(0).reps().size());
        assertTrue(discarded.get(0).contains("standing up to put the bar down"), discarded.toString());
    }

    @Test
    void ordinaryRepsAreKeptEvenWhenTheFirstIsSlowAndShortSetsAreNotJudged() {
        tracker.add(move(1, 0.45, 0.7, 0), 0.95, 0, 0, 0, false, false); // a little slower (fatigue comes later, but a heavy opener)
        for (int i = 0; i < 5; i++) {
            row(3.5 + 2.5 * i);
        }
        tracker.finish();
        assertEquals(6, sets.get(0).reps().size());
        assertTrue(discarded.isEmpty());

        sets.clear();
        tracker.add(move(100, 0.60, 1.6, 0), 0.95, 0, 0, 0, false, false);
        row(102.5);
        row(105);
        tracker.finish();
        assertEquals(3, sets.get(0).reps().size(), "with only two other reps there is nothing to judge by");
    }
}
