package dev.rowcoach.lab.bench;

import dev.rowcoach.grading.Grade;

import java.util.ArrayList;
import java.util.List;

/**
 * Sway grades of matched reps scored against the simulator's truth, for one file or pooled (pooling adds the
 * counts). A rep is "clear" when its true swing is at least {@value #CLEAR_MARGIN_DEG}° from both of the
 * truth's thresholds ({@value #TRUTH_STRICT_MAX_DEG}° and {@value #TRUTH_CHEAT_MAX_DEG}°): the target
 * for those reps is stricter, since a rep on a threshold is a coin toss for any grader.
 *
 * @param confusion          row-major 3×3 counts: row = true grade, column = grade given, in {@link Grade} order
 * @param swingAbsErrorSumDeg sum over graded reps of |estimated − true| torso swing, degrees
 * @param clearReps          graded reps whose true swing is clear of the thresholds
 * @param clearCorrect       those graded correctly
 */
public record GradeTally(List<Integer> confusion, double swingAbsErrorSumDeg, int clearReps, int clearCorrect) {

    /** The thresholds the truth labels use, degrees (SIMULATOR.md, section 8). */
    public static final double TRUTH_STRICT_MAX_DEG = 10, TRUTH_CHEAT_MAX_DEG = 25;
    /** Distance from a threshold beyond which a rep counts as clear, degrees. */
    public static final double CLEAR_MARGIN_DEG = 3;

    /** Nothing graded. */
    public static final GradeTally EMPTY = new GradeTally(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0);

    public GradeTally {
        if (confusion.size() != 9) {
            throw new IllegalArgumentException("a 3-class confusion matrix has 9 cells, got " + confusion.size());
        }
        confusion = List.copyOf(confusion);
    }

    /** One rep: its true grade and swing, the grade given and the swing estimated. */
    public static GradeTally of(Grade trueGrade, double trueSwingDeg, Grade given, double estimatedSwingDeg) {
        List<Integer> cells = new ArrayList<>(EMPTY.confusion);
        cells.set(trueGrade.ordinal() * 3 + given.ordinal(), 1);
        boolean clear = Math.abs(trueSwingDeg - TRUTH_STRICT_MAX_DEG) >= CLEAR_MARGIN_DEG
                && Math.abs(trueSwingDeg - TRUTH_CHEAT_MAX_DEG) >= CLEAR_MARGIN_DEG;
        return new GradeTally(cells, Math.abs(estimatedSwingDeg - trueSwingDeg), clear ? 1 : 0,
                clear && trueGrade == given ? 1 : 0);
    }

    /** Both tallies pooled. */
    public GradeTally plus(GradeTally o) {
        List<Integer> cells = new ArrayList<>(9);
        for (int i = 0; i < 9; i++) {
            cells.add(confusion.get(i) + o.confusion.get(i));
        }
        return new GradeTally(cells, swingAbsErrorSumDeg + o.swingAbsErrorSumDeg, clearReps + o.clearReps,
                clearCorrect + o.clearCorrect);
    }

    /** Reps with a true grade {@code truth} that were graded {@code given}. */
    public int count(Grade truth, Grade given) {
        return confusion.get(truth.ordinal() * 3 + given.ordinal());
    }

    /** Graded reps. */
    public int reps() {
        return confusion.stream().mapToInt(Integer::intValue).sum();
    }

    /** Share graded correctly; NaN when none was graded. */
    public double accuracy() {
        int right = 0;
        for (Grade g : Grade.values()) {
            right += count(g, g);
        }
        return reps() == 0 ? Double.NaN : (double) right / reps();
    }

    /** Share of clear reps graded correctly; NaN when there were none. */
    public double clearAccuracy() {
        return clearReps == 0 ? Double.NaN : (double) clearCorrect / clearReps;
    }

    /** Mean absolute error of the estimated torso swing, degrees; NaN when none was graded. */
    public double swingMaeDeg() {
        return reps() == 0 ? Double.NaN : swingAbsErrorSumDeg / reps();
    }
}
