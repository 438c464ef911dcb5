package dev.rowcoach.motion;

/**
 * The rep state machine. Per grid sample it sees the vertical acceleration (for measuring) and the
 * high-passed detection velocity (for counting):
 *
 * <pre>
 * SEARCH ──(v_d &gt; trigger)──► CONCENTRIC ──(v_d ≤ 0)──► SEARCH
 *                                   │ lobe long enough (displacement, duration) → pending rep
 * pending rep:
 *   next lobe starts and the bar came back down ≥ returnFraction of the lobe → confirm (touch-and-go)
 *   sensor still (with a gyro) after coming back down                        → measure; confirm if it came
 *                                                                               ≥ 0.8 ROM down, else wait
 *   bar held flat 0.15 s (with a gyro) after coming back down                 → report it now, keep it pending:
 *                                                                               its usual confirmation revises it
 *   sensor still for restConfirmS after coming back down                     → confirm (last rep, dead stop)
 *                                                                               if measured back down; else it
 *                                                                               rests at the top: keep pending
 *   resting at the top SQUEEZE_MAX_S after it                                → drop (standing with the bar)
 *   no descent within topDwellMaxS of the top                                → drop (pick-up, standing up)
 *   next lobe starts before the bar came back down                           → drop (incomplete return),
 *                                                                               unless the cycle fit shows it
 *                                                                               came ≥ 0.8 ROM down, or it shows a
 *                                                                               whole pull: then measure it again
 *                                                                               up to the next rep's start
 *   older than pendingMaxS: confirm if the bar came back down, else drop
 * confirm: measure by cycle fit → (track the true bottom forward if needed) → ROM gate → return gate → emit
 *   measurement failed or fails the gates across holes in the data, rep on the set's cadence → count it unmeasured
 * </pre>
 *
 * The trigger and the ROM gate adapt to the lifter (fractions of the median of the last reps) and reset
 * when a set ends. All state is small and explicit; the history lives in the {@link RingBuffer}.
 */
final class RepDetector {

    /** Receives confirmed reps, with the stream time at which each was confirmed. */
    interface Sink {
        void rep(RepMeasurement rep, double confirmedAtS);

        /**
         * A rep holes in the data hid, counted from the set's beat between two reps (see {@link SetBeat}), or one
         * whose measurement found the next rep's pull instead (see {@link #confirm}): it stands only as long as the
         * rep after it does.
         */
        void inferred(RepMeasurement rep, double confirmedAtS);

        /** The last rep reported, measured again at its usual confirmation (it was reported early, on a hold). */
        void revised(RepMeasurement rep);
    }

    private enum State { SEARCH, CONCENTRIC }

    private final MotionSettings s;
    private final double dt;
    private final RingBuffer buffer;
    private final HoleLog holes;
    private final CycleFitter fitter;
    private final Sink sink;
    private final RecentMedian peaks;
    private final RecentMedian roms;
    /** How far the set's reps measured without holes in their pulls had their tops after their detection lobes' tops, s. */
    private final RecentMedian topLeads;
    /** The set's beat, and the reps holes hid, counted from it. */
    private final SetBeat beat;

    private State state = State.SEARCH;
    private double lastUpCrossingS = Double.NaN;
    private double previousDetect;
    private double lastRepS = Double.NEGATIVE_INFINITY;
    /** Where the last rep emitted ended, s. */
    private double lastBottomS = Double.NEGATIVE_INFINITY;
    /** The last rep counted (null: none yet). */
    private RepMeasurement lastCounted;

    private double lobeStartS, lobeTriggerS, lobeDisplacement;
    /**
     * The last moment the detection velocity was under half the trigger, s, and that moment when the lobe triggered: where
     * its rise began. The high-pass detection crosses zero upward part-way through a slow lowering (a 3–5 s eccentric),
     * seconds before the pull: the lobe starts there, but it is the rise that a concentric's longest duration bounds.
     */
    private double lastLowS = Double.NaN, lobeRiseS;

    private boolean pending;
    private double pendingStartS, pendingTriggerS, pendingTopS, pendingLobeM, pendingZ, pendingZMin, pendingDescentS;
    private double restSinceS = Double.NaN;
    /** Early confirmation was tried on this stretch of stillness / of holding; how long the bar has been held, s. */
    private boolean triedEarly, triedHold, triedHeld;
    /** The sensor came to rest with the bar still up (a pause at the top, a slow eccentric): not the rep's end. */
    private boolean restAtTop;
    private double restAtTopUntilS;
    /** The pending movement opened a set from a still bar: it may be a pick-up (see {@link #STAND_DWELL_S}). */
    private boolean pendingMayBeStanding;
    /** The last time the sensor read still, and when that run of stillness began, s. */
    private double lastStillS = Double.NEGATIVE_INFINITY;
    private double stillRunStartS = Double.NEGATIVE_INFINITY;
    private double holdS;
    /** Where the last runs of stillness as long as {@link #LYING_S} ended, s (a ring, {@link #lyingRuns} of them so far). */
    private final double[] lyingEndsS = new double[4];
    private int lyingRuns;
    /** The pending rep was already reported on a hold; the tracked rep was (its measurement then revises it). */
    private boolean reportedEarly, trackedRevises;
    /** Whether the stream has a gyroscope (early confirmation needs one). */
    private boolean gyro;

