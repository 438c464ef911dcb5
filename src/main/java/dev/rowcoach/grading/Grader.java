package dev.rowcoach.grading;

import dev.rowcoach.motion.Rep;

import java.util.Arrays;

/**
 * Grades reps as the motion core reports them, with what the session has shown so far: one grader per session
 * and exercise, fed on the thread that feeds the motion core (docs/GRADING.md).
 *
 * <p>With a calibration (a calibration set this session: its first set, when the lifter says so; or one kept in the
 * history for the athlete and exercise) the swing is read as the rep's departure from the lifter's own strict reps
 * ({@link DepartureModel}): their median ROM and horizontal excursion are the baseline. Without one the bar's early
 * movement alone is read ({@link SwingModel}), except in a set whose first two reps it reads strict and whose ROMs
 * agree: they are the baseline of the set's later reps, whose departure from them is averaged with the early movement's
 * reading (on rows that allow body English). The state is the ROM and horizontal
 * excursion of the last {@value #STRICT_HISTORY} baseline reps (without a calibration: of the reps graded confidently
 * strict, for the ROM ratio alone) and of the open set's first reps; nothing grows with the session.
 */
public final class Grader {

    /** How many of the latest baseline reps the baseline ROM is the median of. */
    static final int STRICT_HISTORY = 8;
    /** Without a calibration, a rep joins the strict-ROM reference (for the ROM ratio) only when its grade is at least this certain. */
    static final double BASELINE_MIN_CONFIDENCE = 0.6;
    /** The motion core's confidence of a clean rep; its own reductions (gyro, rate, gaps) scale the grade's. */
    static final double MOTION_FULL_CONFIDENCE = 0.95;
    /** Grade confidence is multiplied by this on an exercise the model was not validated on. */
    static final double UNCALIBRATED_FACTOR = 0.5;
    /** Grade confidence is multiplied by this when the baseline's and the early movement's estimates disagree. */
    static final double DISAGREE_FACTOR = 0.6;
    /**
     * Highest confidence of a grade without a gyroscope, calibrated or not (the bar's tilt, and with it its path, is
     * uncertain).
     */
    static final double ACCEL_ONLY_MAX_CONFIDENCE = 0.6;
    /**
     * Without a calibration, a set's first two reps become the baseline of its later reps (in a set that starts strict
     * they are what the arms alone do; two, and the gate below, chosen on the grading grid of seeds 21–26,
     * docs/GRADING.md) when the early movement reads each of them under this swing, degrees (many sets cheat from
     * their first rep) ...
     */
    static final double SET_BASELINE_BELOW_DEG = 10;
    /**
     * ... and their ROMs agree within this ratio. When the first two do not, or the first alone reads a swing, the first
     * movement was most likely the bar's pick-up (discarded only when the set ends), and the second and third reps are
     * taken instead. The first two reps of 99 % of the sets of {@code bench grading --first-seed 201 --seeds 60} agree
     * within 1.22.
     */
    static final double SET_BASELINE_ROM_RATIO = 1.25;
    /** A swing estimate above this is not a row: it is withheld, degrees. */
    public static final double MAX_SWING_DEG = 60;

    private final ExerciseProfile profile;
    private final DepartureModel model;
    private final Calibration stored;
    private final boolean calibrationSet;
    /** The baseline reps' ROM (m), horizontal excursion (m) and concentric start (s), oldest first. */
    private final double[] strictRoms = new double[STRICT_HISTORY];
    private final double[] strictHorizontals = new double[STRICT_HISTORY];
    private final double[] strictStarts = new double[STRICT_HISTORY];
    private final double[] sorted = new double[STRICT_HISTORY];
    private int strictCount, learnedReps;
    /**
     * Without a calibration: the set whose first reps are held (0: none yet), and the index, ROM, horizontal excursion
     * and early swing of its first two reps (three when the first is unlike the second: {@link #firstIsARow}).
     */
    private int firstRepsSet;
    private final int[] firstIndexes = new int[3];
    private final double[] firstRoms = new double[3];
    private final double[] firstHorizontals = new double[3];
    private final double[] firstEarlySwings = new double[3];
    private int firstCount;

    /** A grader with the fitted model, no stored calibration and no calibration set. */
    public Grader(ExerciseProfile profile) {
        this(profile, DepartureModel.FITTED, null, false);
    }

    /**
     * @param model          how the departure from the baseline is read
     * @param stored         the lifter's calibration for this exercise from the history, or null
     * @param calibrationSet whether the session's first set is a calibration set of strict reps (all its reps
     *                       join the baseline)
     */
    public Grader(ExerciseProfile profile, DepartureModel model, Calibration stored, boolean calibrationSet) {
        if (profile == null || model == null) {
            throw new IllegalArgumentException("a grader needs an exercise profile and a model");
        }
        this.profile = profile;
        this.model = model;
        this.stored = stored;
        this.calibrationSet = calibrationSet;
    }

