package dev.rowcoach.lab.sim;

import dev.rowcoach.sensor.Sample;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensorModelTest {

    @Test
    void drawnErrorsStayInTheirDocumentedRangesAndDifferPerSeed() {
        SplittableRandom rnd = new SplittableRandom(5);
        double largestAccelBias = 0;
        double largestGyroBias = 0;
        int drifting = 0;
        for (int i = 0; i < 200; i++) {
            SensorErrors e = SensorErrors.random(rnd);
            for (int k = 0; k < 3; k++) {
                assertTrue(Math.abs(e.accelBiasMps2()[k]) <= 0.15);
                assertTrue(Math.abs(e.gyroBiasRads()[k]) <= 0.1);
                assertTrue(Math.abs(e.accelMatrix()[4 * k] - 1) <= 0.02, "accel scale");
                assertTrue(Math.abs(e.gyroMatrix()[4 * k] - 1) <= 0.02, "gyro scale");
                largestAccelBias = Math.max(largestAccelBias, Math.abs(e.accelBiasMps2()[k]));
                largestGyroBias = Math.max(largestGyroBias, Math.abs(e.gyroBiasRads()[k]));
            }
            assertTrue(Math.abs(e.accelMatrix()[1]) <= 0.005 && Math.abs(e.gyroMatrix()[5]) <= 0.005, "misalignment");
            assertTrue(e.accelNoiseUgPerRootHz() >= 100 && e.accelNoiseUgPerRootHz() <= 300);
            assertTrue(e.gyroNoiseDpsPerRootHz() >= 0.005 && e.gyroNoiseDpsPerRootHz() <= 0.015);
            drifting += e.gyroDriftRadsPerRootS() > 0 ? 1 : 0;
        }
        assertTrue(largestAccelBias > 0.13 && largestGyroBias > 0.09, "the ranges are used to their ends");
        assertTrue(drifting > 70 && drifting < 130, "about half the sessions drift: " + drifting);
    }

    @Test
    void whiteNoiseHasTheDensityTimesTheRootOfTheBandwidth() {
        SensorErrors e = SensorErrors.random(new SplittableRandom(11));
        double rate = 400;
        SensorModel m = new SensorModel(e, rate, 0, 0, new SplittableRandom(3));
        double[] zero = new double[6];
        double[] out = new double[6];
        int n = 40_000;
        double sum = 0;
        double sumSq = 0;
        double gyroSum = 0;
        double gyroSq = 0;
        for (int i = 0; i < n; i++) {
            m.measure(zero, 0, out);
            sum += out[0];
            sumSq += out[0] * out[0];
            gyroSum += out[4];
            gyroSq += out[4] * out[4];
        }
        double mean = sum / n;
        double sigma = Math.sqrt(sumSq / n - mean * mean);
        double expected = e.accelNoiseUgPerRootHz() * 1e-6 * Sample.STANDARD_GRAVITY * Math.sqrt(rate / 2);
        assertEquals(expected, sigma, 0.03 * expected);
        assertEquals(e.accelBiasMps2()[0], mean, 4 * expected / Math.sqrt(n));
        double gyroMean = gyroSum / n;
        double gyroSigma = Math.sqrt(gyroSq / n - gyroMean * gyroMean);
        assertEquals(Math.toRadians(e.gyroNoiseDpsPerRootHz() * Math.sqrt(rate / 2)), gyroSigma, 0.03 * gyroSigma);
        assertEquals(e.gyroBiasRads()[1], gyroMean, 1e-3);
    }

    @Test
    void scaleAndMisalignmentActOnTheTrueReading() {
        SensorErrors e = SensorErrors.random(new SplittableRandom(21));
        SensorModel m = new SensorModel(e, 100, 0, 0, new SplittableRandom(1));
        double[] out = new double[6];
        double total = 0;
        for (int i = 0; i < 2000; i++) {
            m.measure(new double[]{0, 0, 9.80665, 0, 0, 1}, 0, out);
            total += out[2];
        }
        double expected = e.accelMatrix()[8] * 9.80665 + e.accelBiasMps2()[2];
        assertEquals(expected, total / 2000, 0.005);
    }

    @Test
    void quantisationRoundsToCountsAndSaturatesAtFullScale() {
        double fs = 4 * Sample.STANDARD_GRAVITY;
        double count = fs / 32768;
        assertEquals(Math.rint(1.2345 / count) * count, SensorModel.quantise(1.2345, fs), 1e-15);
        assertEquals(32767 * count, SensorModel.quantise(60, fs), 1e-12);
        assertEquals(-fs, SensorModel.quantise(-60, fs), 1e-12);
        assertEquals(1.2345, SensorModel.quantise(1.2345, 0), 0.0);
    }

    @Test
    void biasDriftIsARandomWalk() {
        SensorErrors e = SensorErrors.random(new SplittableRandom(2));
        for (long seed = 2; e.gyroDriftRadsPerRootS() == 0; seed++) {
            e = SensorErrors.random(new SplittableRandom(seed));
        }
        double spread = 0;
        int walks = 200;
        for (int w = 0; w < walks; w++) {
            SensorModel m = new SensorModel(e, 10, 0, 0, new SplittableRandom(w));
            double[] out = new double[6];
            double[] zero = new double[6];
            for (int i = 0; i < 1000; i++) {
                m.measure(zero, 0.1, out);
            }
            double d = out[3] - e.gyroBiasRads()[0];
            spread += d * d;
        }
        double expected = Math.sqrt(sq(e.gyroDriftRadsPerRootS()) * 100 + sq(Math.toRadians(e.gyroNoiseDpsPerRootHz() * Math.sqrt(5))));
        assertEquals(expected, Math.sqrt(spread / walks), 0.15 * expected, "after 100 s the drift has spread by density·√t");
    }

    private static double sq(double v) {
        return v * v;
    }
}