    private RepMeasurement tracked;
    /** The movement last confirmed, as {@link #countUnmeasured} reads it, kept while it is tracked. */
    private Unmeasured unmeasured = new Unmeasured(false, false, 0, 0, 0);
    /**
     * A movement whose cycle fit measured a whole pull but whose lowering the fit's window cut short (the next lobe began
     * before the bar was down), waiting for the next rep's start to be measured again up to it (null: none).
     */
    private Deferred deferred;
    private double trackVelocity, trackOffset, trackDeadlineS, trackDescent, trackFlatS;

    /**
     * Early confirmation, so that a rep after which the bar rests (a paused rep, the last rep of a set) is
     * reported as the bar comes to rest, not 0.3 s later: with a gyroscope, as soon as the sensor reads still,
     * the rep is measured as ending there and reported only if that measurement shows it came at least
     * {@value #EARLY_DESCENT} of its ROM back down; otherwise it stays pending. Without a gyroscope "still"
     * cannot tell rest from a steady descent, so this is not tried.
     */
    private static final double EARLY_DESCENT = 0.8;
    /**
     * A bar held in the hands at the bottom is never still (tremor), so a rep paused there would wait for the
     * next pull: once the vertical acceleration has stayed below {@value #HOLD_MPS2} m/s² for {@value #HOLD_S}
     * s it is reported the same way, but provisionally: it stays pending, and when it is confirmed as usual (the
     * next pull, rest, or the pending timeout) that measurement, anchored on a cycle or a real rest, revises it
     * (a measurement anchored on a hold is less accurate; using it as final raised the MCV error on the fresh
     * corpus D from 0.016 to 0.024 m/s).
     */
    private static final double HOLD_MPS2 = 0.2;
    private static final double HOLD_S = 0.15;
    /**
     * A hold that lasts this long, s, is measured again on its own mean acceleration (the bar held in the hands does
     * not move on average, whatever its tremor), when no report was made yet: a dead stop held at the hang for seconds
     * after a rep whose first measurement used the recent cycles' offset, seconds old by then, would otherwise wait
     * for the next pull or the pending timeout, and fail there too (docs/MOTION.md, "Pauses").
     */
    private static final double HELD_S = 0.5;
    /**
     * When the sensor comes to rest with the bar measured still up, the rep stays pending while it has been up for
     * less than this since its top, s: a squeeze at the top of a strict row lasts up to 3 s (a cue lifters use),
     * so resting at the top alone does not tell a squeeze from standing up with the bar; what follows does (see
     * {@link #STOOD_S}). Longer than this at the top is standing, whatever follows. The top is where the squeeze
     * begins (the fit levels the velocity on the hold), and the lowering's first tenths still read as rest: a 3 s
     * squeeze reached 3.5 s.
     */
    private static final double SQUEEZE_MAX_S = 4.5;
    /**
     * A rep that stayed up longer than this, s, counts only if the bar then came back down at least
     * {@value #HELD_DESCENT} of its ROM: after a squeeze the bar returns to the hang it was pulled from, while
     * after standing up with the bar (a pick-up from the floor, then the hinge into the row position) it comes
     * down only part of the way, and before a put-down it goes to the floor (judged with its set, SetTracker).
     * A touch-and-go row turns at the top within 0.55 s (a heavy rep's slow turn read still that long).
     */
    static final double STOOD_S = 0.6;
    /**
     * How far back down, as a fraction of its ROM, the bar must come after a rep held at the top: the hinge after a
     * pick-up lowers the bar from mid-thigh to the knees, 0.25–0.35 m of a 0.5–0.7 m lift (at most about 0.6). A
     * squeezed rep returns to the hang (1.0), but measured over a cycle its descent keeps what the fit's drift over the
     * hold left: squeezed reps of the pause corpora read 0.62–0.78 and were lost at 0.8, and with them a set split.
     */
    private static final double HELD_DESCENT = 0.6;
    /**
     * A movement that opens a set from rest (the bar lying on the floor: still for at least {@value #LYING_S} s,
     * until less than {@value #FROM_REST_S} s before the lift; a bar held at the hang before the first row may
     * read still for a second) and then stays up without descending for longer than this, s, or rests at the top for
     * longer than {@link #STOOD_S}, is the pick-up: the lifter stands with the bar (0.5–3 s) before hinging into
     * the row. Within a set, or from the hang, a hold at the top is a squeeze and may last {@link #SQUEEZE_MAX_S}.
     */
    private static final double STAND_DWELL_S = 1.5;
    private static final double FROM_REST_S = 0.5;
    private static final double LYING_S = 2.0;
    /**
     * A tracked rep's bottom is also reached once it has come {@value #STOPPED_DESCENT} of its ROM back down and
     * its velocity is within the "not moving" band, or its acceleration has stayed flat (below
     * {@value #FLAT_MPS2} m/s² at under {@value #FLAT_MAX_MPS} m/s) for {@value #FLAT_S} s: a bar landing on
     * the floor leaves a velocity error the impact's few milliseconds do not integrate away.
     */
    private static final double STOPPED_DESCENT = 0.7;
    /**
     * No row, pull or lift a lifter does with a bar in the hands rises more than this, m (arms' length from the
     * hang to the chest is 0.4–0.75 m; a deadlift's rise 0.5–0.7 m): a larger measured ROM is not a rep but a
     * mis-measurement (two reps merged over a hole in the data, a drifting velocity) and is not counted.
     */
    static final double ROM_MAX_M = 1.0;
    /**
     * A rep measured again up to the next rep's start whose ROM is within this factor (4/3) of the set's either way is a
     * whole rep even when its lowering reads short of {@value #EARLY_DESCENT} of it ({@link #resolveDeferred}): the clean
     * real sets' reps lie within 0.84–1.31 of their set's median ROM, but for one lifter's first reps (up to 1.59).
     */
    private static final double LIKE_THE_SET = 4.0 / 3;
    /**
     * A rep measured across a hole may start this much before the previous rep's measured bottom, s: the turn at
     * the bottom is where two estimates meet (the real sets' reps meet within 0.05 s; a bridged hole moves a zero
     * crossing by up to about a tenth of a second).
     */
    private static final double HOLE_TIMING_S = 0.15;
    /** The same without holes, s: the previous rep's bottom, tracked forward, and this rep's start meet within it. */
    private static final double TURN_TIMING_S = 0.1;
    /**
     * A measured rep's top and its detection lobe's top plus the set's lead of one over the other ({@link #topLeads})
     * agree within this, s, but when holes moved the fitted top ({@link #topOnTheBeat}).
     */
    private static final double TOP_AGREEMENT_S = 0.3;
    /**
     * A rep whose measurement failed across holes in the data is still counted, without figures, when at least this
     * much of it was bridged, s, and its detection lobe was a whole rep's (see {@link #countUnmeasured}).
     */
    private static final double UNMEASURED_HOLE_S = 0.1;
    private static final double FLAT_MPS2 = 0.3;
    private static final double FLAT_MAX_MPS = 0.2;
    private static final double FLAT_S = 0.1;

