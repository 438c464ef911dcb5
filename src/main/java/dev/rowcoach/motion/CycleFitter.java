package dev.rowcoach.motion;

/**
 * Measures a rep from the bounded history of vertical acceleration without needing the bar to rest.
 *
 * <p>Cycle mode (touch-and-go reps): the window between two consecutive upward zero crossings of the
 * detection velocity spans one movement cycle, at the same phase at both ends. Over a cycle the bar comes
 * back to the same height with the same velocity, which gives two constraints: the acceleration offset
 * (bias left after gravity removal) is the mean acceleration over the cycle, pooled with the last few
 * cycles; and the integration constant makes the mean velocity over the cycle zero. Integrating the
 * corrected acceleration then gives a drift-free velocity for the rep.
 *
 * <p>Rest mode (last rep of a set, dead stops): the bar is still from {@code t1} on, so velocity is zero
 * there and the offset comes from the previous cycles.
 *
 * <p>The concentric is the positive run of that velocity around its maximum (starting where the pull begins
 * when the bar eases into the bottom, see {@link #pullOnset}); ROM is its integral, mean
 * velocity ROM over duration, peak velocity its maximum; the eccentric runs from the first descent after
 * the top to the next upward zero crossing. Horizontal components get the same treatment for the path
 * features. Scratch arrays are allocated once, sized to the history.
 */
final class CycleFitter {

    /** The measured rep and, when its bottom is not in the history yet, how to track it forward. */
    record Fit(RepMeasurement rep, boolean bottomFound, double velocityAtEndMps, double offsetMps2) {
    }

    private final MotionSettings settings;
    private final double dt;
    /** Fitted speed above which a "still" reading is taken for constant velocity, not rest, m/s. */
    private static final double STILL_FIT_MAX_MPS = 0.2;
    /** Shortest still run that anchors velocity at zero, s. */
    private static final double MIN_STILL_S = 0.3;
    /** How long velocity must stay in the "not moving" band to end a concentric at a pause, s. */
    private static final double QUIET_S = 0.1;
    /** A zero crossing where acceleration is below this fraction of the pull's is a slow approach. */
    private static final double SLOW_APPROACH = 0.2;
    /** The pull's onset is looked for this far after a slow crossing, s. */
    private static final double ONSET_MAX_S = 0.25;
    /**
     * A concentric may seem to start this much before the previous rep's measured bottom, s (two estimates meet there;
     * a bridged hole moves a zero crossing by up to about a tenth of a second); further back it starts at that bottom.
     */
    private static final double TURN_OVERLAP_S = 0.15;
    /** The longest creep to the top that {@link #pullEnd} cuts off the path features without a gyroscope, s. */
    private static final double CREEP_MAX_S = 0.4;
    /**
     * A creep to the top of {@value #TOP_CREEP_MIN_S}–{@value #TOP_CREEP_MAX_S} s is cut off the concentric: a pull's braking
     * ends within a tenth of a second of its top, so a longer crawl to zero is the fit's velocity error (0.05 m/s over the
     * slow start of a 3 s lowering reads as 0.4–0.65 s of rising), and it halved such reps' mean velocity.
     */
    private static final double TOP_CREEP_MIN_S = 0.2;
    private static final double TOP_CREEP_MAX_S = 1.0;
    /** Fitted velocity at the onset above this fraction of the peak: not a bottom, keep the crossing. */
    private static final double ONSET_MAX_FRACTION = 0.15;
    /**
     * A hold at the top ends when the bar goes down faster than this, m/s: three times the "not moving" band, since
     * the fitted velocity drifts by up to 0.06 m/s over a 2 s squeeze (lowering runs at 0.3–0.8 m/s).
     */
    static final double HOLD_END_MPS = 0.15;
    /**
     * The velocity the fit may have left on a hold, as a fraction of the pull's peak: a slow pull (0.75 m/s at its peak)
     * squeezed for 3 s keeps up to 0.2 m/s there; a stretch moving faster is part of the pull, not a hold.
     */
    private static final double HOLD_LEVEL_MAX = 0.25;
    /**
     * The first this many seconds of a squeeze give the level its velocity is levelled to; a hold at the top this long
     * anchors the horizontal velocities when the rest after the rep cannot, s.
     */
    private static final double HOLD_ANCHOR_S = 0.5;
    /**
     * A hold this long at the top is a squeeze, whose velocity is levelled, s. The lifter's squeeze lasts 1–3 s; a
     * shorter pause (a heavy rep's slow turn, a calibration set's strict reps pausing 0.5–0.8 s) is left as the reps
     * that do not pause are: levelled, those reps measured their ROM right and the unpaused cheat reps of the same
     * lifter, read against them, lost their swing (issue 13's cross-family bench: clear reps 0.925 → 0.907 on its seeds
     * with holds of 0.5 s levelled).
     */
    private static final double SQUEEZE_MIN_S = 0.8;
    /** How long after a rest its offset is used for the following reps, s. */
    private static final double AFTER_REST_S = 10.0;
    /** Bias, tilt and gravity estimates need this long after a (re)start before rest can anchor velocity, s. */
    private static final double WARM_UP_S = 1.0;

