package dev.rowcoach.lab.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A sensor's imperfections, drawn per session. Measured = M · true + bias + noise (+ drift), per sensor
 * axis, with M = I + scale errors on the diagonal + cross-axis misalignment off it.
 *
 * <ul>
 * <li>accelerometer bias ±0.15 m/s² per axis; scale ±2 %; misalignment ±0.005 (≈ ±0.3°); white noise
 *     100–300 µg/√Hz; bias drift (half of the sessions) a random walk of 0.0005–0.002 m/s²/√s</li>
 * <li>gyroscope bias ±0.1 rad/s per axis; scale ±2 %; misalignment ±0.005; white noise
 *     0.005–0.015 °/s/√Hz; bias drift (half of the sessions) 0.0002–0.001 rad/s/√s</li>
 * </ul>
 */
final class SensorErrors {

    /** No errors at all. */
    static final SensorErrors NONE = new SensorErrors(new double[3], identity(), 0, 0, new double[3], identity(), 0, 0);

    private final double[] accelBiasMps2;
    private final double[] accelMatrix;
    private final double accelNoiseUgPerRootHz;
    private final double accelDriftMps2PerRootS;
    private final double[] gyroBiasRads;
    private final double[] gyroMatrix;
    private final double gyroNoiseDpsPerRootHz;
    private final double gyroDriftRadsPerRootS;

    private SensorErrors(double[] accelBiasMps2, double[] accelMatrix, double accelNoiseUgPerRootHz,
                         double accelDriftMps2PerRootS, double[] gyroBiasRads, double[] gyroMatrix,
                         double gyroNoiseDpsPerRootHz, double gyroDriftRadsPerRootS) {
        this.accelBiasMps2 = accelBiasMps2;
        this.accelMatrix = accelMatrix;
        this.accelNoiseUgPerRootHz = accelNoiseUgPerRootHz;
        this.accelDriftMps2PerRootS = accelDriftMps2PerRootS;
        this.gyroBiasRads = gyroBiasRads;
        this.gyroMatrix = gyroMatrix;
        this.gyroNoiseDpsPerRootHz = gyroNoiseDpsPerRootHz;
        this.gyroDriftRadsPerRootS = gyroDriftRadsPerRootS;
    }

    static SensorErrors random(SplittableRandom rnd) {
        boolean drift = rnd.nextBoolean();
        return new SensorErrors(vector(rnd, 0.15), matrix(rnd, 0.02, 0.005), Rand.uniform(rnd, 100, 300),
                drift ? Rand.uniform(rnd, 0.0005, 0.002) : 0, vector(rnd, 0.1), matrix(rnd, 0.02, 0.005),
                Rand.uniform(rnd, 0.005, 0.015), drift ? Rand.uniform(rnd, 0.0002, 0.001) : 0);
    }

    double[] accelBiasMps2() {
        return accelBiasMps2.clone();
    }

    double[] gyroBiasRads() {
        return gyroBiasRads.clone();
    }

    /** Row-major 3×3. */
    double[] accelMatrix() {
        return accelMatrix.clone();
    }

    double[] gyroMatrix() {
        return gyroMatrix.clone();
    }

    double accelNoiseUgPerRootHz() {
        return accelNoiseUgPerRootHz;
    }

    double accelDriftMps2PerRootS() {
        return accelDriftMps2PerRootS;
    }

    double gyroNoiseDpsPerRootHz() {
        return gyroNoiseDpsPerRootHz;
    }

    double gyroDriftRadsPerRootS() {
        return gyroDriftRadsPerRootS;
    }

    private static double[] vector(SplittableRandom rnd, double bound) {
        return new double[]{Rand.uniform(rnd, -bound, bound), Rand.uniform(rnd, -bound, bound), Rand.uniform(rnd, -bound, bound)};
    }

    private static double[] matrix(SplittableRandom rnd, double scale, double misalignment) {
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[3 * i + j] = i == j ? 1 + Rand.uniform(rnd, -scale, scale) : Rand.uniform(rnd, -misalignment, misalignment);
            }
        }
        return m;
    }

    private static double[] identity() {
        double[] m = new double[9];
        m[0] = 1;
        m[4] = 1;
        m[8] = 1;
        return m;
    }

    @Override
    public String toString() {
        return "SensorErrors[accelBias=" + Arrays.toString(accelBiasMps2) + ", gyroBias=" + Arrays.toString(gyroBiasRads) + "]";
    }
}
