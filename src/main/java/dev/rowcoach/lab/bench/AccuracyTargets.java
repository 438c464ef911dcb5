package dev.rowcoach.lab.bench;



/**
 * What the analysis must achieve on the benchmark (rationale in {@code docs/ACCURACY.md}).
 *
 * @param minRepF1                 lowest acceptable rep F1 over all files scored against truth, 0–1
 * @param maxPickupPutdownGhostReps most ghost reps allowed during labelled pick-ups and put-downs
 * @param maxMcvMaeGyroMps         highest mean absolute MCV error with a gyroscope, m/s
 * @param maxMcvMaeAccelOnlyMps    highest mean absolute MCV error without one, m/s
 * @param maxRomMaeM               highest mean absolute ROM error, m
 * @param minCountExactFraction    lowest share of count-only files whose rep count must be exact, 0–1
 * @param minGradeAccuracy         lowest share of matched reps graded correctly, 0–1
 * @param minClearGradeAccuracy    the same over reps whose true swing is clear of the thresholds
 *                                 ({@link GradeTally#CLEAR_MARGIN_DEG}), 0–1
 * @param maxSwingMaeDeg           highest mean absolute error of the estimated torso swing, degrees
 */
public record AccuracyTargets(double minRepF1, int maxPickupPutdownGhostReps, double maxMcvMaeGyroMps,
                              double maxMcvMaeAccelOnlyMps, double maxRomMaeM, double minCountExactFraction,
                              double minGradeAccuracy, double minClearGradeAccuracy, double maxSwingMaeDeg) {

    /**
     * The targets of the motion core issue (F1 ≥ 0.99, no pick-up ghosts, 0.03/0.05 m/s, 2 cm, 7 of 8) and of
     * the grading issue (85 % of grades, 95 % of clear ones, 3° of swing).
     */
    public static final AccuracyTargets DEFAULTS = new AccuracyTargets(0.99, 0, 0.03, 0.05, 0.02, 0.875, 0.85, 0.95, 3.0);

    /** @throws IllegalArgumentException when a fraction is outside 0–1 or a limit is negative or not finite */
    public AccuracyTargets {
        requireFraction("minRepF1", minRepF1);
        requireFraction("minCountExactFraction", minCountExactFraction);
        requireFraction("minGradeAccuracy", minGradeAccuracy);
        requireFraction("minClearGradeAccuracy", minClearGradeAccuracy);
        requireLimit("maxSwingMaeDeg", maxSwingMaeDeg);
        requireLimit("maxMcvMaeGyroMps", maxMcvMaeGyroMps);
        requireLimit("maxMcvMaeAccelOnlyMps", maxMcvMaeAccelOnlyMps);
        requireLimit("maxRomMaeM", maxRomMaeM);
        if (maxPickupPutdownGhostReps < 0) {
            throw new IllegalArgumentException("maxPickupPutdownGhostReps must not be negative, got " + maxPickupPutdownGhostReps);
        }
    }

    private static void requireFraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0–1, got " + v);
        }
    }

    private static void requireLimit(String name, double v) {
        if (!(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be finite and not negative, got " + v);
        }
    }
}