    private final double[] t, a, h1, h2, v;
    private final boolean[] still;
    private final CyclePool pool;
    private final HoleLog holes;
    private final PathFeatures features;
    private double stillTrustedFromS;
    /** The concentric run found by {@link #findConcentric}: its first and last positive samples. */
    private int runFirst, runLast;
    /**
     * Where that run crosses zero before it is moved to the pull's onset: the path features are read from
     * there, as the grading model was fitted (docs/GRADING.md), so that a touch-and-go pull that is already
     * accelerating at its onset is not read as an early swing.
     */
    private int runCrossing;
    /** Whether the stream has a gyroscope (the path features end differently without one). */
    private boolean gyro = true;

    /** Acceleration offset measured at the last rest before a lift, m/s², and when that rest ended, s. */
    private double restOffset = Double.NaN;
    private double restEndS = Double.NaN;
    /** Where the last rep counted ended (its bottom, where the bar stood still for an instant), s; NaN after a reset. */
    private double previousBottomS = Double.NaN;

    /**
     * How a fitted rep ends: see {@link #fit}. {@code OWN_CYCLE} is a cycle whose offset is its own mean acceleration
     * whatever the rest before it or the recent cycles say (a second opinion: it does not join the pool).
     */
    enum End { CYCLE, REST, HELD, OWN_CYCLE }

    void gyro(boolean present) {
        gyro = present;
    }

    void previousBottom(double bottomS) {
        previousBottomS = bottomS;
    }

    CycleFitter(MotionSettings settings, int capacity, HoleLog holes) {
        this.settings = settings;
        this.holes = holes;
        this.dt = settings.gridPeriodS();
        t = new double[capacity];
        a = new double[capacity];
        h1 = new double[capacity];
        h2 = new double[capacity];
        v = new double[capacity];
        still = new boolean[capacity];
        pool = new CyclePool(settings.offsetCycles(), settings.cycleMaxAgeS());
        features = new PathFeatures(dt, capacity);
    }