    public ExerciseProfile profile() {
        return profile;
    }

    /**
     * Grades {@code rep}.
     *
     * @param gyro whether the sensor had a gyroscope for this rep (without one the bar's horizontal path is
     *             unreliable and the grade's confidence is lower)
     */
    public RepGrade grade(Rep rep, boolean gyro) {
        return grade(rep, gyro, true);
    }

    /**
     * Grades a revised measurement of a rep already graded (see {@code MotionListener.repRevised}): the same,
     * but the rep does not join the baseline a second time.
     */
    public RepGrade regrade(Rep rep, boolean gyro) {
        return grade(rep, gyro, false);
    }

    /**
     * Forgets {@code rep}, which the motion core reported and then discarded (a pick-up or put-down, not a rep): if it
     * joined the baseline, it leaves it.
     */
    public void discard(Rep rep) {
        for (int i = 0; i < strictCount; i++) {
            if (strictStarts[i] == rep.concentricStartS()) {
                remove(i);
                learnedReps -= calibrationSet ? 1 : 0;
                return;
            }
        }
    }

    private void remove(int i) {
        System.arraycopy(strictRoms, i + 1, strictRoms, i, strictCount - i - 1);
        System.arraycopy(strictHorizontals, i + 1, strictHorizontals, i, strictCount - i - 1);
        System.arraycopy(strictStarts, i + 1, strictStarts, i, strictCount - i - 1);
        strictCount--;
    }

    /**
     * The calibration this session has learned (the baseline ROM and how many reps it rests on), or the stored one
     * when the session learned none; null when there is neither.
     */
    public Calibration calibration() {
        return learnedReps > 0 ? new Calibration(strictMedian(), learnedReps) : stored;
    }

    private RepGrade grade(Rep rep, boolean gyro, boolean learn) {
        SwingModel early = profile.swing();
        double earlySwing = early.swingDeg(rep.shape(), gyro);
        double dip = rep.shape().dipM();
        double horizontal = rep.shape().horizontalM();
        // A rep of the calibration set joins the baseline before it is read: the lifter's strict reps are, by
        // definition, what the arms alone do (the very first one reads as no departure at all).
        boolean joins = learn && calibrationSet && rep.setIndex() == 1 && rep.romM() > 0;
        if (joins) {
            learn(rep.romM(), horizontal, rep.concentricStartS());
            learnedReps++;
        }
        // Only where the torso swings freely about the hips: on a supported row a departure is the arms'.
        int pair = calibrated() || !profile.bodyEnglishExpected() ? -1 : firstRepsPair(rep, earlySwing, horizontal, learn);
        boolean fromFirstReps = pair >= 0;
        double baseline = calibrated() ? baseline()
                : fromFirstReps ? 0.5 * (firstRoms[pair] + firstRoms[pair + 1]) : Double.NaN;
        double horizontalBaseline = calibrated() ? horizontalBaseline()
                : fromFirstReps ? 0.5 * (firstHorizontals[pair] + firstHorizontals[pair + 1]) : Double.NaN;
        boolean hasBaseline = !Double.isNaN(baseline);
        double swing;
        double spread;
        boolean agree = true;
        if (hasBaseline) {
            double departure = model.swingDeg(rep.romM() - baseline, horizontal - horizontalBaseline, earlySwing, gyro);
            // The set's own first reps are a baseline nobody vouched for: its reading and the early movement's weigh
            // the same.
            swing = fromFirstReps ? 0.5 * (departure + earlySwing) : departure;
            spread = model.spreadDeg(gyro);
            agree = profile.gradeOf(departure) == profile.gradeOf(earlySwing)
                    || Math.abs(departure - earlySwing) <= spread;
        } else {
            swing = earlySwing;
            spread = early.spreadDeg(gyro);
        }
        // Without a calibration the ROM ratio is read against the reps graded confidently strict so far (two or more).
        double romReference = hasBaseline ? baseline : !calibrated() && strictCount >= 2 ? strictMedian() : Double.NaN;
        Sway sway = new Sway(horizontal, dip, swing > MAX_SWING_DEG ? Double.NaN : swing,
                early.earlyMovementM(rep.shape(), gyro), rep.shape().timeToPeakFraction(), rep.shape().startVelocityMps(),
                rep.romM() / romReference, hasBaseline ? rep.romM() - baseline : Double.NaN,
                hasBaseline ? horizontal - horizontalBaseline : Double.NaN, earlySwing,
                calibrated() ? Sway.Basis.CALIBRATED : fromFirstReps ? Sway.Basis.FIRST_REPS : Sway.Basis.EARLY_MOVEMENT,
                joins, agree);
        if (swing > MAX_SWING_DEG) {
            return new RepGrade(sway, null, Double.NaN);
        }
        Grade grade = profile.gradeOf(swing);
        double low = switch (grade) {
            case STRICT -> Double.NEGATIVE_INFINITY;
            case CHEAT -> profile.strictMaxDeg();
            case EXCESSIVE -> profile.cheatMaxDeg();
        };
        double high = switch (grade) {
            case STRICT -> profile.strictMaxDeg();
            case CHEAT -> profile.cheatMaxDeg();
            case EXCESSIVE -> Double.POSITIVE_INFINITY;
        };
        double p = SwingModel.probabilityWithin(swing, spread, low, high);
        double motion = Math.min(1, rep.confidence() / MOTION_FULL_CONFIDENCE);
        double confidence = p * motion * (profile.calibrated() ? 1 : UNCALIBRATED_FACTOR) * (agree ? 1 : DISAGREE_FACTOR);
        if (!gyro) {
            confidence = Math.min(confidence, ACCEL_ONLY_MAX_CONFIDENCE);
        }
        if (learn && !calibrated() && grade == Grade.STRICT && confidence >= BASELINE_MIN_CONFIDENCE && rep.romM() > 0) {
            learn(rep.romM(), horizontal, rep.concentricStartS());
        }
        return new RepGrade(sway, grade, confidence);
    }