    RepDetector(MotionSettings settings, RingBuffer buffer, HoleLog holes, Sink sink) {
        this.s = settings;
        this.holes = holes;
        this.dt = settings.gridPeriodS();
        this.buffer = buffer;
        this.fitter = new CycleFitter(settings, buffer.capacity(), holes);
        this.sink = sink;
        this.peaks = new RecentMedian(settings.adaptReps());
        this.roms = new RecentMedian(settings.adaptReps());
        this.topLeads = new RecentMedian(settings.adaptReps());
        this.beat = new SetBeat(settings.adaptReps(), buffer, holes, sink);
    }

    /**
     * One grid step: {@code verticalMps2} has already been added to the buffer at {@code t}; {@code still}
     * says whether the sensor is at rest (accelerometer and gyroscope quiet for a while).
     */
    void step(double t, double verticalMps2, double detectMps, boolean still, boolean gyro) {
        this.gyro = gyro;
        if (still) {
            if (t - lastStillS > 1.5 * dt && !stillAcrossHoles(t)) {
                if (lastStillS - stillRunStartS >= LYING_S) {
                    lyingEndsS[lyingRuns++ % lyingEndsS.length] = lastStillS;
                }
                stillRunStartS = t;
            }
            lastStillS = t;
        }
        fitter.gyro(gyro);
        if (deferred != null && t - deferred.endS() > s.pendingMaxS()) {
            resolveDeferred(Double.NaN, t); // no rep came after it
        }
        if (t - lastRepS > s.setGapS() && (!peaks.isEmpty() || beat.started()) && !pending) {
            resolveDeferred(Double.NaN, t);
            peaks.clear();
            topLeads.clear();
            roms.clear();
            beat.clear();
        }
        if (tracked != null) {
            trackBottom(t, verticalMps2);
        }
        if (previousDetect <= 0 && detectMps > 0) {
            lastUpCrossingS = t;
        }
        previousDetect = detectMps;
        if (detectMps <= 0.5 * trigger()) {
            lastLowS = t;
        }
        if (pending) {
            followPending(t, verticalMps2, detectMps, still);
        }
        if (state == State.SEARCH) {
            if (detectMps > trigger() && !Double.isNaN(lastUpCrossingS)) {
                if (pending) {
                    if (returned()) {
                        confirm(lastUpCrossingS, t, false);
                    } else {
                        confirmIfReturned(lastUpCrossingS, t);
                    }
                }
                state = State.CONCENTRIC;
                lobeStartS = lastUpCrossingS;
                lobeTriggerS = t;
                lobeRiseS = Math.max(lobeStartS, lastLowS);
                lobeDisplacement = 0;
            }
        } else {
            lobeDisplacement += detectMps * dt;
            if (detectMps <= 0) {
                state = State.SEARCH;
                double duration = t - lobeStartS;
                if (lobeDisplacement >= s.lobeRomFraction() * romGate()
                        && duration >= s.concentricMinS() && t - lobeRiseS <= s.concentricMaxS()) {
                    pending = true;
                    // A movement that opens a set from a bar lying still (on the floor) may be the pick-up:
                    // standing with the bar then ends it, as before; within a set a hold at the top is a squeeze.
                    pendingMayBeStanding = lobeStartS - lastStillS <= FROM_REST_S
                            && lastStillS - stillRunStartS >= LYING_S && t - lastRepS > s.setGapS();
                    pendingStartS = lobeStartS;
                    pendingTriggerS = lobeTriggerS;
                    pendingTopS = t;
                    pendingLobeM = lobeDisplacement;
                    pendingZ = 0;
                    pendingZMin = 0;
                    pendingDescentS = Double.NaN;
                    restSinceS = Double.NaN;
                    triedEarly = false;
                    triedHold = false;
                    triedHeld = false;
                    restAtTop = false;
                    holdS = 0;
                    reportedEarly = false;
                }
            }
        }
    }