    /**
     * @param t0       window start: the upward crossing that began this rep's cycle, s
     * @param t1       window end: the next upward crossing (cycle mode) or the start of the rest (rest mode), s
     * @param end      how the rep ends: at the next cycle ({@code t1} is its upward crossing), at rest from {@code t1}, or
     *                 held in the hands from {@code t1}; or at the next cycle, measured on its own alone
     * @param lobeS    where the detection lobe started, s (the true start is searched from
     *                 {@code preStartS} before it)
     * @param pullS    when the lobe triggered: the bar was surely rising then, s (a rest before the lift is
     *                 searched up to here: after a dead stop the lobe may start long before the lift)
     * @return the fit, or null when the history does not hold a measurable rep
     */
    Fit fit(RingBuffer buffer, double t0, double t1, End end, double lobeS, double pullS) {
        boolean rest = end == End.REST || end == End.HELD;
        // Enough history before the lobe to hold the true start and a full rest run before it.
        double from = Math.min(t0, lobeS - settings.preStartS() - MIN_STILL_S);
        int n = buffer.copySince(from, t, a, h1, h2, still);
        if (n < 20) {
            return null;
        }
        stillTrustedFromS = buffer.startedS() + WARM_UP_S;
        int w0 = -1, w1 = -1;
        for (int i = 0; i < n; i++) {
            if (t[i] >= t0 && t[i] <= t1) {
                if (w0 < 0) {
                    w0 = i;
                }
                w1 = i;
            }
        }
        int restFrom = rest ? indexAtOrAfter(t1, n) : -1;
        if (rest && restFrom < 0 || !rest && w0 < 0) {
            return null;
        }
        // A still bar just before the lift (first rep of a set, dead stops) anchors velocity at zero there; a cycle
        // measured on its own alone takes no rest into account.
        int preEnd = end == End.OWN_CYCLE ? -1 : stillRunEndBefore(indexAtOrAfter(pullS, n), lobeS - settings.preStartS());
        int preStart = preEnd;
        while (preStart > 0 && still[preStart - 1]) {
            preStart--;
        }
        // Rest before the estimators settled is not a trustworthy zero: use only the part after the warm-up.
        while (preEnd >= 0 && preStart <= preEnd && t[preStart] < buffer.startedS() + WARM_UP_S) {
            preStart++;
        }
        if (preEnd >= 0 && t[preEnd] - t[preStart] < MIN_STILL_S - dt / 2) {
            preEnd = -1;
        }
        // A rest before the lift is the bar at the bottom: a still run that ended before the bottom of the rep before this
        // one (not this one's own, once counted: it lies after the pull) was that rep's lowering, steady enough to pass for
        // rest (mid-way through a slow eccentric the bar accelerates by under 0.35 m/s² and barely turns); anchored there,
        // every velocity of the cycle would read the lowering's speed too fast. A fit ending at a rest keeps the run: its
        // other anchor is seconds away, and with one anchor alone its velocity drifts further (a 0.5 m rep read 7 m).
        if (preEnd >= 0 && end == End.CYCLE && t[preEnd] + TURN_OVERLAP_S < previousBottomS
                && previousBottomS < pullS + TURN_OVERLAP_S) {
            preEnd = -1;
        }
        // A bar at rest reads the offset alone, which the tracked bias and gravity keep small: a still run averaging more
        // than a whole cycle may (CyclePool) was the bar slowly speeding up or slowing down (a slow lowering).
        if (preEnd >= 0 && Math.abs(Series.mean(a, preStart, preEnd, -1, -1)) > CyclePool.MAX_CYCLE_OFFSET_MPS2) {
            preEnd = -1;
        }
        // Shortly after a rest, the offset measured there still holds. The first cycles after a rest are not
        // periodic (the detection filter is still settling), so their own mean acceleration is a poor offset.
        boolean afterRest = preEnd < 0 && !rest && !Double.isNaN(restOffset) && lobeS - restEndS <= AFTER_REST_S;
        double offset;
        boolean holed = false;
        // A rest after the rep measures the offset too once it has lasted MIN_STILL_S; a shorter one (early
        // confirmation reads a single sample, a hold 0.15 s of tremor) is noise.
        boolean shortRest = rest && t[n - 1] - t[restFrom] < MIN_STILL_S - dt / 2;
        if (end == End.OWN_CYCLE) {
            offset = Series.mean(a, w0, w1, -1, -1);
        } else if (preEnd >= 0) {
            offset = rest && !shortRest ? Series.mean(a, preStart, preEnd, restFrom, n - 1)
                    : Series.mean(a, preStart, preEnd, -1, -1);
            restOffset = offset;
            restEndS = t[preEnd];
        } else if (afterRest) {
            offset = restOffset;
        } else if (end == End.HELD && !shortRest) {
            // A bar held in the hands does not move on average, whatever its tremor: its own mean is the offset (the
            // recent cycles' may be seconds old: a held dead stop is as long as a rep or longer).
            offset = Series.mean(a, restFrom, n - 1, -1, -1);
        } else if (rest) {
            offset = pool.pooledOffset(t0);
            if (Double.isNaN(offset)) {
                // No recent cycles (a short set: its cycles all came soon after the rest before it and used that
                // rest's offset): this rest's own, unless it is short; then the set's rest before the lift.
                offset = shortRest && !Double.isNaN(restOffset) ? restOffset : Series.mean(a, restFrom, n - 1, -1, -1);
            }
        } else if (holes.within(t[w0], t[w1]) > 0) {
            // Part of the cycle was bridged over a hole: its own mean acceleration holds the bridge's error, so
            // the recent cycles give the offset (the tracked bias and gravity leave little: 0 without any) and
            // the cycle's closure is restored inside the holes below; it does not join the pool.
            offset = pool.pooledOffset(t0);
            offset = Double.isNaN(offset) ? 0 : offset;
            holed = true;
        } else {
            double ownSum = 0;
            for (int i = w0; i <= w1; i++) {
                ownSum += a[i] * dt;
            }
            offset = pool.cycleOffset(t0, t1, ownSum, t[w1] - t[w0]);
        }
        Series.integrate(a, offset, v, n, dt);
        if (holed) {
            closeCycleInHoles(w0, w1, n);
        }
        int anchorFrom, anchorTo;
        if (preEnd >= 0) {
            Series.subtractMean(v, preStart, preEnd, n);
            if (rest) {
                removeLinearDrift(preEnd, restFrom, n);
            }
            anchorFrom = preStart;
            anchorTo = preEnd;
        } else if (rest) {
            Series.subtractMean(v, restFrom, n - 1, n);
            closeRestInHoles(restFrom, n);
            anchorFrom = restFrom;
            anchorTo = n - 1;
        } else {
            Series.subtractMean(v, w0, w1, n);
            anchorFrom = w0;
            anchorTo = w1;
        }

        // The pull peaks after the previous rep's bottom: a hole bridged just before it can leave a faster, false peak.
        double peakFromS = lobeS - settings.preStartS();
        if (previousBottomS > peakFromS && holes.within(peakFromS, previousBottomS) > 0) {
            peakFromS = previousBottomS;
        }
        int peak = -1;
        for (int i = 0; i < n; i++) {
            if (t[i] <= t1 && t[i] >= peakFromS && (peak < 0 || v[i] > v[peak])) {
                peak = i;
            }
        }
        if (peak < 0 || v[peak] <= 0) {
            return null;
        }
        findConcentric(peak, n, rest ? restFrom : -1, lobeS);
        int start = runFirst, top = runLast;
        if (top >= n - 2) {
            return null;
        }
        // Zero crossings interpolated between grid samples; ROM by trapezoids between them. A slow approach to the top:
        // the pull ends where its braking does, not where a small velocity error puts the zero crossing.
        int creepEnd = pullEnd(top, peak, TOP_CREEP_MIN_S, TOP_CREEP_MAX_S);
        int pullTop = creepEnd >= 0 ? creepEnd : top;
        double startS = start > 0 && v[start - 1] <= 0 ? Series.crossing(t, v, start - 1, start) : t[start];
        double topS = creepEnd >= 0 ? t[pullTop] : v[top + 1] <= 0 ? Series.crossing(t, v, top, top + 1) : t[top];
        double rom = 0.5 * v[start] * (t[start] - startS) + 0.5 * v[pullTop] * (topS - t[pullTop]);
        for (int i = start; i < pullTop; i++) {
            rom += 0.5 * (v[i] + v[i + 1]) * (t[i + 1] - t[i]);
        }
        int eccentric = top;
        while (eccentric < n && v[eccentric] >= -settings.stillVelocityMps()) {
            eccentric++;
        }
        double eccentricS = eccentric < n ? t[eccentric] : topS;
        int holdEnd = holdEnd(top, n);
        double holdS = Math.max(0, t[holdEnd] - topS);
        // Without a gyroscope the top often creeps (a tilt error keeps the velocity just above zero): the path
        // features end where the pull's deceleration does, so the creep is not read as an early swing.
        int featureTop = gyro ? -1 : pullEnd(top, peak, 0, CREEP_MAX_S);
        // A rest too short to measure an offset on (a last rep lowered to a brief hang before the put-down) is a poor
        // anchor for the horizontal velocities seconds after the pull; a squeeze held the bar still right after it.
        boolean holdAnchors = rest && shortRest && preEnd < 0 && t[holdEnd] - t[top] >= HOLD_ANCHOR_S;
        RepShape shape = features.of(t, v, h1, h2, runCrossing, featureTop >= 0 ? featureTop : top, peak, n,
                holdAnchors ? top + 1 : anchorFrom, holdAnchors ? holdEnd : anchorTo);
        if (rest) {
            return new Fit(new RepMeasurement(startS, topS, eccentricS, t1, rom, v[peak], descent(top, n - 1),
                    longestStill(top, indexAtOrAfter(t1, n)), true, withPath(shape, start, top, restFrom), holdS), true, 0,
                    offset);
        }
        // The bottom: the upward zero crossing after the bar has started down where it is lowest, not the first one (a
        // small velocity error makes a slow start of the lowering, or a top pause, cross zero on the way).
        int bottom = -1;
        double z = 0, lowest = Double.POSITIVE_INFINITY;
        for (int j = eccentric; j < n - 1; j++) {
            z += 0.5 * (v[j] + v[j + 1]) * (t[j + 1] - t[j]);
            if (v[j] <= 0 && v[j + 1] > 0 && z < lowest) {
                lowest = z;
                bottom = j;
            }
        }
        // Still going down at the end of the history and lower than at any turn so far: the bottom is still ahead.
        if (bottom >= 0 && v[n - 1] <= 0 && z < lowest) {
            bottom = -1;
        }
        if (bottom >= 0) {
            return new Fit(new RepMeasurement(startS, topS, eccentricS, Series.crossing(t, v, bottom, bottom + 1), rom,
                    v[peak], descent(top, bottom), longestStill(top, bottom), false, withPath(shape, start, top, bottom), holdS),
                    true, 0, offset);
        }
        return new Fit(new RepMeasurement(startS, topS, eccentricS, t[n - 1], rom, v[peak], descent(top, n - 1),
                longestStill(top, n - 1), false, withPath(shape, start, top, n - 1), holdS), false, v[n - 1], offset);
    }

