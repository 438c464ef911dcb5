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
 * sample it covers whatever the rate. Everything but samples passes through unchanged.
 */
public final class Degrader implements StreamListener {

    /** A good run between holes lasts at least this, s (real BLE holes come apart; two touching holes are one long one). */
    private static final double MIN_GOOD_RUN_S = 0.2;

    private final Degradation d;
    private final StreamListener downstream;
    private final SplittableRandom rnd;
    private final double meanGoodRunS;

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
        Sample out = t == s.timeUs() ? s : new Sample(t, s.ax(), s.ay(), s.az(), s.gx(), s.gy(), s.gz());
        emit(out);
        if (d.duplicateFraction() > 0 && rnd.nextDouble() < d.duplicateFraction()) {
            long later = out.timeUs() + 2000 + rnd.nextLong(2001);
            pendingDuplicate = new Sample(later, s.ax(), s.ay(), s.az(), s.gx(), s.gy(), s.gz());
        }
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
