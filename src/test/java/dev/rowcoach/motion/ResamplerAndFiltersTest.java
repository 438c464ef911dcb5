package dev.rowcoach.motion;

import dev.rowcoach.sensor.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small stages, each on a signal with a known answer. */
class ResamplerAndFiltersTest {

    private static final class Collect implements UniformResampler.Sink {
        final List<double[]> out = new ArrayList<>();
        int resets;

        @Override
        public void grid(double timeS, double[] values, boolean filled) {
            double[] row = new double[7];
            row[0] = timeS;
            System.arraycopy(values, 0, row, 1, 6);
            out.add(row);
        }

        @Override
        public void reset(double gapS) {
            resets++;
        }
    }

    @Test
    void linearSignalsResampleExactlyFromIrregularTimes() {
        Collect c = new Collect();
        UniformResampler r = new UniformResampler(0.01, 0.3, c);
        double[] x = new double[6];
        double t = 0.0013;
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(4);
        while (t < 3) {
            for (int k = 0; k < 6; k++) {
                x[k] = (k + 1) * t - k;
            }
            r.push(t, x);
            t += 0.006 + rnd.nextDouble() * 0.03; // bursty, 6–36 ms
        }
        assertTrue(c.out.size() > 250);
        for (double[] row : c.out) {
            assertEquals(0, Math.IEEEremainder(row[0], 0.01), 1e-9, "on the grid");
            for (int k = 0; k < 6; k++) {
                assertEquals((k + 1) * row[0] - k, row[k + 1], 1e-9);
            }
        }
        assertEquals(0, c.resets);
    }

    @Test
    void aLongGapIsNotBridged() {
        Collect c = new Collect();
        UniformResampler r = new UniformResampler(0.01, 0.3, c);
        double[] x = new double[6];
        for (double t = 0; t < 1; t += 0.005) {
            r.push(t, x);
        }
        int before = c.out.size();
        for (double t = 2; t < 3; t += 0.005) {
            r.push(t, x);
        }
        assertEquals(1, c.resets);
        for (double[] row : c.out.subList(before, c.out.size())) {
            assertTrue(row[0] >= 2 - 1e-9, "nothing interpolated inside the gap: " + row[0]);
        }
    }

    @Test
    void repeatsArrivingSoonAreTransportDuplicatesLaterOnesAreReadings() {
        DuplicateFilter f = new DuplicateFilter(0.006);
        Sample a = new Sample(0, 1, 2, 3, 0.1, 0.2, 0.3);
        assertTrue(f.accept(0.000, a));
        assertFalse(f.accept(0.004, a), "BLE re-send");
        assertTrue(f.accept(0.010, a), "a quantised sensor at rest may repeat itself at its rate");
        assertFalse(f.accept(0.010, new Sample(0, 9, 9, 9, 0, 0, 0)), "time must increase");
        assertTrue(f.accept(0.011, new Sample(0, 9, 9, 9, 0, 0, 0)));
        assertTrue(f.accept(0.012, Sample.accelOnly(0, 9, 9, 9)), "NaN gyro differs from zero gyro");
    }

    @Test
    void gyroBiasConvergesWhileTheBarRocksAndNeverRests() {
        GyroBiasEstimator b = new GyroBiasEstimator(30, 1);
        double dt = 0.01;
        for (int i = 0; i < 120 * 100; i++) {
            double t = i * dt;
            double rock = 0.5 * Math.sin(2 * Math.PI * t / 2.2); // rolls and returns every rep
            b.update(0.1 + rock, -0.097 + 0.3 * Math.cos(2 * Math.PI * t / 2.2), -0.06, false, dt);
        }
        assertEquals(0.1, b.x(), 0.01);
        assertEquals(-0.097, b.y(), 0.01);
        assertEquals(-0.06, b.z(), 1e-9);
    }

    @Test
    void recentMedianKeepsTheLastValues() {
        RecentMedian m = new RecentMedian(3);
        assertTrue(Double.isNaN(m.median()));
        m.add(5);
        m.add(1);
        assertEquals(3, m.median());
        m.add(9);
        m.add(2);
        assertEquals(2, m.median(), "window holds 1, 9, 2");
    }
}