    /**
     * The sample where the hold at the top after sample {@code top} ends: where the bar goes down faster than
     * {@link #HOLD_END_MPS} (the end of the history when it has not yet).
     */
    private int holdEnd(int top, int n) {
        for (int i = top + 1; i < n; i++) {
            if (v[i] < -HOLD_END_MPS) {
                return i;
            }
        }
        return n - 1;
    }

    /**
     * Over one cycle the bar comes back to the same velocity; where the integrated velocity does not, the error
     * came from the holes bridged with an estimate (a row's cycles differ, so the copied cycle's acceleration
     * is off by 0.15–0.25 m/s per hole on the real sets). The missing velocity change is put back evenly over the
     * bridged samples of the cycle (an unknown constant acceleration within the holes), and the samples after
     * them keep the correction.
     */
    private void closeCycleInHoles(int w0, int w1, int n) {
        int bridgedSamples = 0;
        for (int i = w0 + 1; i <= w1; i++) {
            bridgedSamples += bridged(i) ? 1 : 0;
        }
        if (bridgedSamples == 0) {
            return;
        }
        double step = -(v[w1] - v[w0]) / bridgedSamples;
        double added = 0;
        for (int i = w0 + 1; i < n; i++) {
            if (i <= w1 && bridged(i)) {
                added += step;
            }
            v[i] += added;
        }
    }

