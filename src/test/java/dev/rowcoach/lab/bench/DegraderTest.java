package dev.rowcoach.lab.bench;

import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.sensor.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The robustness bench's degrader on a regular 100 Hz stream of 300 s. */
class DegraderTest {

    private static List<Long> degrade(String cell, long seed) {
        List<Long> out = new ArrayList<>();
        Degrader d = new Degrader(Degradation.parse(cell), seed, new StreamListener() {
            @Override
            public void sample(Sample s) {
                out.add(s.timeUs());
            }
        });
        for (int i = 0; i < 30_000; i++) {
            d.sample(new Sample(1_000_000L + i * 10_000L, i, 0, 9.81, 0, 0, 0));
        }
        return out;
    }

    @Test
    void burstLossRemovesTheAskedShareInHolesOfTheAskedLength() {
        List<Long> t = degrade("loss=25%,burst=0.2-0.45", 3);
        double lost = 0;
        int holes = 0;
        for (int i = 1; i < t.size(); i++) {
            long step = t.get(i) - t.get(i - 1);
            if (step > 10_000) {
                holes++;
                lost += (step - 10_000) / 1e6;
                // A hole of 0.2–0.45 s removes the samples inside it: the step is the hole plus one period.
                assertTrue(step >= 200_000 && step <= 460_000, "hole of " + step + " µs");
            }
        }
        assertEquals(0.25, lost / 300, 0.04, "share of time lost");
        assertEquals(0.25 * 300 / 0.325, holes, 40, "number of holes");
    }

    @Test
    void theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        assertEquals(degrade("rate=25,loss=20%,jitter=3ms,dup=20%", 7), degrade("rate=25,loss=20%,jitter=3ms,dup=20%", 7));
        assertTrue(!degrade("loss=20%", 7).equals(degrade("loss=20%", 8)));
    }

    @Test
    void decimationKeepsTheRateAndDuplicatesComeLaterInOrder() {
        assertEquals(25 * 300, degrade("rate=25", 1).size(), 2);
        List<Long> t = degrade("dup=20%", 1);
        assertEquals(30_000 * 1.2, t.size(), 300);
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.get(i) > t.get(i - 1), "in order at " + i);
        }
    }

    @Test
    void cellsReadBackTheirLabelsAndBadOnesAreRefused() {
        for (Degradation d : Degradation.defaultGrid()) {
            assertEquals(d, Degradation.parse(d.label()));
        }
        assertThrows(IllegalArgumentException.class, () -> Degradation.parse("loss=95%"));
        assertThrows(IllegalArgumentException.class, () -> Degradation.parse("speed=2"));
        assertThrows(IllegalArgumentException.class, () -> Degradation.parse("burst=0.5-0.2"));
    }
}
