package dev.rowcoach.lab.sim;

import dev.rowcoach.sensor.Sample;

import java.util.SplittableRandom;

/**
 * Turns noise-free readings into what the sensor outputs: {@link SensorErrors} (scale and misalignment,
 * bias with its slow drift, white noise at the output rate), then the converter's quantisation to int16
 * counts of the full scale, with saturation. Stateful: the drift walks from one output sample to the next.
 */
final class SensorModel {

    private static final double COUNTS = 32768;

    private final SensorErrors errors;
    private final SplittableRandom noise;
    private final double accelSigmaMps2;
    private final double gyroSigmaRads;
    private final double accelFullScaleMps2;
    private final double gyroFullScaleRads;
    private final double[] accelDrift = new double[3];
    private final double[] gyroDrift = new double[3];
    private final double[] accelMatrix;
    private final double[] gyroMatrix;
    private final double[] accelBias;
    private final double[] gyroBias;

    /**
     * @param rateHz        output data rate, Hz: white noise is integrated over its bandwidth, rate / 2
     * @param accelRangeG   accelerometer full scale, ± g, or 0 for no quantisation
     * @param gyroRangeDps  gyroscope full scale, ± °/s, or 0 for no quantisation
     */
    SensorModel(SensorErrors errors, double rateHz, int accelRangeG, int gyroRangeDps, SplittableRandom noise) {
        this.errors = errors;
        this.noise = noise;
        double bandwidth = Math.sqrt(rateHz / 2);
        this.accelSigmaMps2 = errors.accelNoiseUgPerRootHz() * 1e-6 * Sample.STANDARD_GRAVITY * bandwidth;
        this.gyroSigmaRads = Math.toRadians(errors.gyroNoiseDpsPerRootHz() * bandwidth);
        this.accelFullScaleMps2 = accelRangeG * Sample.STANDARD_GRAVITY;
        this.gyroFullScaleRads = Math.toRadians(gyroRangeDps);
        this.accelMatrix = errors.accelMatrix();
        this.gyroMatrix = errors.gyroMatrix();
        this.accelBias = errors.accelBiasMps2();
        this.gyroBias = errors.gyroBiasRads();
    }

    /**
     * The output for the noise-free {@code reading} (specific force m/s², angular rate rad/s) taken
     * {@code dtS} seconds after the previous output sample; written into {@code out}.
     */
    void measure(double[] reading, double dtS, double[] out) {
        walk(accelDrift, errors.accelDriftMps2PerRootS(), dtS);
        walk(gyroDrift, errors.gyroDriftRadsPerRootS(), dtS);
        for (int i = 0; i < 3; i++) {
            double a = accelMatrix[3 * i] * reading[0] + accelMatrix[3 * i + 1] * reading[1] + accelMatrix[3 * i + 2] * reading[2]
                    + accelBias[i] + accelDrift[i] + accelSigmaMps2 * Rand.gaussian(noise);
            double g = gyroMatrix[3 * i] * reading[3] + gyroMatrix[3 * i + 1] * reading[4] + gyroMatrix[3 * i + 2] * reading[5]
                    + gyroBias[i] + gyroDrift[i] + gyroSigmaRads * Rand.gaussian(noise);
            out[i] = quantise(a, accelFullScaleMps2);
            out[3 + i] = quantise(g, gyroFullScaleRads);
        }
    }

    /** {@code v} as int16 counts of ±{@code fullScale} (rounded, saturated), back in physical units; unchanged for 0. */
    static double quantise(double v, double fullScale) {
        if (fullScale == 0) {
            return v;
        }
        double counts = Math.max(-COUNTS, Math.min(COUNTS - 1, Math.rint(v / fullScale * COUNTS)));
        return counts * fullScale / COUNTS;
    }

    private void walk(double[] drift, double densityPerRootS, double dtS) {
        if (densityPerRootS == 0 || dtS <= 0) {
            return;
        }
        double step = densityPerRootS * Math.sqrt(dtS);
        for (int i = 0; i < 3; i++) {
            drift[i] += step * Rand.gaussian(noise);
        }
    }
}