    /** Whether most of the grid step ending at sample {@code i} was bridged over a hole (an estimate, not a reading). */
    private boolean bridged(int i) {
        return holes.within(t[i] - dt, t[i]) > dt / 2;
    }

    /**
     * A rest anchors the velocity at zero where it begins; integrated back from there, a bridged hole's error is
     * carried into everything before it, the concentric included. The previous rep's bottom, when it lies in the
     * history before the holes, is a second zero of velocity: the velocity found there is put back evenly over the
     * bridged samples between the two (an unknown constant acceleration within the holes), as
     * {@link #closeCycleInHoles} does over a cycle.
     */
    private void closeRestInHoles(int restFrom, int n) {
        int bottom = previousBottom(n);
        if (bottom < 0 || bottom >= restFrom) {
            return;
        }
        int bridgedSamples = 0;
        for (int i = bottom + 1; i <= restFrom; i++) {
            bridgedSamples += bridged(i) ? 1 : 0;
        }
        if (bridgedSamples == 0) {
            return;
        }
        double error = v[bottom];
        double step = error / bridgedSamples;
        double correction = -error;
        for (int i = 0; i <= restFrom; i++) {
            if (i > bottom && bridged(i)) {
                correction += step;
            }
            v[i] += correction;
        }
    }

    /** The sample at the previous rep's bottom, -1 when there is none in the history. */
    private int previousBottom(int n) {
        int bottom = Double.isNaN(previousBottomS) ? -1 : indexAtOrAfter(previousBottomS, n);
        return bottom < 0 || t[bottom] - previousBottomS > dt ? -1 : bottom;
    }

    /** The sample of least velocity from {@code from} to before {@code to}. */
    private int slowest(int from, int to) {
        int slowest = from;
        for (int i = from + 1; i < to; i++) {
            slowest = v[i] < v[slowest] ? i : slowest;
        }
        return slowest;
    }

    /**
     * {@code shape} with the bar path from the concentric start to sample {@code bottom} (the end of the history
     * when the bottom is not in it yet), for reports; the features themselves are unchanged.
     */
    private RepShape withPath(RepShape shape, int start, int top, int bottom) {
        return shape.withPath(features.path(v, start, top, bottom));
    }

    /**
     * The positive run of velocity around {@code peak} into {@link #runFirst}..{@link #runLast}. A pause at
     * the bottom or top leaves velocity near zero, and a small offset error can keep it just above: the run
     * ends where velocity has stayed inside the "not moving" band for a while (touch-and-go reps cross zero
     * quickly and never stay there). A pause is a zero of velocity: the velocity is re-levelled on it (a ramp
     * when paused at both ends) and the run followed again to its zero crossings. A hold at the top is levelled first
     * ({@link #levelOnHold}; {@code restFrom}: where a rest after the rep anchors the velocity, -1 when none), and a run
     * that begins more than {@value #ONSET_MAX_S} s before the pull's push starts at the push, when the bar is still
     * slower there than {@value #ONSET_MAX_FRACTION} of the peak (not a push that comes in two).
     */
    private void findConcentric(int peak, int n, int restFrom, double lobeS) {
        int held = holdAfter(peak, n);
        int push = pushOnset(peak);
        if (held >= 0) {
            levelOnHold(held, push, restFrom, n);
        }
        int start = runStart(peak);
        // A pause at the bottom before the pull may read as rising (a dead stop, or once levelled on a hold): the pull
        // began at its push. Without a hold the path features keep the run's own start, as the grading model was
        // fitted (read from the push, the default grader's swing error grew on the held-out grid of bodies).
        int ownStart = -1;
        if (push >= 0 && t[push] - t[start] > ONSET_MAX_S && v[push] <= ONSET_MAX_FRACTION * v[peak]) {
            ownStart = held < 0 ? start : -1;
            start = push;
        }
        int top = runEnd(peak, n);
        boolean pausedBefore = start > 0 && v[start - 1] > 0;
        boolean pausedAfter = top < n - 1 && v[top + 1] > 0;
        if (pausedBefore || pausedAfter) {
            int pauseBefore = pausedBefore ? quietSpan(start - 1, -1, n) : -1;
            int pauseAfter = pausedAfter ? quietSpan(top + 1, 1, n) : -1;
            relevelOnPauses(pausedBefore ? start - 1 : -1, pausedAfter ? top + 1 : -1, n);
            while (pausedBefore && start > pauseBefore && v[start - 1] > 0) {
                start--;
            }
            while (pausedAfter && top < pauseAfter && v[top + 1] > 0) {
                top++;
            }
        }
        // A slow approach to the bottom: the lift starts where the pull does, not where a small velocity error
        // puts the zero crossing.
        runCrossing = ownStart >= 0 ? ownStart : start;
        int onset = pullOnset(start, peak);
        if (onset >= 0) {
            start = onset;
        }
        // The previous rep's bottom is a zero of velocity (without one in the history, a set's first rep, the detection
        // lobe's start is the nearest): a run reaching back well before it across a bridged hole carries the bridge's
        // error, and the pull began at the slowest sample between that zero and the peak.
        int bottom = previousBottom(n);
        double zeroS = bottom >= 0 ? previousBottomS : lobeS;
        int from = bottom >= 0 ? bottom : indexAtOrAfter(lobeS - TURN_OVERLAP_S, n);
        if ((bottom < 0 || from < peak) && t[start] < zeroS - TURN_OVERLAP_S && holes.within(t[start], zeroS) > 0) {
            start = slowest(from, peak);
            runCrossing = start;
        }
        runFirst = start;
        runLast = top;
    }

