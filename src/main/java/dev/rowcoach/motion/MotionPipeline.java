package dev.rowcoach.motion;

import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;
import uk.me.berndporr.iirj.Butterworth;

/**
 * The motion core: sample stream in, reps and sets out, as a streaming computation that serves both
 * replay (a file) and live (a port) with the same code.
 *
 * <pre>
 * samples ─► stream clock ─► duplicate filter ─► resample to a uniform grid (100 Hz)
 *   ─► gyro bias ─► orientation (gyro + slow accelerometer pull) ─► world vertical/horizontal acceleration
 *   ─► integrate + high-pass (detection velocity) ─► rep state machine ─► cycle fit (drift-free velocity)
 *   ─► sets ─► {@link MotionListener}
 * </pre>
 *
 * Memory is bounded by {@link MotionSettings#bufferS()} of history whatever the session length; nothing is
 * allocated per sample. Times are stream seconds since the first sample (forward clock steps only).
 * See docs/MOTION.md for the method and its parameters.
 */
public final class MotionPipeline implements StreamListener {

    private static final String NO_GYRO_WARNING = "There is no gyroscope, so the bar's tilt comes from the accelerometer "
            + "alone: its roll during each rep leaks some gravity into the measured motion, so velocity and ROM are less "
            + "accurate and their confidence is lowered.";
    /** Below this many new readings per second, velocity and ROM lose accuracy. */
    private static final double LOW_RATE_HZ = 30;
    /** A rep part of which was bridged over a hole in the data: its confidence is multiplied by this. */
    private static final double HOLE_CONFIDENCE = 0.7;

    /**
     * Sees the detection velocity (m/s, up positive) at every grid step, for a report that shows what the rep
     * detector saw. Called on the feeding thread; must neither allocate per call nor block.
     */
    @FunctionalInterface
    public interface GridTap {
        void step(double timeS, double detectionVelocityMps);
    }

    private final MotionSettings settings;
    private final MotionListener listener;
    private final GridTap tap;
    private final DuplicateFilter duplicates;
    private final UniformResampler resampler;
    private final GyroBiasEstimator bias;
    private final OrientationFilter orientation;
    private final Butterworth highPass = new Butterworth();
    private final RingBuffer buffer;
    private final RepDetector detector;
    private final SetTracker sets;
    private final HoleLog holes;
    private final double[] reading = new double[6];

    private boolean started;
    private long lastDeviceUs;
    private long streamUs;
    private double lastGridS;
    private double velocity;
    private double quietSinceS = Double.NaN;
    private boolean gyroSeen, accelOnlySeen, warnedNoGyro, warnedLowRate;
    private long accepted;
    private double firstAcceptedS = Double.NaN;
    private double lastAcceptedS;
    private int gapsSinceRep;
    /** Gaps too long to bridge that came during a set, the longest, and how many reps they may have held. */
    private int outages;
    private double longestOutageS;
    private int repsMaybeMissing;

    public MotionPipeline(MotionSettings settings, MotionListener listener) {
        this(settings, listener, null);
    }

    /** @param tap sees the detection velocity at every grid step, or null */
    public MotionPipeline(MotionSettings settings, MotionListener listener, GridTap tap) {
        this.settings = settings;
        this.listener = listener;
        this.tap = tap;
        this.duplicates = new DuplicateFilter(settings.duplicateWindowS());
        this.resampler = new UniformResampler(settings.gridPeriodS(), settings.maxInterpolatedGapS(), new UniformResampler.Sink() {
            @Override
            public void grid(double timeS, double[] values, boolean filled) {
                onGrid(timeS, values, filled);
            }

            @Override
            public void reset(double gapS) {
                countOutage(gapS);
                restartMotion(true);
            }
        });
        this.bias = new GyroBiasEstimator(settings.gyroBiasTauS(), settings.gyroBiasStillTauS());
        this.orientation = new OrientationFilter(settings.tiltTauS(), settings.tiltTauStartS(), settings.tiltRampS(),
                settings.gravityTauS());
        this.highPass.highPass(2, settings.gridRateHz(), settings.detectHighPassHz());
        this.buffer = new RingBuffer((int) Math.ceil(settings.bufferS() * settings.gridRateHz()));
        this.sets = new SetTracker(settings.setGapS(), listener);
        this.holes = new HoleLog(settings.gridPeriodS());
        this.detector = new RepDetector(settings, buffer, holes, new RepDetector.Sink() {
            @Override
            public void rep(RepMeasurement rep, double confirmedAtS) {
                addRep(rep, confirmedAtS, false);
            }

            @Override
            public void inferred(RepMeasurement rep, double confirmedAtS) {
                addRep(rep, confirmedAtS, true);
            }

            @Override
            public void revised(RepMeasurement rep) {
                sets.revise(rep, holes.within(rep.startS(), rep.topS()));
            }
        });
    }

    @Override
    public void sample(Sample s) {
        if (!started) {
            started = true;
        } else if (s.timeUs() > lastDeviceUs) {
            streamUs += s.timeUs() - lastDeviceUs;
        }
        lastDeviceUs = s.timeUs();
        double t = streamUs / 1e6;
        if (!duplicates.accept(t, s)) {
            return;
        }
        boolean gyro = s.hasGyro();
        gyroSeen |= gyro;
        if (!gyro && !warnedNoGyro) {
            warnedNoGyro = true;
            accelOnlySeen = true;
            listener.warning(NO_GYRO_WARNING);
        }
        countRate(t);
        reading[0] = s.ax();
        reading[1] = s.ay();
        reading[2] = s.az();
        reading[3] = gyro ? s.gx() : 0;
        reading[4] = gyro ? s.gy() : 0;
        reading[5] = gyro ? s.gz() : 0;
        resampler.push(t, reading);
    }