    /**
     * Without a calibration: holds {@code rep} when it is one of its set's first reps (a revised measurement of one
     * replaces it), and gives the first of the two held reps that are the set's baseline when {@code rep} comes after
     * them, else -1 ({@link #SET_BASELINE_BELOW_DEG}, {@link #SET_BASELINE_ROM_RATIO}).
     */
    private int firstRepsPair(Rep rep, double earlySwing, double horizontal, boolean learn) {
        if (rep.setIndex() != firstRepsSet) {
            firstRepsSet = rep.setIndex();
            firstCount = 0;
        }
        int held = -1;
        for (int i = 0; i < firstCount; i++) {
            held = firstIndexes[i] == rep.index() ? i : held;
        }
        if (held < 0 && learn && (firstCount < 2 || firstCount == 2 && !firstIsARow())) {
            held = firstCount++;
        }
        if (held >= 0) {
            firstIndexes[held] = rep.index();
            firstRoms[held] = rep.romM();
            firstHorizontals[held] = horizontal;
            firstEarlySwings[held] = earlySwing;
            return -1;
        }
        int pair = firstCount < 2 ? -1 : firstIsARow() ? 0 : firstCount == 3 && romsAgree(1) ? 1 : -1;
        return pair >= 0 && readStrict(pair) && readStrict(pair + 1) ? pair : -1;
    }

    /**
     * Whether the set's first movement is like its second, a row: not when their ROMs disagree or when it alone read a
     * swing (a pick-up from the floor does both: the hips drive it).
     */
    private boolean firstIsARow() {
        return romsAgree(0) && readStrict(0);
    }

    /** Whether held reps {@code i} and {@code i + 1} agree in ROM. */
    private boolean romsAgree(int i) {
        double low = Math.min(firstRoms[i], firstRoms[i + 1]), high = Math.max(firstRoms[i], firstRoms[i + 1]);
        return low > 0 && high <= SET_BASELINE_ROM_RATIO * low;
    }

    /** Whether held rep {@code i} reads strict by its early movement and has a horizontal excursion. */
    private boolean readStrict(int i) {
        return firstEarlySwings[i] < SET_BASELINE_BELOW_DEG && Double.isFinite(firstHorizontals[i]);
    }

    /** Whether the lifter has a calibration: a calibration set this session, or one kept in the history. */
    public boolean calibrated() {
        return calibrationSet || stored != null;
    }

    private void learn(double romM, double horizontalM, double startS) {
        if (strictCount == STRICT_HISTORY) {
            remove(0);
        }
        strictRoms[strictCount] = romM;
        strictHorizontals[strictCount] = horizontalM;
        strictStarts[strictCount] = startS;
        strictCount++;
    }

    /** The baseline ROM: this session's strict reps, else the stored calibration, else NaN, m. */
    private double baseline() {
        return strictCount > 0 ? strictMedian() : stored != null ? stored.romM() : Double.NaN;
    }

    /** The median horizontal excursion of this session's baseline reps, or NaN (a stored calibration has none), m. */
    private double horizontalBaseline() {
        return strictCount > 0 ? median(strictHorizontals) : Double.NaN;
    }

    private double strictMedian() {
        return median(strictRoms);
    }

    private double median(double[] values) {
        System.arraycopy(values, 0, sorted, 0, strictCount);
        Arrays.sort(sorted, 0, strictCount);
        return strictCount % 2 == 1 ? sorted[strictCount / 2]
                : 0.5 * (sorted[strictCount / 2 - 1] + sorted[strictCount / 2]);
    }
}
