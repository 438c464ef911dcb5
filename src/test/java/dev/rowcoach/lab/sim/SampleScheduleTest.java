package dev.rowcoach.lab.sim;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleScheduleTest {

    @Test
    void jitterStaysWithinItsShareOfThePeriodAndTimeOnlyMovesForward() {
        SampleSchedule s = SampleSchedule.jittered(200, 30, 0.04, new SplittableRandom(4));
        assertEquals(6001, s.size());
        double worst = 0;
        for (int i = 1; i < s.size(); i++) {
            assertTrue(s.stampUs(i) > s.stampUs(i - 1));
            worst = Math.max(worst, Math.abs(s.valueS(i) - i / 200.0) * 200);
            assertEquals(Math.round(s.valueS(i) * 1e6), s.stampUs(i), "stamped when taken");
        }
        assertTrue(worst > 0.03 && worst <= 0.04, "jitter " + worst + " of a period");
    }

    @Test
    void bleLinesComeInBurstsWithRepeatedSamplesAndWholeMilliseconds() {
        SampleSchedule s = SampleSchedule.ble(104, 60, new SplittableRandom(9));
        int repeats = 0;
        int shortSteps = 0;
        for (int i = 1; i < s.size(); i++) {
            long step = s.stampUs(i) - s.stampUs(i - 1);
            assertTrue(step >= 2000, "lines are at least 2 ms apart");
            assertEquals(0, s.stampUs(i) % 1000);
            assertTrue(s.source(i) >= s.source(i - 1), "never an older sample");
            assertTrue(s.valueS(i) <= s.stampUs(i) / 1e6 + 0.001, "values are never from the future");
            repeats += s.source(i) == s.source(i - 1) ? 1 : 0;
            shortSteps += step <= 4000 ? 1 : 0;
        }
        double linesPerS = s.size() / 60.0;
        assertTrue(linesPerS > 60 && linesPerS < 130, linesPerS + " lines/s");
        assertTrue(repeats > 0.1 * s.size() && repeats < 0.6 * s.size(), repeats + " repeats of " + s.size());
        assertTrue(shortSteps > 0.3 * s.size(), "bursts: many lines 3–4 ms apart");
    }

    @Test
    void framesAreDroppedWholeAndWindowsCompletely() {
        SampleSchedule s = SampleSchedule.regular(5000, 60, 9);
        s.drop(0.02, List.of(new double[]{20, 22.5}), new SplittableRandom(1));
        int frames = (s.size() + 8) / 9;
        int droppedFrames = 0;
        for (int f = 0; f < frames; f++) {
            boolean first = s.dropped(f * 9);
            for (int i = f * 9; i < Math.min(s.size(), f * 9 + 9); i++) {
                assertEquals(first, s.dropped(i), "frame " + f + " is dropped whole or not at all");
                double t = s.stampUs(i) / 1e6;
                if (t >= 20 && t < 22.5) {
                    assertTrue(s.dropped(i), "inside the gap window at " + t);
                }
            }
            droppedFrames += first ? 1 : 0;
        }
        assertTrue(!s.dropped(0) && !s.dropped(s.size() - 1), "the ends are kept");
        int windowFrames = (int) Math.ceil(2.5 / (9 * 0.005));
        assertTrue(droppedFrames > windowFrames + 0.01 * frames && droppedFrames < windowFrames + 0.04 * frames, droppedFrames + " frames dropped");
    }
}
