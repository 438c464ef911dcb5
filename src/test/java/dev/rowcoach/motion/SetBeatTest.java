package dev.rowcoach.motion;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set's beat on hand-made reps: where a rep counted without figures stands in it, and the reps holes hid. */
class SetBeatTest {

    private static final double PERIOD_S = 0.01;
    private static final double GATE_M = 0.08;

    private final RingBuffer buffer = new RingBuffer(6000);
    private final HoleLog holes = new HoleLog(PERIOD_S);
    private final List<RepMeasurement> counted = new ArrayList<>();
    private final List<RepMeasurement> inferred = new ArrayList<>();
    private final SetBeat beat = new SetBeat(5, buffer, holes, new RepDetector.Sink() {
        @Override
        public void rep(RepMeasurement rep, double confirmedAtS) {
            counted.add(rep);
        }

        @Override
        public void inferred(RepMeasurement rep, double confirmedAtS) {
            inferred.add(rep);
        }

        @Override
        public void revised(RepMeasurement rep) {
        }
    });
    private RepMeasurement previous;

    /** A measured rep of 0.4 m whose top is at {@code topS}, counted into the beat. */
    private void row(double topS) {
        RepMeasurement rep = new RepMeasurement(topS - 0.6, topS, topS + 0.1, topS + 1.5, 0.4, 1.2, 0.4, 0, false,
                null, 0);
        beat.counted(rep, topS, previous, false, GATE_M, topS + 2);
        previous = rep;
    }

    private static SetBeat.Waiting movement(double topS) {
        return new SetBeat.Waiting(topS - 0.6, topS, topS + 1.5, 0.4, false);
    }

    @Test
    void aMovementKeepsTheBeatWithinItsCadence() {
        row(2);
        row(4);
        row(6);
        assertTrue(beat.onBeat(8.1), "1.05 beats after the last top");
        assertFalse(beat.onBeat(7.5), "0.75 of a beat: the put-down after a last rep comes this early");
        assertFalse(beat.onBeat(8.6), "1.3 beats");
    }

    @Test
    void aMovementOffTheBeatCountsWhenTheRepAfterItSplitsTwoBeatsEvenly() {
        row(2);
        row(4);
        row(6);
        beat.keepOffBeat(movement(7.7));
        RepMeasurement[] between = beat.offBeatBefore(10);
        assertEquals(1, between.length, "1.7 s and 2.3 s split the two beats within 0.85/1.2 of each other");
        assertEquals(7.7, between[0].topS());
        assertFalse(between[0].measured());
        assertEquals(0, beat.offBeatBefore(10).length, "forgotten once counted");
    }

    @Test
    void aMovementOffTheBeatThatDoesNotSplitTwoBeatsEvenlyIsNotCounted() {
        row(2);
        row(4);
        row(6);
        beat.keepOffBeat(movement(7.5));
        assertEquals(0, beat.offBeatBefore(10).length, "1.5 s and 2.5 s: not even");
        assertEquals(0, beat.offBeatBefore(7.9).length, "no rep comes two beats after: the put-down has none");
    }

    @Test
    void movementsOffASetsFirstSlowBeatCountOnceTheSetHasKeptItsOwn() {
        row(2);
        row(5); // the first interval, 3 s: a set's first rep is often the slowest
        beat.keepOffBeat(movement(7.4));
        assertEquals(0, beat.offBeatBefore(9.8).length, "2.4 s each: 0.8 beats of the first interval");
        beat.keepOffBeat(movement(9.8));
        assertEquals(0, beat.offBeatBefore(12.2).length, "7.2 s: 2.4 beats of the first interval, not 3");
        row(12.2);
        row(14.6);
        // A movement that does not split an interval evenly (a pull's first lobe) leaves it a beat of the set.
        beat.keepOffBeat(movement(16.3));
        row(17.0);
        assertEquals(2, counted.size(), "three beats of 2.4 s, the set's own, with a rep at each");
        assertEquals(7.4, counted.get(0).topS());
        assertEquals(9.8, counted.get(1).topS());
        assertFalse(counted.get(0).measured());
    }

    @Test
    void movementsBeforeTheSetsBeatAreCountedOnceItsSecondRepGivesOne() {
        beat.waitFor(movement(0.1));
        beat.waitFor(movement(1.0));
        assertFalse(beat.known());
        row(2);
        row(4);
        assertTrue(beat.known());
        assertEquals(1, counted.size(), "the one a beat before the first rep; the other comes too close to it");
        assertEquals(0.1, counted.get(0).topS());
    }

    @Test
    void aHoleInAWaitingMovementsPullWidensItsBeatByWhatTheHoleMayHaveMovedItsTop() {
        // 1.25 beats before the first rep's top: off the beat, unless a hole in its pull (0.3 s, 0.15 of a beat) may have
        // moved its detection's top that far.
        for (double t = 9.0; t < 9.3; t += PERIOD_S) {
            holes.filled(t);
        }
        beat.waitFor(movement(9.5));
        row(12);
        row(14);
        assertEquals(1, counted.size(), counted.toString());
        assertEquals(9.5, counted.get(0).topS());
        beat.clear();
        previous = null;
        beat.waitFor(movement(29.5));
        row(32);
        row(34);
        assertEquals(1, counted.size(), "the same without a hole: " + counted);
    }

    @Test
    void repsHiddenInHolesBetweenTwoRepsAreCountedOnTheBeat() {
        for (double t = 0; t < 30; t += PERIOD_S) {
            buffer.add(t, 2 * Math.sin(2 * Math.PI * t / 2), 0, 0, false);
        }
        holes.filled(7.9);
        for (double t = 7.9; t < 8.3; t += PERIOD_S) {
            holes.filled(t);
        }
        row(2);
        row(4);
        row(6);
        assertTrue(inferred.isEmpty());
        beat.keepOffBeat(movement(7.9));
        row(10);
        assertEquals(1, inferred.size(), "two beats, a hole and the bar moving where the rep between them was");
        assertEquals(8, inferred.get(0).topS(), 1e-9);
        row(12);
        row(14);
        assertTrue(counted.isEmpty(), "a movement kept off the beat there is that rep: not counted again");

        // The next set, the same two beats without a hole in them: a pause within the set, not a hidden rep.
        beat.clear();
        previous = null;
        row(16);
        row(18);
        row(20);
        row(24);
        assertEquals(1, inferred.size());

        // And again with a hole of a tenth of a second in the window (5 % of it): the detection could not see the
        // whole of the movement there, and the rep is counted.
        for (double t = 25.9; t < 26.0; t += PERIOD_S) {
            holes.filled(t);
        }
        row(28);
        assertEquals(2, inferred.size(), "a hole, however short, and the bar moving where a rep would be");
        assertEquals(26, inferred.get(1).topS(), 1e-9);
    }
}
