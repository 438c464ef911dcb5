package dev.rowcoach.lab.bench;

import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.sensor.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** The readings of a still sensor, gravity along z and no rotation, as {@code cell} turns them. */
    private static List<Sample> readings(String cell, long seed) {
        List<Sample> out = new ArrayList<>();
        Degrader d = new Degrader(Degradation.parse(cell), seed, new StreamListener() {
            @Override
            public void sample(Sample s) {
                out.add(s);
            }
        });
        for (int i = 0; i < 20_000; i++) {
            d.sample(new Sample(1_000_000L + i * 10_000L, 0, 0, 9.81, 0, 0, 0));
        }
        return out;
    }

    private static double mean(List<Sample> s, java.util.function.ToDoubleFunction<Sample> f) {
        return s.stream().mapToDouble(f).average().orElseThrow();
    }

    @Test
    void anotherSensorTurnsScalesBiasesAndAddsNoise() {
        List<Sample> turned = readings("mount=90", 1);
        // Turned about (1, 1, 1)/√3 by 90°: z goes to (1 + √3, 1 − √3, 1)/3 of it, the magnitude kept.
        assertEquals(9.81 * (1 + Math.sqrt(3)) / 3, turned.get(0).ax(), 1e-9);
        assertEquals(9.81 * (1 - Math.sqrt(3)) / 3, turned.get(0).ay(), 1e-9);
        assertEquals(9.81 / 3, turned.get(0).az(), 1e-9);
        assertEquals(9.81, turned.get(0).accelNorm(), 1e-9);
        assertEquals(9.81 * 1.06, readings("gain=6%", 1).get(0).az(), 1e-9);
        Sample biased = readings("gbias=0.05", 1).get(0);
        assertEquals(0.05, biased.gx(), 1e-12);
        assertEquals(-0.05, biased.gy(), 1e-12);
        assertEquals(0.05, biased.gz(), 1e-12);
        List<Sample> noisy = readings("noise=0.2", 1);
        assertEquals(9.81, mean(noisy, Sample::az), 0.01);
        assertEquals(0.2, Math.sqrt(mean(noisy, x -> x.ax() * x.ax())), 0.01, "acceleration noise");
        assertEquals(0.02, Math.sqrt(mean(noisy, x -> x.gz() * x.gz())), 0.001, "angular-rate noise, a tenth");
        List<Sample> accelOnly = new ArrayList<>();
        Degrader d = new Degrader(Degradation.parse("noise=0.2,gbias=0.05,mount=30"), 1, new StreamListener() {
            @Override
            public void sample(Sample s) {
                accelOnly.add(s);
            }
        });
        d.sample(Sample.accelOnly(1_000_000L, 0, 0, 9.81));
        assertFalse(accelOnly.get(0).hasGyro(), "a sensor without a gyroscope still has none");
        assertTrue(Double.isFinite(accelOnly.get(0).ax()));
    }

    @Test
    void theSameHolesWithOrWithoutAnotherSensor() {
        assertEquals(degrade("loss=20%,jitter=3ms,dup=20%", 5), degrade("loss=20%,jitter=3ms,dup=20%,noise=0.3,mount=40", 5));
    }

    @Test
    void cellsReadBackTheirLabelsAndBadOnesAreRefused() {
        for (Degradation d : Degradation.defaultGrid()) {
            assertEquals(d, Degradation.parse(d.label()));
        }
        Degradation sensor = Degradation.parse("loss=12%,burst=0.2-0.45,mount=35,gain=-4%,gbias=0.05,noise=0.15");
        assertEquals(sensor, Degradation.parse(sensor.label()));
        Degradation sevens = Degradation.parse("loss=7%,gain=7%");
        assertEquals("loss=7% burst=0.2-0.45 gain=7%", sevens.label(), "no rounding noise in a label");
        assertEquals(sevens, Degradation.parse(sevens.label()));
        assertThrows(IllegalArgumentException.class, () -> Degradation.parse("gain=80%"));
        assertThrows(IllegalArgumentException.class, () -> Degradation.parse("noise=-1"));
        assertThrows(IllegalArgumentException.class, () -> Degradation.parse("loss=95%"));
        assertThrows(IllegalArgumentException.class, () -> Degradation.parse("speed=2"));
        assertThrows(IllegalArgumentException.class, () -> Degradation.parse("burst=0.5-0.2"));
    }
}