    /**
     * Whether the sensor, still again at {@code t}, was still when last read so and unseen in between but for holes in the
     * data and the stillness test's settling after them ({@link MotionSettings#stillMinS}): a bar lying on the floor while
     * the link drops notifications is still lying, and the movement after it opens the set from rest.
     */
    private boolean stillAcrossHoles(double t) {
        double bridged = holes.within(lastStillS, t);
        return bridged > 0 && t - lastStillS - bridged <= s.stillMinS() + 2 * dt;
    }

    /**
     * Whether a movement starting at {@code startS} began from rest: within {@value #FROM_REST_S} s of the end of a run of
     * stillness of at least {@value #LYING_S} s (the bar lying on the floor), as a pick-up does (see {@link SetTracker}).
     */
    boolean fromRest(double startS) {
        if (lastStillS - stillRunStartS >= LYING_S && Math.abs(startS - lastStillS) <= FROM_REST_S) {
            return true;
        }
        for (int k = Math.max(0, lyingRuns - lyingEndsS.length); k < lyingRuns; k++) {
            if (Math.abs(startS - lyingEndsS[k % lyingEndsS.length]) <= FROM_REST_S) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the movement waiting to be confirmed as a rep (pending, tracked to its bottom, or deferred to the next rep's
     * start) began, s; NaN: none.
     */
    double movementSinceS() {
        return pending ? pendingStartS : tracked != null ? tracked.startS() : deferred != null ? deferred.startS() : Double.NaN;
    }

    /**
     * End of stream: a pending rep whose bar came back down counts (by the detection velocity's measure, or across holes
     * by the cycle fit's: {@link #confirmIfCameDown}); a tracked one is emitted.
     */
    void finish(double t) {
        resolveDeferred(Double.NaN, t);
        if (pending && returned()) {
            confirm(t, t, true);
        } else if (pending) {
            confirmIfCameDown(t);
        }
        flushTracked(t);
    }

    /** Forget the motion state (after a gap): the set's adaptive thresholds are kept. */
    void resetMotion() {
        state = State.SEARCH;
        pending = false;
        lastUpCrossingS = Double.NaN;
        previousDetect = 0;
        restSinceS = Double.NaN;
        tracked = null;
        reportedEarly = false;
        deferred = null;
        fitter.reset();
    }

    private void followPending(double t, double verticalMps2, double detectMps, boolean still) {
        holdS = Math.abs(verticalMps2) < HOLD_MPS2 ? holdS + dt : 0;
        pendingZ += detectMps * dt;
        pendingZMin = Math.min(pendingZMin, pendingZ);
        if (detectMps < -s.stillVelocityMps() && Double.isNaN(pendingDescentS)) {
            pendingDescentS = t;
        }
        if (Double.isNaN(pendingDescentS) && t - pendingTopS > (pendingMayBeStanding ? STAND_DWELL_S : s.topDwellMaxS())) {
            pending = false; // stood up and stayed there: a pick-up or a hold, not a rep
        } else if (t - pendingTopS > s.pendingMaxS()) {
            // Came back down but never rested and no lift followed (held at the hang): measure it as ending now.
            if (returned()) {
                confirm(t, t, true);
            } else {
                confirmIfCameDown(t);
            }
            pending = false;
        } else if (returned()) {
            // Rest means a still sensor: a slow eccentric also keeps the high-passed velocity small.
            if (still && Math.abs(detectMps) < s.stillVelocityMps()) {
                if (Double.isNaN(restSinceS)) {
                    restSinceS = t;
                }
                if (restAtTop) {
                    if (t > restAtTopUntilS) {
                        pending = false; // still up: standing with the bar (a pick-up, a stand-up), not a rep
                    }
                } else if (t - restSinceS >= s.restConfirmS()) {
                    confirmAtRest(restSinceS, t);
                } else if (gyro && !triedEarly) {
                    triedEarly = true;
                    confirmEarly(restSinceS, t);
                }
            } else {
                restSinceS = Double.NaN;
                triedEarly = false;
                restAtTop = false;
                if (holdS >= HELD_S && !triedHeld && !reportedEarly) {
                    triedHeld = true;
                    reportOnHold(t - holdS, t, CycleFitter.End.HELD);
                } else if (gyro && holdS >= HOLD_S && !triedHold && !reportedEarly) {
                    triedHold = true;
                    reportOnHold(t - holdS, t, CycleFitter.End.REST);
                } else if (holdS == 0) {
                    triedHold = false;
                    triedHeld = false;
                }
            }
        }
    }

    /**
     * The bar has just come to rest after a rep: measure it at once, and report it if the measurement shows a
     * whole rep that came back down; otherwise leave it pending for the usual, later confirmation.
     */
    private void confirmEarly(double restS, double now) {
        CycleFitter.Fit fit = earlyFit(restS, CycleFitter.End.REST);
        if (fit == null) {
            return;
        }
        boolean revises = reportedEarly;
        pending = false;
        settleBefore(fit.rep().startS(), now);
        deliver(fit.rep(), now, revises);
    }

    /**
     * The bar is held at the bottom: report the rep now, keep it pending for its usual, better measurement. {@code end}
     * says what anchors the measurement: the hold as a rest, or the hold's own mean acceleration once it is long.
     */
    private void reportOnHold(double holdStartS, double now, CycleFitter.End end) {
        CycleFitter.Fit fit = earlyFit(holdStartS, end);
        if (fit != null) {
            flushTracked(now);
            resolveDeferred(fit.rep().startS(), now);
            emit(fit.rep(), now);
            reportedEarly = true;
        }
    }

    /** The pending rep measured as ending at rest from {@code restS}, if it shows a whole rep that came back down. */
    private CycleFitter.Fit earlyFit(double restS, CycleFitter.End end) {
        CycleFitter.Fit fit = fitter.fit(buffer, pendingStartS, restS, end, pendingStartS, pendingTriggerS);
        boolean whole = fit != null && passesGates(fit.rep()) && cameDown(fit.rep());
        return whole ? fit : null;
    }

    /**
     * A rep starting at {@code startS} is about to be delivered: the rest being watched is over, and the movements before
     * it are settled (the tracked one delivered, the deferred one judged up to this start).
     */
    private void settleBefore(double startS, double now) {
        restSinceS = Double.NaN;
        flushTracked(now);
        resolveDeferred(startS, now);
    }

    /**
     * Whether {@code rep} starts after the last rep's bottom, within {@link #HOLE_TIMING_S} when {@code holed} (holes in
     * its window), else {@link #TURN_TIMING_S}: the two are estimates of one turn.
     */
    private boolean startsAfterLastRep(RepMeasurement rep, boolean holed) {
        return rep.startS() >= lastBottomS - (holed ? HOLE_TIMING_S : TURN_TIMING_S);
    }

    private void flushTracked(double now) {
        if (tracked != null) {
            deliver(tracked.withBottom(now, trackDescent), now, trackedRevises);
            tracked = null;
        }
    }

    /**
     * A confirmed rep's measurement: delivered, or when it is a new rep that fails the gates, counted without figures if
     * holes in the data made it fail ({@link #countUnmeasured}).
     */
    private void deliverOrCount(RepMeasurement rep, double now, boolean revises) {
        if (!revises && !passesGates(rep)) {
            countUnmeasured(unmeasured, rep.bottomS(), now, rep.restMode());
        } else {
            deliver(rep, now, revises);
        }
    }

    /** A rep's measurement: a new rep, or the revision of the one reported early on a hold. */
    private void deliver(RepMeasurement rep, double now, boolean revises) {
        if (!revises) {
            emit(rep, now);
        } else if (passesGates(rep)) {
            sink.revised(rep);
        }
    }

    /**
     * The sensor has been still for {@code restConfirmS} after the bar came back down by the detection velocity's
     * measure: the rep ends at that rest, unless its measurement shows the bar has not come back down (the
     * high-passed detection velocity undershoots after a lift, and a heavy rep's slow start of the eccentric reads
     * still): then the rest is at the top and the rep stays pending for the bar's return.
     */
    private void confirmAtRest(double restS, double now) {
        CycleFitter.Fit fit = fitter.fit(buffer, pendingStartS, restS, CycleFitter.End.REST, pendingStartS, pendingTriggerS);
        if (fit != null && fit.rep().descentM() < s.descentMinFraction() * fit.rep().romM()) {
            restAtTop = true;
            restAtTopUntilS = fit.rep().topS() + (pendingMayBeStanding ? STOOD_S : SQUEEZE_MAX_S);
            return;
        }
        confirm(restS, now, true);
    }

    /**
     * The next lobe started before the bar came back down by the detection velocity's measure: a pick-up, a
     * stand-up or a shrug, unless the cycle fit shows a whole rep that came at least {@value #EARLY_DESCENT} of its
     * ROM back down, after the last rep (a lobe that began in the eccentric before it, as the causal high-pass
     * makes it do, holds part of that descent and makes the return look short: a heavy triple's middle rep missed
     * the needed half lobe by under a millimetre). Then it is delivered as if confirmed.
     */
    private void confirmIfReturned(double endS, double now) {
        pending = false;
        boolean revises = reportedEarly;
        keepForUnmeasured(revises, now);
        CycleFitter.Fit fit = fitter.fit(buffer, pendingStartS, endS, CycleFitter.End.CYCLE, pendingStartS, pendingTriggerS);
        // The fit's bottom, when the history does not reach it yet (the next lobe began in a lowering the fit still
        // reads as going on, or across a hole, whose bridge the detection velocity carries), is the next lift's start.
        boolean holed = holes.within(pendingStartS, endS) > 0;
        boolean after = fit != null && startsAfterLastRep(fit.rep(), holed);
        if (after && cameDown(fit.rep())) {
            settleBefore(fit.rep().startS(), now);
            deliverOrCount(fit.bottomFound() ? fit.rep() : fit.rep().withBottom(endS, 0), now, revises);
        } else if (tracked == null) {
            resolveDeferred(fit != null ? fit.rep().startS() : Double.NaN, now);
            if (!revises && after && romWithinGates(fit.rep())) {
                // A whole pull whose lowering the next lobe cut short: measured again up to the next rep's start.
                deferred = new Deferred(pendingStartS, pendingTriggerS, endS, unmeasured);
            } else {
                // The next pull has begun: across holes, that the bar came down in between is as sure as the pull.
                countUnmeasured(unmeasured, endS, now, false);
            }
        }
    }

    /**
     * The pending movement is to be given up (no next lobe came and the stream ended, or {@code pendingMaxS} passed)
     * before the detection velocity saw the bar come back down. Across holes that velocity carries the bridges' errors
     * (a set's last rep, its top and lowering in holes, read as never returning and was lost), so when its lobe was a
     * whole rep's on the set's beat (a stand-up before the put-down comes off it) the cycle fit judges, as when a next
     * lobe comes ({@link #confirmIfReturned}): a whole rep that came {@value #EARLY_DESCENT} of its ROM back down, after
     * the last rep, is delivered (its bottom, when the fit does not find one, now).
     */
    private void confirmIfCameDown(double now) {
        pending = false;
        if (holes.within(pendingStartS, now) == 0 || !beat.known() || pendingLobeM < romGate() || !beat.onBeat(pendingTopS)) {
            return;
        }
        CycleFitter.Fit fit = fitter.fit(buffer, pendingStartS, now, CycleFitter.End.CYCLE, pendingStartS, pendingTriggerS);
        RepMeasurement rep = fit == null ? null : fit.bottomFound() ? fit.rep() : fit.rep().withBottom(now, 0);
        if (rep != null && startsAfterLastRep(rep, true) && passesGates(rep) && cameDown(rep)
                && likeTheSet(rep) && beat.onBeat(rep.topS())) {
            boolean revises = reportedEarly;
            keepForUnmeasured(revises, now);
            settleBefore(rep.startS(), now);
            deliver(rep, now, revises);
        }
    }

    /**
     * The {@link #deferred} movement, once the next rep's start ({@code nextStartS}, NaN: not known) is: measured over
     * the cycle up to it, and delivered if it is a whole rep: its bottom found before that start, its measurement within
     * the gates, and the bar {@value #EARLY_DESCENT} of its ROM back down or its ROM like the set's ({@link #likeTheSet}:
     * the next rep began after this one's bottom, so a lowering read short is the fit's, not the bar's); else judged as
     * it would have been at once, for counting without figures ({@link #countUnmeasured}).
     */
    private void resolveDeferred(double nextStartS, double now) {
        Deferred d = deferred;
        if (d == null) {
            return;
        }
        deferred = null;
        if (nextStartS > d.endS()) {
            CycleFitter.Fit fit = fitter.fit(buffer, d.startS(), nextStartS, CycleFitter.End.CYCLE, d.startS(), d.triggerS());
            if (fit != null && fit.bottomFound() && passesGates(fit.rep()) && (cameDown(fit.rep()) || likeTheSet(fit.rep()))) {
                counted(fit.rep(), d.unmeasured(), now);
                return;
            }
        }
        countUnmeasured(d.unmeasured(), d.endS(), now, false);
    }

    /**
     * What {@link #countUnmeasured} reads of a movement: whether it may be counted so (not a revision, not a possible
     * pick-up), whether it opens a set, and its detection lobe's start, top and size.
     */
    private record Unmeasured(boolean allowed, boolean opensSet, double startS, double topS, double lobeM) {

        /** The same lobe, judged already: not to be counted again. */
        Unmeasured judged() {
            return new Unmeasured(false, opensSet, startS, topS, lobeM);
        }
    }

    /** A movement measured again once the next rep's start is known ({@link #resolveDeferred}). */
    private record Deferred(double startS, double triggerS, double endS, Unmeasured unmeasured) {
    }

    /** What a rep counted unmeasured ({@link #countUnmeasured}) needs from the pending lobe, kept while it is tracked. */
    private void keepForUnmeasured(boolean revises, double now) {
        unmeasured = new Unmeasured(!revises && !pendingMayBeStanding, now - lastRepS > s.setGapS() || !beat.started(),
                pendingStartS, pendingTopS, pendingLobeM);
    }

    private void confirm(double endS, double now, boolean rest) {
        boolean revises = reportedEarly;
        pending = false;
        restSinceS = Double.NaN;
        flushTracked(now);
        keepForUnmeasured(revises, now);
        CycleFitter.Fit fit = fitter.fit(buffer, pendingStartS, endS, rest ? CycleFitter.End.REST : CycleFitter.End.CYCLE,
                pendingStartS, pendingTriggerS);
        if (fit == null) {
            resolveDeferred(Double.NaN, now);
            countUnmeasured(unmeasured, endS, now, rest);
            return;
        }
        if (!rest && fit.bottomFound() && !revises && !passesGates(fit.rep()) && holes.within(pendingStartS, endS) == 0) {
            fit = secondOpinion(fit, endS);
        }
        resolveDeferred(fit.rep().startS(), now);
        if (!revises && fit.rep().startS() > pendingTopS && romWithinGates(fit.rep()) && beat.known()
                && beat.oneBeatApart(pendingTopS, fit.rep().topS())) {
            // The fit measured a movement that began after the lobe had topped, a beat after it: the next pull, the
            // lobe's own movement unmeasured (its lowering and the next pull in holes left no lobe between them).
            countUnmeasured(unmeasured, fit.rep().startS(), now, false, true);
            unmeasured = unmeasured.judged();
        }
        if (fit.bottomFound()) {
            deliverOrCount(fit.rep(), now, revises);
        } else {
            tracked = fit.rep();
            trackedRevises = revises;
            trackVelocity = fit.velocityAtEndMps();
            trackDescent = 0;
            trackFlatS = 0;
            trackOffset = fit.offsetMps2();
            trackDeadlineS = now + s.trackMaxS();
        }
    }

    /**
     * A whole cycle, without holes, whose measurement failed the gates with the offset of the rest before it or of the
     * recent cycles: measured again on the cycle's own mean acceleration alone, which is kept if it passes. After a
     * dead stop held at the hang (no still rest to anchor on), the rest's offset can be seconds and a change of the
     * bar's orientation old: 0.18 m/s² off, it read a 0.3 m rep as never coming down (docs/MOTION.md, "Pauses").
     */
    private CycleFitter.Fit secondOpinion(CycleFitter.Fit fit, double endS) {
        CycleFitter.Fit own = fitter.fit(buffer, pendingStartS, endS, CycleFitter.End.OWN_CYCLE, pendingStartS,
                pendingTriggerS);
        return own != null && passesGates(own.rep()) ? own : fit;
    }

    /**
     * Integrates the corrected velocity forward until it turns upward, or the bar has stopped most of the way
     * down: the true bottom of the tracked rep.
     */
    private void trackBottom(double t, double verticalMps2) {
        double next = trackVelocity + (verticalMps2 - trackOffset) * dt;
        boolean turned = trackVelocity <= 0 && next > 0;
        trackFlatS = Math.abs(verticalMps2 - trackOffset) < FLAT_MPS2 && Math.abs(next) < FLAT_MAX_MPS ? trackFlatS + dt : 0;
        boolean down = tracked.descentM() + trackDescent >= STOPPED_DESCENT * tracked.romM();
        boolean halted = down && next > -s.stillVelocityMps();
        boolean landed = down && trackFlatS >= FLAT_S;
        if (turned || halted || landed || t >= trackDeadlineS) {
            // A zero crossing lies between the previous grid step and this one; a landing began with the flat run.
            double bottomS = turned ? t - dt * next / (next - trackVelocity) : landed ? t - trackFlatS : t;
            RepMeasurement rep = tracked.withBottom(bottomS, trackDescent);
            tracked = null;
            deliverOrCount(rep, t, trackedRevises);
        } else {
            trackDescent -= Math.min(0, 0.5 * (trackVelocity + next)) * dt;
            trackVelocity = next;
        }
    }

    /**
     * The drift-free ROM must pass the gate (smaller: a grip adjustment or a bump, not a rep) and the bar must
     * have come back down (otherwise: standing up with it, not a rep).
     */
    private boolean passesGates(RepMeasurement rep) {
        // Up at the top: the descent had not begun, or the sensor was still there.
        double stoodS = Math.max(rep.eccentricS() - rep.topS(), rep.stillAtTopS());
        double descentNeeded = stoodS > STOOD_S ? HELD_DESCENT : s.descentMinFraction();
        return romWithinGates(rep) && rep.descentM() >= descentNeeded * rep.romM();
    }

    /** Whether the ROM is a rep's: at least the gate (not a grip adjustment or a bump), at most {@link #ROM_MAX_M}. */
    private boolean romWithinGates(RepMeasurement rep) {
        return rep.romM() >= romGate() && rep.romM() <= ROM_MAX_M;
    }

    /**
     * Whether a measured ROM is within {@link #LIKE_THE_SET} either way of the set's: the median of its reps measured
     * without holes, or the last rep's when none was.
     */
    private boolean likeTheSet(RepMeasurement rep) {
        double set = !roms.isEmpty() ? roms.median()
                : lastCounted != null && lastCounted.measured() ? lastCounted.romM() : Double.NaN;
        return rep.romM() >= set / LIKE_THE_SET && rep.romM() <= LIKE_THE_SET * set;
    }

    /** Whether the measurement shows the bar came back down {@value #EARLY_DESCENT} of its ROM or more. */
    private static boolean cameDown(RepMeasurement rep) {
        return rep.descentM() >= EARLY_DESCENT * rep.romM();
    }

    /**
     * A rep the detection velocity saw whole (a lobe as large as the set's reps, and its return) whose measurement
     * failed the gates or could not be made, with holes in the data inside it: the bridges' estimates, not the bar,
     * failed it. It is counted, without figures (a rep with holes can be counted more surely than measured), when what
     * was measured of it, from its start to its bottom, shows the bar moving as in a row ({@link SetBeat#MOVING_MPS2}),
     * when it comes within a set (a rep counted within the set gap before it; a set's first movement may be the pick-up)
     * and on the set's cadence ({@link SetBeat#onBeat}). A movement after the last rep (putting the bar down) comes off
     * that beat. One that comes before the set has a beat is kept until the set's second rep gives one to judge it by
     * ({@link SetBeat#waitFor}); one off the beat, until the rep after it, with any others off the beat before it
     * ({@link SetBeat#keepOffBeat}).
     */
    private void countUnmeasured(Unmeasured u, double bottomS, double now, boolean rest) {
        countUnmeasured(u, bottomS, now, rest, false);
    }

    /**
     * The same; {@code standsWithNext}: a movement whose measurement found the next rep instead (see {@link #confirm}),
     * counted on the beat only as long as that rep stands (as a rep counted from the set's beat: {@link Sink#inferred}).
     */
    private void countUnmeasured(Unmeasured u, double bottomS, double now, boolean rest, boolean standsWithNext) {
        if (!u.allowed() || holes.within(u.startS(), bottomS) < UNMEASURED_HOLE_S
                || buffer.maxAbsVerticalMeasured(u.startS(), bottomS, holes) < SetBeat.MOVING_MPS2) {
            return;
        }
        SetBeat.Waiting movement = new SetBeat.Waiting(u.startS(), u.topS(), bottomS, u.lobeM(), rest);
        if (u.opensSet() || !beat.known()) {
            beat.waitFor(movement);
            return;
        }
        if (u.lobeM() < romGate()) {
            return;
        }
        for (RepMeasurement between : beat.offBeatBefore(u.topS())) {
            counted(between, null, now);
        }
        if (beat.onBeat(u.topS())) {
            counted(movement.unmeasured(), null, now, standsWithNext);
        } else if (!standsWithNext) {
            beat.keepOffBeat(movement);
        }
    }

    private void emit(RepMeasurement rep, double now) {
        if (!passesGates(rep)) {
            return;
        }
        counted(rep, unmeasured, now);
    }

    /**
     * Where a rep stands in the set's beat: its top, unless holes fell in its pull and its detection lobe's top plus the
     * set's lead ({@link #topLeads}) lies more than {@value #TOP_AGREEMENT_S} s from it: then there. A fit across holes
     * can place a top far from the bar's (0.67 s after the lobe's on one of jake's reps, towards the next rep), and the
     * reps after it then come off the beat. Without a lead (no rep of the set with a whole pull yet) the top stands: a
     * deadlift's lobe tops 0.3–1.0 s before its fitted top.
     */
    private double topOnTheBeat(RepMeasurement rep, Unmeasured lobe) {
        if (topLeads.isEmpty() || !lobeOf(rep, lobe) || holes.within(rep.startS(), rep.topS()) == 0) {
            return rep.topS();
        }
        double expected = lobe.topS() + topLeads.median();
        return Math.abs(rep.topS() - expected) > TOP_AGREEMENT_S ? expected : rep.topS();
    }

    /** Whether {@code lobe} is the detection lobe of the measured {@code rep}: it began before its top and topped within it. */
    private static boolean lobeOf(RepMeasurement rep, Unmeasured lobe) {
        return rep.measured() && lobe != null && lobe.startS() < rep.topS() && lobe.topS() > rep.startS()
                && lobe.topS() < rep.bottomS();
    }

    /** A rep counted; {@code lobe}: its detection lobe (see {@link #topOnTheBeat}), null when none or not known. */
    private void counted(RepMeasurement rep, Unmeasured lobe, double now) {
        counted(rep, lobe, now, false);
    }

    /** The same; {@code standsWithNext}: it stands only as long as the rep after it does ({@link Sink#inferred}). */
    private void counted(RepMeasurement rep, Unmeasured lobe, double now, boolean standsWithNext) {
        double beatTopS = topOnTheBeat(rep, lobe);
        for (RepMeasurement between : beat.offBeatBefore(beatTopS)) {
            counted(between, null, now);
        }
        lastBottomS = rep.bottomS();
        fitter.previousBottom(lastBottomS);
        // A set's first movement far smaller than its second (under the ROM gate the second sets), or much slower and
        // longer, was not one of its rows (a pick-up of the bar, judged so when the set ends): the beat starts at the
        // second.
        boolean offTheSet = !beat.known() && rep.measured() && lastCounted != null && lastCounted.measured()
                && (lastCounted.romM() < s.romFraction() * rep.romM()
                || lastCounted.meanVelocityMps() < SetTracker.SLOWER * rep.meanVelocityMps()
                && lastCounted.concentricS() > SetTracker.LONGER * rep.concentricS());
        beat.counted(rep, beatTopS, lastCounted, offTheSet, romGate(), now);
        lastCounted = rep;
        // A rep bridged over a hole is partly an estimate: it does not set the gates the next reps must pass.
        if (holes.within(rep.startS(), rep.bottomS()) == 0) {
            peaks.add(rep.peakMps());
            roms.add(rep.romM());
        }
        if (lobeOf(rep, lobe) && holes.within(rep.startS(), rep.topS()) == 0) {
            topLeads.add(rep.topS() - lobe.topS());
        }
        lastRepS = now;
        if (standsWithNext) {
            sink.inferred(rep, now);
        } else {
            sink.rep(rep, now);
        }
    }

    private double trigger() {
        return peaks.isEmpty() ? s.triggerMinMps() : Math.max(s.triggerMinMps(), s.triggerFraction() * peaks.median());
    }

    /**
     * Whether the bar came back down by {@link MotionSettings#returnFraction} of the pending lobe; of at most the set's
     * median ROM when holes fell in the lobe (bridged with the previous cycle, a lobe can read far larger than the
     * movement: 0.81 m for a 0.44 m pull on a real set under loss).
     */
    private boolean returned() {
        double lobe = !roms.isEmpty() && holes.within(pendingStartS, pendingTopS) > 0
                ? Math.min(pendingLobeM, roms.median()) : pendingLobeM;
        return -pendingZMin >= s.returnFraction() * lobe;
    }

    private double romGate() {
        return roms.isEmpty() ? s.romMinM() : Math.max(s.romMinM(), s.romFraction() * roms.median());
    }
}
