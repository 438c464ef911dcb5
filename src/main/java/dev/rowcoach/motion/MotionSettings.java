package dev.rowcoach.motion;

/**
 * The motion core's parameters, with units in their names. {@link #DEFAULTS} are the values measured to
 * work on the real barbell-row recordings and the simulator (docs/MOTION.md explains each).
 *
 * @param gridRateHz              the uniform rate the input is resampled to, Hz
 * @param maxInterpolatedGapS     input gaps up to this are bridged (with the motion's previous cycle, see
 *                                UniformResampler); longer ones are not: the analysis restarts, s
 * @param duplicateWindowS        a sample repeating the previous values within this time is a transport
 *                                duplicate and is dropped, s (BLE re-sends in the real recordings all come
 *                                within 4 ms; a real sensor below 166 Hz is never affected)
 * @param gyroBiasTauS            time constant of the running gyro-bias estimate, s
 * @param gyroBiasStillTauS       faster time constant while the bar is still, s
 * @param stillGyroRads           stillness test: |ω − bias| below this, rad/s
 * @param stillAccelMps2          stillness test: ||f| − g| below this, m/s²
 * @param stillMinS               the stillness test must hold this long before the bar counts as still, s
 * @param tiltTauS                time constant of the accelerometer's pull on the tilt estimate (steady state), s
 * @param tiltTauStartS           the same at start, ramping to {@code tiltTauS} over {@code tiltRampS}, s
 * @param tiltRampS               s
 * @param gravityTauS             time constant of the gravity-magnitude estimate (absorbs accelerometer scale), s
 * @param detectHighPassHz        high-pass corner of the detection velocity, Hz
 * @param triggerMinMps           a concentric starts when the detection velocity exceeds this, m/s …
 * @param triggerFraction         … or this fraction of the median peak velocity of recent reps, if higher
 * @param romMinM                 smallest ROM that is a rep, m …
 * @param romFraction             … or this fraction of the median ROM of recent reps, if higher
 * @param lobeRomFraction         the detection lobe must reach this fraction of the ROM gate (the high-pass
 *                                shrinks it)
 * @param concentricMinS          shortest concentric, s
 * @param concentricMaxS          longest concentric, s
 * @param returnFraction          the bar must come back down by this fraction of the detection lobe before the
 *                                rep is confirmed
 * @param descentMinFraction      a rep counts only if the bar then comes back down by at least this fraction of its
 *                                measured ROM: standing up with the bar barely comes back down. The first reps of
 *                                the real mid-set recordings go as low as 0.35, hence the low bound; movements
 *                                that end otherwise (a pick-up ends at the hang, a stand-up before a put-down on
 *                                the floor) are judged when their set ends (SetTracker)
 * @param topDwellMaxS            a pause at the top longer than this is standing up (pick-up), not a rep, s (a
 *                                squeeze at the top of a strict row lasts up to 3 s)
 * @param stillVelocityMps        |v| below this is "not moving" (top dwell, rest at the bottom), m/s
 * @param restConfirmS            rest at the bottom this long confirms the last rep of a set, s
 * @param pendingMaxS             a concentric not followed by its return within this is dropped, s
 * @param setGapS                 no rep for this long ends a set, s
 * @param bufferS                 history kept for measuring a rep (bounds memory by the longest rep), s
 * @param cycleMaxAgeS            movement cycles that ended longer ago than this are not used for the offset, s
 * @param offsetCycles            cycles pooled for the acceleration offset
 * @param trackMaxS               longest forward search for the true bottom after confirmation, s
 * @param preStartS               history kept before a cycle to find the rep's true start, s
 * @param adaptReps               recent reps whose medians adapt the trigger and ROM gate
 */
public record MotionSettings(double gridRateHz, double maxInterpolatedGapS, double duplicateWindowS,
                             double gyroBiasTauS, double gyroBiasStillTauS, double stillGyroRads, double stillAccelMps2,
                             double stillMinS,
                             double tiltTauS, double tiltTauStartS, double tiltRampS, double gravityTauS,
                             double detectHighPassHz, double triggerMinMps, double triggerFraction,
                             double romMinM, double romFraction, double lobeRomFraction,
                             double concentricMinS, double concentricMaxS, double returnFraction,
                             double descentMinFraction,
                             double topDwellMaxS, double stillVelocityMps, double restConfirmS, double pendingMaxS,
                             double setGapS, double bufferS, double cycleMaxAgeS, int offsetCycles, double trackMaxS,
                             double preStartS, int adaptReps) {

    public static final MotionSettings DEFAULTS = new MotionSettings(100, 0.7, 0.006,
            30, 1, 0.15, 0.35, 0.2,
            5, 0.5, 10, 30,
            0.2, 0.12, 0.25,
            0.08, 0.4, 0.5,
            0.25, 2.5, 0.5, 0.3,
            3.5, 0.05, 0.3, 5,
            8, 10, 6, 3, 0.4,
            0.6, 5);

    public MotionSettings {
        positive(gridRateHz, "gridRateHz");
        positive(maxInterpolatedGapS, "maxInterpolatedGapS");
        positive(gyroBiasTauS, "gyroBiasTauS");
        positive(tiltTauS, "tiltTauS");
        positive(tiltTauStartS, "tiltTauStartS");
        positive(gravityTauS, "gravityTauS");
        if (!(detectHighPassHz > 0 && detectHighPassHz < gridRateHz / 2)) {
            throw new IllegalArgumentException("detectHighPassHz must be in (0, gridRateHz/2), got " + detectHighPassHz);
        }
        positive(bufferS, "bufferS");
        if (concentricMinS >= concentricMaxS) {
            throw new IllegalArgumentException("concentricMinS must be below concentricMaxS");
        }
        if (offsetCycles < 1 || adaptReps < 1) {
            throw new IllegalArgumentException("offsetCycles and adaptReps must be at least 1");
        }
    }

    /** The grid period, s. */
    public double gridPeriodS() {
        return 1.0 / gridRateHz;
    }

    private static void positive(double v, String name) {
        if (!(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be positive, got " + v);
        }
    }
}