    /**
     * Where a hold at the top begins after the pull peaking at sample {@code peak}: where the pull's braking ends (the
     * deceleration falls under {@value #SLOW_APPROACH} of its hardest), when the velocity there is under
     * {@value #HOLD_LEVEL_MAX} of the peak and then varies by less than twice the "not moving" band for
     * {@value #SQUEEZE_MIN_S} s. The bar is still in the hands there, whatever velocity the fit left on it (an offset
     * error of 0.03 m/s² leaves 0.1 m/s on a 3 s squeeze, and the run would read on into it); -1 when there is no such
     * hold (a touch-and-go top, a pause shorter than {@value #SQUEEZE_MIN_S} s, a lowering).
     */
    private int holdAfter(int peak, int n) {
        if (peak >= n - 1) {
            return -1;
        }
        // The pull's hardest braking, before the bar goes down (or the longest concentric has passed).
        int hardest = peak;
        for (int i = peak; i < n - 1 && v[i] > -HOLD_END_MPS && t[i] - t[peak] <= settings.concentricMaxS(); i++) {
            hardest = v[i] - v[i + 1] > v[hardest] - v[hardest + 1] ? i : hardest;
        }
        double brake = (v[hardest] - v[hardest + 1]) / dt;
        if (brake <= 0) {
            return -1;
        }
        int end = hardest;
        while (end < n - 1 && (v[end] - v[end + 1]) / dt > SLOW_APPROACH * brake) {
            end++;
        }
        double low = v[end], high = v[end];
        for (int k = end; t[k] - t[end] < SQUEEZE_MIN_S; k++) {
            if (k >= n - 1) {
                return -1;
            }
            low = Math.min(low, v[k]);
            high = Math.max(high, v[k]);
        }
        return high - low < 2 * settings.stillVelocityMps() && Math.abs(v[end]) < HOLD_LEVEL_MAX * v[peak] ? end : -1;
    }

    /**
     * Levels the velocity on a hold at the top from sample {@code from} on: the bar is still in the hands there, whatever
     * velocity the fit left on it, so the mean velocity over the hold's first {@value #HOLD_ANCHOR_S} s is subtracted
     * up to their end, as {@link #relevelOnPauses} does on a pause. The fit's error drifts slowly (0.01–0.06 m/s²), so
     * the velocity where the pull began ({@code onset}, -1 when unknown: nothing is levelled) carries the same error
     * within twice the "not moving" band; a flat stretch whose level differs by more is a steady lowering, not a hold,
     * and is left alone, as is a hold already inside the band (the run ends there as it is) and one partly bridged over
     * a hole (an estimate, not a reading of the bar). After those {@value #HOLD_ANCHOR_S} s the correction runs down to
     * none at the rest that anchors the velocity after the rep ({@code restFrom}; the error of an offset grows steadily
     * in time, so between two zeros of velocity it is a ramp): the lowering is measured between the two, not with the
     * hold's drift in its descent. Without such a rest (a cycle)
     * the samples after the hold's start keep the fit's anchoring (the hold's level carried on over seconds read
     * lowerings short, and reps were lost on the grading bench).
     */
    private void levelOnHold(int from, int onset, int restFrom, int n) {
        int to = from;
        while (to + 1 < n && t[to + 1] - t[from] <= HOLD_ANCHOR_S) {
            to++;
        }
        if (holes.within(t[from], t[to]) > 0) {
            return;
        }
        double level = Series.mean(v, from, to, -1, -1);
        double band = 2 * settings.stillVelocityMps();
        if (onset < 0 || Math.abs(v[onset] - level) >= band || level <= -band
                || Math.abs(level) < settings.stillVelocityMps()) {
            return;
        }
        for (int i = 0; i <= to; i++) {
            v[i] -= level;
        }
        // A rest after the rep is a zero of velocity too: the error goes from the hold's level to none there.
        for (int i = to + 1; i < restFrom; i++) {
            v[i] -= level * (t[restFrom] - t[i]) / (t[restFrom] - t[to]);
        }
    }

