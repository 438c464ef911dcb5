package dev.rowcoach.lab.bench;

import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;

import java.util.SplittableRandom;

/**
 * A filter between a decoder and the analysis that degrades the sample stream as a {@link Degradation} says,
 * one sample at a time and deterministically: the same seed and input give the same output. Holes are laid
 * on the stream's own clock (a good run, then a hole of burst length, and so on), so a hole removes every
 * sample it covers whatever the rate. A kept sample's readings are then changed as another sensor would have read them
 * (its noise drawn from a generator of its own, so that the same seed lays the same holes with or without it).
 * Everything but samples passes through unchanged.
 */
public final class Degrader implements StreamListener {

    /** A good run between holes lasts at least this, s (real BLE holes come apart; two touching holes are one long one). */
    private static final double MIN_GOOD_RUN_S = 0.2;

    private final Degradation d;
    private final StreamListener downstream;
    private final SplittableRandom rnd;
    private final SplittableRandom noiseRnd;
    private final double meanGoodRunS;
    /** The sensor's turn on the bar, row-major. */
    private final double[] mount = new double[9];

    private boolean started;
    private long lastInUs;
    private double streamS;
    private double nextKeepS;
    private double holeStartS = Double.POSITIVE_INFINITY;
    private double holeEndS;
    private long lastOutUs = Long.MIN_VALUE;
    private Sample pendingDuplicate;

    public Degrader(Degradation d, long seed, StreamListener downstream) {
        this.d = d;
        this.downstream = downstream;
        this.rnd = new SplittableRandom(seed);
        this.noiseRnd = new SplittableRandom(~seed);
        rotation(Math.toRadians(d.mountDeg()), mount);
        double meanBurst = (d.burstMinS() + d.burstMaxS()) / 2;
        this.meanGoodRunS = d.lossFraction() > 0 ? meanBurst * (1 - d.lossFraction()) / d.lossFraction() : Double.NaN;
    }

    @Override
    public void sample(Sample s) {
        if (!started) {
            started = true;
            if (d.lossFraction() > 0) {
                holeEndS = 0;
                scheduleHole();
            }
        } else if (s.timeUs() > lastInUs) {
            streamS += (s.timeUs() - lastInUs) / 1e6;
        }
        lastInUs = s.timeUs();
        if (!Double.isNaN(d.rateHz())) {
            if (streamS + 1e-9 < nextKeepS) {
                return;
            }
            nextKeepS += 1 / d.rateHz();
            if (nextKeepS <= streamS) {
                nextKeepS = streamS + 1 / d.rateHz();
            }
        }
        while (streamS >= holeEndS && d.lossFraction() > 0) {
            scheduleHole();
        }
        if (streamS >= holeStartS) {
            return;
        }
        long t = s.timeUs() + (d.jitterS() > 0 ? Math.round(rnd.nextDouble() * d.jitterS() * 1e6) : 0);
        if (pendingDuplicate != null) {
            if (pendingDuplicate.timeUs() < t) {
                emit(pendingDuplicate);
            }
            pendingDuplicate = null;
        }
        Sample out = d.changesReadings() ? readByAnotherSensor(s, t)
                : t == s.timeUs() ? s : new Sample(t, s.ax(), s.ay(), s.az(), s.gx(), s.gy(), s.gz());
        emit(out);
        if (d.duplicateFraction() > 0 && rnd.nextDouble() < d.duplicateFraction()) {
            long later = out.timeUs() + 2000 + rnd.nextLong(2001);
            pendingDuplicate = new Sample(later, out.ax(), out.ay(), out.az(), out.gx(), out.gy(), out.gz());
        }
    }

    /**
     * {@code s}'s readings turned by the mount, scaled by the gain error, the gyroscope's bias added, then noise, as a
     * sample at {@code timeUs}.
     */
    private Sample readByAnotherSensor(Sample s, long timeUs) {
        double gain = 1 + d.gainError(), bias = d.gyroBiasRads();
        double an = d.noiseMps2(), gn = an * Degradation.GYRO_NOISE_PER_ACCEL;
        double[] m = mount;
        double ax = gain * (m[0] * s.ax() + m[1] * s.ay() + m[2] * s.az()) + an * noise();
        double ay = gain * (m[3] * s.ax() + m[4] * s.ay() + m[5] * s.az()) + an * noise();
        double az = gain * (m[6] * s.ax() + m[7] * s.ay() + m[8] * s.az()) + an * noise();
        // A sensor without a gyroscope still has none (NaN stays NaN).
        double gx = gain * (m[0] * s.gx() + m[1] * s.gy() + m[2] * s.gz()) + bias + gn * noise();
        double gy = gain * (m[3] * s.gx() + m[4] * s.gy() + m[5] * s.gz()) - bias + gn * noise();
        double gz = gain * (m[6] * s.gx() + m[7] * s.gy() + m[8] * s.gz()) + bias + gn * noise();
        return new Sample(timeUs, ax, ay, az, gx, gy, gz);
    }

    private double noise() {
        return d.noiseMps2() > 0 ? noiseRnd.nextGaussian() : 0;
    }

    /** The rotation by {@code angle} about the axis (1, 1, 1)/√3, oblique to all three of the sensor's, into {@code m}. */
    private static void rotation(double angle, double[] m) {
        double c = Math.cos(angle), s = Math.sin(angle), k = (1 - c) / 3, w = s / Math.sqrt(3);
        m[0] = c + k;
        m[1] = k - w;
        m[2] = k + w;
        m[3] = k + w;
        m[4] = c + k;
        m[5] = k - w;
        m[6] = k - w;
        m[7] = k + w;
        m[8] = c + k;
    }

    private void emit(Sample s) {
        // Jitter must not reorder samples within a clock run: a later stamp never goes before an earlier one.
        Sample out = lastOutUs != Long.MIN_VALUE && s.timeUs() <= lastOutUs && s.timeUs() > lastOutUs - 100_000
                ? new Sample(lastOutUs + 1, s.ax(), s.ay(), s.az(), s.gx(), s.gy(), s.gz()) : s;
        lastOutUs = out.timeUs();
        downstream.sample(out);
    }

    /** The next hole after the current one: a good run (at least {@link #MIN_GOOD_RUN_S}, exponential), then a burst. */
    private void scheduleHole() {
        double minGood = Math.min(MIN_GOOD_RUN_S, meanGoodRunS / 2);
        double good = minGood - (meanGoodRunS - minGood) * Math.log(1 - rnd.nextDouble());
        holeStartS = holeEndS + good;
        holeEndS = holeStartS + d.burstMinS() + rnd.nextDouble() * (d.burstMaxS() - d.burstMinS());
    }

    @Override
    public void sensorInfo(SensorInfo info) {
        downstream.sensorInfo(info);
    }

    @Override
    public void gap(Gap gap) {
        downstream.gap(gap);
    }

    @Override
    public void malformed(Malformed malformed) {
        downstream.malformed(malformed);
    }

    @Override
    public void status(DeviceStatus status) {
        downstream.status(status);
    }

    @Override
    public void notice(String message) {
        downstream.notice(message);
    }

    @Override
    public void end() {
        if (pendingDuplicate != null) {
            emit(pendingDuplicate);
            pendingDuplicate = null;
        }
        downstream.end();
    }
}
