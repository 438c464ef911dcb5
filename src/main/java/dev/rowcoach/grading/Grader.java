package dev.rowcoach.grading;

import dev.rowcoach.motion.Rep;

import java.util.Arrays;

/**
 * Grades reps as the motion core reports them, with what the session has shown so far: one grader per session
 * and exercise, fed on the thread that feeds the motion core. Its state is the ROM of the lifter's last
 * {@value #STRICT_HISTORY} confidently strict reps (for {@link Sway#romVsStrict()}); nothing grows with the
 * session.
 */
public final class Grader {

    /** How many of the latest strict reps the ROM baseline is the median of. */
    static final int STRICT_HISTORY = 8;
    /** A rep joins the strict baseline only when its grade is at least this certain. */
    static final double BASELINE_MIN_CONFIDENCE = 0.6;
    /** The motion core's confidence of a clean rep; its own reductions (gyro, rate, gaps) scale the grade's. */
    static final double MOTION_FULL_CONFIDENCE = 0.95;
    /** Grade confidence is multiplied by this on an exercise the model was not validated on. */
    static final double UNCALIBRATED_FACTOR = 0.5;

    private final ExerciseProfile profile;
    private final double[] strictRoms = new double[STRICT_HISTORY];
    private final double[] sorted = new double[STRICT_HISTORY];
    private int strictCount, strictNext;

    public Grader(ExerciseProfile profile) {
        if (profile == null) {
            throw new IllegalArgumentException("a grader needs an exercise profile");
        }
        this.profile = profile;
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
     * but the rep does not join the strict-ROM baseline a second time.
     */
    public RepGrade regrade(Rep rep, boolean gyro) {
        return grade(rep, gyro, false);
    }

    private RepGrade grade(Rep rep, boolean gyro, boolean learn) {
        SwingModel model = profile.swing();
        double swing = model.swingDeg(rep.shape(), gyro);
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
        double p = SwingModel.probabilityWithin(swing, model.spreadDeg(gyro), low, high);
        double motion = Math.min(1, rep.confidence() / MOTION_FULL_CONFIDENCE);
        double confidence = p * motion * (profile.calibrated() ? 1 : UNCALIBRATED_FACTOR);
        double romVsStrict = strictCount >= 2 ? rep.romM() / strictMedian() : Double.NaN;
        if (learn && grade == Grade.STRICT && confidence >= BASELINE_MIN_CONFIDENCE && rep.romM() > 0) {
            strictRoms[strictNext] = rep.romM();
            strictNext = (strictNext + 1) % STRICT_HISTORY;
            strictCount = Math.min(STRICT_HISTORY, strictCount + 1);
        }
        Sway sway = new Sway(rep.shape().horizontalM(), rep.shape().dipM(), swing, model.earlyMovementM(rep.shape(), gyro),
                rep.shape().timeToPeakFraction(), rep.shape().startVelocityMps(), romVsStrict);
        return new RepGrade(sway, grade, confidence);
    }

    private double strictMedian() {
        System.arraycopy(strictRoms, 0, sorted, 0, strictCount);
        Arrays.sort(sorted, 0, strictCount);
        return strictCount % 2 == 1 ? sorted[strictCount / 2]
                : 0.5 * (sorted[strictCount / 2 - 1] + sorted[strictCount / 2]);
    }
}