    /**
     * Where the push of the pull peaking at sample {@code peak} began: back from its hardest push (within the longest
     * concentric, after the bar last went down faster than {@value #HOLD_END_MPS} m/s) to where the acceleration falls
     * under {@value #SLOW_APPROACH} of it; -1 when the pull has no push in the history.
     */
    private int pushOnset(int peak) {
        int hardest = peak;
        for (int i = peak; i > 0 && v[i] > -HOLD_END_MPS && t[peak] - t[i] <= settings.concentricMaxS(); i--) {
            hardest = v[i] - v[i - 1] > v[hardest] - v[hardest - 1] ? i : hardest;
        }
        if (hardest < 1 || v[hardest] <= v[hardest - 1]) {
            return -1;
        }
        double push = (v[hardest] - v[hardest - 1]) / dt;
        int onset = hardest;
        while (onset > 0 && (v[onset] - v[onset - 1]) / dt > SLOW_APPROACH * push) {
            onset--;
        }
        return onset;
    }

    /**
     * Where the pull begins, when the velocity's zero crossing at {@code start} lies in a slow approach (the
     * eccentric easing to a stop) followed by a sharp pull: there a small velocity error moves the crossing by
     * a lot (0.03 m/s at 0.5 m/s² is 60 ms), while the onset of the pull, where acceleration jumps, is sharp.
     * The bar is at the bottom when the pull begins. -1 when the crossing is itself sharp.
     */
    private int pullOnset(int start, int peak) {
        if (start < 1 || peak - start < 3) {
            return -1;
        }
        double pull = 0;
        for (int i = start; i < peak; i++) {
            pull = Math.max(pull, (v[i + 1] - v[i]) / dt);
        }
        double atCrossing = (v[start + 1] - v[start - 1]) / (2 * dt);
        if (atCrossing >= SLOW_APPROACH * pull) {
            return -1;
        }
        int half = start;
        while (half < peak && (v[half + 1] - v[half]) / dt < 0.5 * pull) {
            half++;
        }
        int onset = half;
        while (onset > start && (v[onset] - v[onset - 1]) / dt > SLOW_APPROACH * pull) {
            onset--;
        }
        return t[onset] - t[start] <= ONSET_MAX_S && v[onset] <= ONSET_MAX_FRACTION * v[peak] ? onset : -1;
    }

    /**
     * The mirror of {@link #pullOnset} at the top: where the pull's deceleration ends, when the velocity then
     * creeps to zero (slower than {@value #SLOW_APPROACH} of the deceleration) for {@code minCreepS} to
     * {@code maxCreepS} at under {@value #ONSET_MAX_FRACTION} of the peak; -1 when the top is sharp or the creep is
     * outside those bounds.
     */
    private int pullEnd(int top, int peak, double minCreepS, double maxCreepS) {
        if (top - peak < 3 || top >= t.length - 1) {
            return -1;
        }
        double brake = 0;
        for (int i = peak; i < top; i++) {
            brake = Math.max(brake, (v[i] - v[i + 1]) / dt);
        }
        double atCrossing = (v[top - 1] - v[top + 1]) / (2 * dt);
        if (atCrossing >= SLOW_APPROACH * brake) {
            return -1;
        }
        int half = top;
        while (half > peak && (v[half - 1] - v[half]) / dt < 0.5 * brake) {
            half--;
        }
        int end = half;
        while (end < top && (v[end] - v[end + 1]) / dt > SLOW_APPROACH * brake) {
            end++;
        }
        double creepS = t[top] - t[end];
        return creepS >= minCreepS && creepS <= maxCreepS && v[end] <= ONSET_MAX_FRACTION * v[peak] ? end : -1;
    }

    /** The longest run of still samples between {@code from} and {@code to}, s. */
    private double longestStill(int from, int to) {
        double longest = 0;
        int runStart = -1;
        for (int k = from; k <= to && k >= 0; k++) {
            if (still[k]) {
                runStart = runStart < 0 ? k : runStart;
                longest = Math.max(longest, t[k] - t[runStart]);
            } else {
                runStart = -1;
            }
        }
        return longest;
    }

    /** How far the bar went down between samples {@code from} and {@code to}, m (the negative velocity integral). */
    private double descent(int from, int to) {
        double drop = 0;
        for (int k = from; k < to; k++) {
            drop -= Math.min(0, 0.5 * (v[k] + v[k + 1])) * (t[k + 1] - t[k]);
        }
        return drop;
    }