    @Override
    public void gap(Gap gap) {
        if (gap.cause() == Gap.Cause.DEVICE_RESET || gap.cause() == Gap.Cause.DISCONNECTED) {
            // The next sample starts a new clock run: restart from scratch rather than bridge it.
            resampler.reset();
            duplicates.reset();
            restartMotion(false);
        }
    }

    /** End of stream: confirms what can be confirmed and ends the open set. */
    @Override
    public void end() {
        if (started) {
            resampler.finish();
            detector.finish(lastGridS);
            sets.finish();
            if (outages > 0) {
                listener.warning(String.format(java.util.Locale.ROOT, "The data stopped %d time%s during a set (the longest "
                        + "for %.1f s), too long to bridge: up to %d rep%s there may be missing.", outages,
                        outages == 1 ? "" : "s", longestOutageS, repsMaybeMissing, repsMaybeMissing == 1 ? "" : "s"));
            }
        }
    }

    private void onGrid(double t, double[] x, boolean filled) {
        if (filled) {
            holes.filled(t);
        }
        double dt = settings.gridPeriodS();
        double wx = x[3] - bias.x(), wy = x[4] - bias.y(), wz = x[5] - bias.z();
        double fNorm = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
        // A bridged hole is an estimate, not a reading: no evidence of rest (interpolated across a turn, it is quiet).
        boolean quiet = !filled && Math.sqrt(wx * wx + wy * wy + wz * wz) < settings.stillGyroRads()
                && Math.abs(fNorm - orientation.gravityMps2()) < settings.stillAccelMps2();
        // A turnaround at the top or bottom of a rep passes the test for an instant; rest lasts.
        quietSinceS = quiet ? (Double.isNaN(quietSinceS) ? t : quietSinceS) : Double.NaN;
        boolean still = quiet && t - quietSinceS >= settings.stillMinS();
        bias.update(x[3], x[4], x[5], still, dt);
        orientation.update(x[0], x[1], x[2], wx, wy, wz, still, dt);
        double vertical = orientation.verticalMps2();
        double detect;
        if (still) {
            // Zero-velocity update: a resting bar has no velocity, whatever the integral says. Without it a
            // dead stop (the bar landing on the floor) is a step the high-pass turns into a phantom lift.
            velocity = 0;
            highPass.reset();
            detect = 0;
        } else {
            velocity += vertical * dt;
            detect = highPass.filter(velocity);
        }
        buffer.add(t, vertical, orientation.northMps2(), orientation.westMps2(), still);
        detector.step(t, vertical, detect, still, gyroSeen);
        if (tap != null) {
            tap.step(t, detect);
        }
        sets.tick(t, detector.movementSinceS());
        lastGridS = t;
    }

    /** A rep for its set, with how much of it and of its pull holes in the data left to estimates. */
    private void addRep(RepMeasurement rep, double confirmedAtS, boolean fromBeat) {
        double gapS = holes.within(rep.startS(), rep.bottomS());
        sets.add(rep, confidence(gapS), gapS, holes.within(rep.startS(), rep.topS()), confirmedAtS, fromBeat,
                detector.fromRest(rep.startS()));
    }

    /**
     * A gap too long to bridge: if it came during a set (a rep within the set gap before it) and was shorter than a
     * rest between sets, it may have held reps, about one per rep-to-rep interval of the set.
     */
    private void countOutage(double gapS) {
        double period = sets.openRepIntervalS();
        // A gap as long as a rest between sets cannot be told from one.
        if (Double.isNaN(period) || gapS > settings.setGapS()) {
            return;
        }
        outages++;
        longestOutageS = Math.max(longestOutageS, gapS);
        repsMaybeMissing += (int) Math.ceil(gapS / period);
    }

    /**
     * Starts the analysis again after a discontinuity. Across a gap in the data the sensor is the same, so
     * its gyro bias and the gravity magnitude it reads are kept (re-learning them would cost the reps of the
     * next seconds); after a device reset or a reconnection everything starts afresh.
     */
    private void restartMotion(boolean sameSensor) {
        if (!sameSensor) {
            bias.reset();
        }
        orientation.reset(sameSensor);
        highPass.reset();
        buffer.clear();
        velocity = 0;
        quietSinceS = Double.NaN;
        detector.resetMotion();
        gapsSinceRep++;
    }

    private void countRate(double t) {
        accepted++;
        if (Double.isNaN(firstAcceptedS)) {
            firstAcceptedS = t;
        }
        lastAcceptedS = t;
        double span = lastAcceptedS - firstAcceptedS;
        if (!warnedLowRate && span >= 5 && (accepted - 1) / span < LOW_RATE_HZ) {
            warnedLowRate = true;
            listener.warning(String.format(java.util.Locale.ROOT, "Only %.0f new readings per second arrive (below %.0f), "
                    + "so reps are still counted but velocity and ROM are less accurate.", (accepted - 1) / span, LOW_RATE_HZ));
        }
    }

    /**
     * 0–1: lower without a gyroscope, at low rates, for a rep measured right after a restart (its offset
     * learnt from too few cycles), and for a rep part of which was bridged over a hole in the data.
     */
    private double confidence(double gapS) {
        double c = 0.95;
        if (accelOnlySeen && !gyroSeen) {
            c *= 0.7;
        }
        if (warnedLowRate) {
            c *= 0.7;
        }
        if (gapsSinceRep > 0) {
            c *= 0.8;
        }
        if (gapS > 0) {
            c *= HOLE_CONFIDENCE;
        }
        gapsSinceRep = 0;
        return Math.round(c * 100) / 100.0;
    }
}