    /**
     * Whether the sensor was still at sample {@code k} and the fit agrees the bar was barely moving. The
     * stillness test cannot tell rest from constant velocity (mid-pull, acceleration and roll rate both pass
     * through zero), and before the estimators' warm-up it judges against a gravity not yet learnt.
     */
    private boolean trustedStill(int k) {
        return still[k] && t[k] >= stillTrustedFromS && Math.abs(v[k]) < STILL_FIT_MAX_MPS;
    }

    /** Back from the peak while velocity stays positive and the bar has not paused (or the sensor was still). */
    private int runStart(int peak) {
        int start = peak;
        while (start > 0 && v[start - 1] > 0 && !trustedStill(start - 1) && !quiet(start - 1, -1, t.length)) {
            start--;
        }
        return start;
    }

    /** Forward from the peak while velocity stays positive and the bar has not paused (or the sensor was still). */
    private int runEnd(int peak, int n) {
        int top = peak;
        while (top < n - 1 && v[top + 1] > 0 && !trustedStill(top + 1) && !quiet(top + 1, 1, n)) {
            top++;
        }
        return top;
    }

    /**
     * Subtracts the velocity the fit left on the pause before ({@code before} ≥ 0: the pause's last sample)
     * and/or after ({@code after} ≥ 0: its first sample) the concentric; with both, a linear ramp between them.
     */
    private void relevelOnPauses(int before, int after, int n) {
        double vBefore = 0, tBefore = 0, vAfter = 0, tAfter = 0;
        if (before >= 0) {
            int k = quietSpan(before, -1, n);
            vBefore = Series.mean(v, k, before, -1, -1);
            tBefore = 0.5 * (t[k] + t[before]);
        }
        if (after >= 0) {
            int k = quietSpan(after, 1, n);
            vAfter = Series.mean(v, after, k, -1, -1);
            tAfter = 0.5 * (t[after] + t[k]);
        }
        for (int i = 0; i < n; i++) {
            double level;
            if (before >= 0 && after >= 0) {
                double f = Math.max(0, Math.min(1, (t[i] - tBefore) / (tAfter - tBefore)));
                level = vBefore + f * (vAfter - vBefore);
            } else {
                level = before >= 0 ? vBefore : vAfter;
            }
            v[i] -= level;
        }
    }

    /** The far end of the quiet stretch starting at {@code i} in {@code direction}, at most {@value #QUIET_S} s. */
    private int quietSpan(int i, int direction, int n) {
        int k = i;
        while (k + direction >= 0 && k + direction < n && Math.abs(t[k + direction] - t[i]) <= QUIET_S) {
            k += direction;
        }
        return k;
    }

    /**
     * Whether |v| stays below the "not moving" band for {@value #QUIET_S} s from sample {@code i} on, going
     * in {@code direction} (−1: back in time, +1: forward).
     */
    private boolean quiet(int i, int direction, int n) {
        double band = settings.stillVelocityMps();
        for (int k = i; k >= 0 && k < n; k += direction) {
            if (Math.abs(v[k]) >= band) {
                return false;
            }
            if (Math.abs(t[k] - t[i]) >= QUIET_S) {
                return true;
            }
        }
        return false;
    }

    /** Forget the cycles and the last rest (after a gap the offset must be learnt again). */
    void reset() {
        pool.reset();
        restOffset = Double.NaN;
        previousBottomS = Double.NaN;
    }

    /**
     * The last index at or before {@code before} that ends a run of still samples of at least
     * {@value #MIN_STILL_S} s, not earlier than {@code notBeforeS}; -1 when there is none.
     */
    private int stillRunEndBefore(int before, double notBeforeS) {
        int minRun = (int) Math.round(MIN_STILL_S / dt);
        for (int i = Math.min(before, t.length - 1); i >= 0 && t[i] >= notBeforeS; i--) {
            if (!still[i]) {
                continue;
            }
            int run = 0;
            for (int k = i; k >= 0 && still[k]; k--) {
                run++;
                if (run >= minRun) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Velocity is zero before the lift and again at rest: remove the drift that accumulated between. */
    private void removeLinearDrift(int fromIndex, int restFrom, int n) {
        double restVelocity = 0;
        for (int i = restFrom; i < n; i++) {
            restVelocity += v[i];
        }
        restVelocity /= (n - restFrom);
        double span = t[restFrom] - t[fromIndex];
        for (int i = fromIndex + 1; i < n; i++) {
            double k = span > 0 ? Math.min(1, (t[i] - t[fromIndex]) / span) : 1;
            v[i] -= restVelocity * k;
        }
    }

    private int indexAtOrAfter(double time, int n) {
        for (int i = 0; i < n; i++) {
            if (t[i] >= time) {
                return i;
            }
        }
        return -1;
    }
}
