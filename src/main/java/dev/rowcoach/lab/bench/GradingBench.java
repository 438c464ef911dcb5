package dev.rowcoach.lab.bench;

import dev.rowcoach.grading.DepartureModel;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.ExerciseProfiles;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.grading.Grader;
import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.grading.Sway;
import dev.rowcoach.grading.SwingModel;
import dev.rowcoach.lab.sim.Family;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leave-one-family-out validation of the grader (docs/GRADING.md): the departure model's coefficients are fitted on
 * one family's grid of simulated sessions and the grader is scored on the other family's, both ways; a grader that
 * only works on the family it was fitted on fails in the worst direction.
 */
public final class GradingBench {

    /** A rep, its grade and the truth. */
    public record Graded(GradingCorpus.Item item, RepGrade grade) {
    }

    /**
     * One direction's scores on the family not fitted on (calibration-set reps left out: they are the baseline). The
     * squeeze sets ({@link GradingCorpus#squeezes}) are a check of their own: they count in {@code squeezeStrict} alone
     * (a withheld rep as not strict), not in the other figures, and no fit reads them.
     *
     * @param gyro               grades of reps with a gyroscope
     * @param earlyGyro          the same reps graded by the bar's early movement alone (the model before baselines),
     *                           for comparison
     * @param accelOnly          grades of reps without one
     * @param accelOnlyMaxConfidence highest grade confidence given without a gyroscope
     * @param squeezeStrict      share of the reps of the strict sets with a 1–3 s squeeze at the top graded strict
     * @param squeezeReps        how many reps those sets had
     * @param deadStopStrict     share of the reps of the strict sets with a 1–2 s dead stop at the hang graded strict
     * @param deadStopReps       how many reps those sets had
     * @param withheld           reps whose swing was withheld
     * @param gyroConfidence     the confidences of the grades with a gyroscope, by what the swing was read against
     * @param accelOnlyConfidence the same without one
     * @param gyroDisagreeing    those of the grades with a gyroscope whose features disagreed, by the same
     * @param accelOnlyDisagreeing the same without one
     */
    public record Score(GradeTally gyro, GradeTally earlyGyro, GradeTally accelOnly, double accelOnlyMaxConfidence, double squeezeStrict,
                        int squeezeReps, double deadStopStrict, int deadStopReps, int withheld,
                        Map<Sway.Basis, ConfidenceTally> gyroConfidence, Map<Sway.Basis, ConfidenceTally> accelOnlyConfidence,
                        Map<Sway.Basis, ConfidenceTally> gyroDisagreeing, Map<Sway.Basis, ConfidenceTally> accelOnlyDisagreeing) {

        /** Reps graded without a calibration (against their set's first reps, or the early movement alone). */
        public int noBaseline() {
            return reps(gyroConfidence, false) + reps(accelOnlyConfidence, false);
        }

        /** Reps whose features disagreed. */
        public int disagree() {
            return reps(gyroDisagreeing, true) + reps(accelOnlyDisagreeing, true);
        }

        /** How many reps {@code tallies} hold: all of them, or those not read against a calibration. */
        private static int reps(Map<Sway.Basis, ConfidenceTally> tallies, boolean includingCalibrated) {
            int n = 0;
            for (Map.Entry<Sway.Basis, ConfidenceTally> e : tallies.entrySet()) {
                n += includingCalibrated || e.getKey() != Sway.Basis.CALIBRATED ? e.getValue().reps() : 0;
            }
            return n;
        }
    }

    /**
     * A fit on one family scored on the other (calibrated: each session's first set the calibration set), and the same
     * reps graded without a calibration (the default grader, which has nothing fitted here).
     */
    public record Direction(Family fittedOn, Family scoredOn, DepartureModel model, SwingModel early, int fitReps,
                            Score score, Score uncalibrated) {
    }

    private GradingBench() {
    }

    /**
     * Grades every rep of {@code items} in session order, one grader per session and exercise, each session's first set
     * its calibration set (as {@code replay --calibrate} takes it).
     */
    public static List<Graded> grade(List<GradingCorpus.Item> items, DepartureModel model) {
        return grade(items, model, SwingModel.FREE_BAR, true);
    }

    /** The same, the free bar's early movement read with {@code early}'s levers. */
    public static List<Graded> grade(List<GradingCorpus.Item> items, DepartureModel model, SwingModel early) {
        return grade(items, model, early, true);
    }

    /** The same without a calibration: the default grader (the bar's early movement alone, its committed levers). */
    public static List<Graded> gradeUncalibrated(List<GradingCorpus.Item> items) {
        return grade(items, DepartureModel.FITTED, SwingModel.FREE_BAR, false);
    }

    private static List<Graded> grade(List<GradingCorpus.Item> items, DepartureModel model, SwingModel early,
                                      boolean calibrate) {
        List<Graded> out = new ArrayList<>();
        Map<String, Grader> graders = new HashMap<>();
        for (GradingCorpus.Item i : items) {
            ExerciseProfile profile = ExerciseProfiles.get(i.exercise());
            ExerciseProfile read = profile.swing().equals(SwingModel.FREE_BAR) ? profile.withSwing(early) : profile;
            Grader g = graders.computeIfAbsent(i.session() + "/" + i.exercise(), k -> new Grader(read, model, null, calibrate));
            out.add(new Graded(i, g.grade(i.rep(), i.gyro())));
        }
        return out;
    }

    /**
     * The departure model fitted on {@code graded}, over the reps graded against a baseline (calibration-set reps and
     * squeeze sets left out): the true swing on the arc departure ({@link DepartureModel#arcDepartureM}) and a constant over the reps with a
     * gyroscope, and on the ROM departure and a constant over all of them (the height reads the same with or without one). Each fit
     * is robust (Huber's loss, {@link #huber}): a rep the motion core measured badly, or whose truth it was matched to
     * wrongly, moves it little. Spreads 1.25 × the mean absolute error left (with and without a gyroscope), to 0.5°.
     */
    public static DepartureModel fit(List<Graded> graded) {
        return fit(graded, SwingModel.FREE_BAR);
    }

    /** The same, the spreads measured with the free bar's early movement read with {@code early}'s levers. */
    public static DepartureModel fit(List<Graded> graded, SwingModel early) {
        List<double[]> both = new ArrayList<>(), height = new ArrayList<>();
        List<Double> yBoth = new ArrayList<>(), yHeight = new ArrayList<>();
        for (Graded g : graded) {
            Sway s = g.grade().sway();
            if (g.item().calibrationSet() || s.basis() != Sway.Basis.CALIBRATED || GradingCorpus.squeezes(g.item().plan())) {
                continue;
            }
            double swing = g.item().truth().torsoSwingDeg();
            height.add(new double[]{s.romDepartureM(), 1});
            yHeight.add(swing);
            if (DepartureModel.readsBothAxes(s.horizontalDepartureM(), g.item().gyro())) {
                both.add(new double[]{DepartureModel.arcDepartureM(s.romDepartureM(), s.horizontalDepartureM()), 1});
                yBoth.add(swing);
            }
        }
        double[] w = huber(both, yBoth);
        double[] v = huber(height, yHeight);
        DepartureModel raw = new DepartureModel(round(w[0], 0.1), round(w[1], 0.1), round(v[0], 0.1), round(v[1], 0.1), 1, 1);
        double[] mae = meanAbsoluteErrors(grade(graded.stream().map(Graded::item).toList(), raw, early));
        return new DepartureModel(raw.arcDegPerM(), raw.offsetDeg(), raw.verticalDegPerM(), raw.verticalOffsetDeg(),
                Math.max(0.5, round(1.25 * mae[0], 0.5)), Math.max(0.5, round(1.25 * mae[1], 0.5)));
    }

    /** Iterations of {@link #huber}'s reweighting; it settles in far fewer on the benchmark's grids. */
    static final int HUBER_ITERATIONS = 50;
    /** Huber's tuning constant, in robust standard deviations of the residuals (95 % efficiency for normal errors). */
    static final double HUBER_K = 1.345;

    /**
     * Coefficients minimising Huber's loss of {@code y − x·w}: least squares, then reweighted least squares in which a
     * residual beyond {@value #HUBER_K} robust standard deviations (1.4826 × the median absolute residual) counts in
     * proportion to its size rather than its square (P. J. Huber, "Robust Estimation of a Location Parameter", Annals of
     * Mathematical Statistics 35(1), 1964).
     *
     * @throws IllegalArgumentException when there are fewer rows than coefficients
     */
    static double[] huber(List<double[]> x, List<Double> y) {
        int n = x.size();
        if (n == 0 || n < x.get(0).length) {
            throw new IllegalArgumentException("a fit of " + (n == 0 ? "no" : x.get(0).length) + " coefficients needs more than " + n + " reps");
        }
        double[][] rows = x.toArray(new double[0][]);
        double[] target = y.stream().mapToDouble(Double::doubleValue).toArray();
        double[] weights = new double[n];
        Arrays.fill(weights, 1);
        double[] w = weightedLeastSquares(rows, target, weights);
        double[] residuals = new double[n];
        for (int iteration = 0; iteration < HUBER_ITERATIONS; iteration++) {
            for (int i = 0; i < n; i++) {
                double fitted = 0;
                for (int j = 0; j < w.length; j++) {
                    fitted += rows[i][j] * w[j];
                }
                residuals[i] = Math.abs(target[i] - fitted);
            }
            double[] sorted = residuals.clone();
            Arrays.sort(sorted);
            double limit = HUBER_K * 1.4826 * sorted[n / 2];
            for (int i = 0; i < n; i++) {
                weights[i] = residuals[i] <= limit ? 1 : limit / residuals[i];
            }
            w = weightedLeastSquares(rows, target, weights);
        }
        return w;
    }

    private static double[] weightedLeastSquares(double[][] rows, double[] target, double[] weights) {
        double[][] a = new double[rows.length][];
        double[] b = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double s = Math.sqrt(weights[i]);
            a[i] = new double[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                a[i][j] = rows[i][j] * s;
            }
            b[i] = target[i] * s;
        }
        return new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver().solve(new ArrayRealVector(b, false)).toArray();
    }

    /** Scores graded reps against their truth. */
    public static Score score(List<Graded> graded) {
        GradeTally gyro = GradeTally.EMPTY, early = GradeTally.EMPTY, accel = GradeTally.EMPTY;
        double maxConfidence = Double.NaN;
        Map<Sway.Basis, ConfidenceTally> gyroConfidence = new EnumMap<>(Sway.Basis.class);
        Map<Sway.Basis, ConfidenceTally> accelOnlyConfidence = new EnumMap<>(Sway.Basis.class);
        Map<Sway.Basis, ConfidenceTally> gyroDisagreeing = new EnumMap<>(Sway.Basis.class);
        Map<Sway.Basis, ConfidenceTally> accelOnlyDisagreeing = new EnumMap<>(Sway.Basis.class);
        int squeeze = 0, squeezeStrict = 0, deadStop = 0, deadStopStrict = 0, withheld = 0;
        for (Graded g : graded) {
            if (g.item().calibrationSet()) {
                continue;
            }
            RepGrade r = g.grade();
            if (GradingCorpus.squeezes(g.item().plan())) {
                // A check of its own, kept out of the other figures (they are those of the grid before it was added).
                squeeze++;
                squeezeStrict += r.grade() == Grade.STRICT ? 1 : 0;
                continue;
            }
            if (r.withheld()) {
                withheld++;
                continue;
            }
            Grade truth = Grade.ofWord(g.item().truth().grade());
            GradeTally t = GradeTally.of(truth, g.item().truth().torsoSwingDeg(), r.grade(), r.sway().torsoSwingDeg());
            double error = r.sway().torsoSwingDeg() - g.item().truth().torsoSwingDeg();
            tally(g.item().gyro() ? gyroConfidence : accelOnlyConfidence, r, error, truth);
            if (!r.sway().featuresAgree()) {
                tally(g.item().gyro() ? gyroDisagreeing : accelOnlyDisagreeing, r, error, truth);
            }
            if (g.item().gyro()) {
                gyro = gyro.plus(t);
                double e = r.sway().earlySwingDeg();
                early = early.plus(GradeTally.of(Grade.ofWord(g.item().truth().grade()), g.item().truth().torsoSwingDeg(),
                        ExerciseProfiles.get(g.item().exercise()).gradeOf(e), e));
            } else {
                accel = accel.plus(t);
                maxConfidence = Double.isNaN(maxConfidence) ? r.confidence() : Math.max(maxConfidence, r.confidence());
            }
            if (GradingCorpus.deadStops(g.item().plan())) {
                deadStop++;
                deadStopStrict += r.grade() == Grade.STRICT ? 1 : 0;
            }
        }
        return new Score(gyro, early, accel, maxConfidence, squeeze == 0 ? Double.NaN : (double) squeezeStrict / squeeze, squeeze,
                deadStop == 0 ? Double.NaN : (double) deadStopStrict / deadStop, deadStop, withheld,
                gyroConfidence, accelOnlyConfidence, gyroDisagreeing, accelOnlyDisagreeing);
    }

    /** Adds grade {@code r}, whose swing was {@code errorDeg} off, to its basis's tally in {@code tallies}. */
    private static void tally(Map<Sway.Basis, ConfidenceTally> tallies, RepGrade r, double errorDeg, Grade truth) {
        tallies.put(r.sway().basis(), tallies.getOrDefault(r.sway().basis(), ConfidenceTally.EMPTY)
                .plus(errorDeg, r.confidence(), r.grade() == truth));
    }

    /**
     * The free bar's early-movement levers fitted on {@code items} (calibration-set reps and squeeze sets left out), as {@code SwingGridTest}
     * fits the committed ones on the rower family: the lever of the early movement of both axes that minimises the mean
     * absolute swing error over the reps with a gyroscope, and the lever of its height alone over all reps, each to 1 mm
     * within {@value #LEVER_MIN_M}–{@value #LEVER_MAX_M} m; the free bar's spreads. So a direction's calibrated grader
     * reads nothing fitted on the family it is scored on.
     */
    public static SwingModel fitEarly(List<GradingCorpus.Item> items) {
        List<double[]> path = new ArrayList<>(), height = new ArrayList<>();
        for (GradingCorpus.Item i : items) {
            if (i.calibrationSet() || GradingCorpus.squeezes(i.plan())) {
                continue;
            }
            double truth = i.truth().torsoSwingDeg();
            height.add(new double[]{i.rep().shape().earlyVerticalM(), truth});
            if (i.gyro()) {
                path.add(new double[]{i.rep().shape().earlyPathM(), truth});
            }
        }
        SwingModel free = SwingModel.FREE_BAR;
        return new SwingModel(true, bestLever(path), bestLever(height), free.spreadGyroDeg(), free.spreadAccelOnlyDeg());
    }

    /** Bounds of {@link #fitEarly}'s search, m. */
    static final double LEVER_MIN_M = 0.2, LEVER_MAX_M = 1.5;

    /** The lever, to 1 mm, minimising the mean of |degrees(movement ÷ lever) − true swing| over the pairs. */
    private static double bestLever(List<double[]> movementAndSwing) {
        double best = Double.NaN, bestError = Double.POSITIVE_INFINITY;
        for (int mm = (int) Math.round(LEVER_MIN_M * 1000); mm <= Math.round(LEVER_MAX_M * 1000); mm++) {
            double lever = mm / 1000.0, error = 0;
            for (double[] p : movementAndSwing) {
                error += Math.abs(Math.toDegrees(Math.max(0, p[0]) / lever) - p[1]);
            }
            if (error < bestError) {
                bestError = error;
                best = lever;
            }
        }
        return best;
    }

    /**
     * Fits on {@code fit}'s corpus (the departure model and the early movement's levers) and scores on {@code score}'s.
     */
    public static Direction direction(Family fittedOn, List<GradingCorpus.Item> fit, Family scoredOn,
                                      List<GradingCorpus.Item> score) {
        SwingModel early = fitEarly(fit);
        DepartureModel model = fit(grade(fit, DepartureModel.FITTED, early), early);
        int reps = (int) grade(fit, model, early).stream().filter(g -> !g.item().calibrationSet()
                && !GradingCorpus.squeezes(g.item().plan()) && g.grade().sway().basis() == Sway.Basis.CALIBRATED).count();
        return new Direction(fittedOn, scoredOn, model, early, reps, score(grade(score, model, early)),
                score(gradeUncalibrated(score)));
    }

    /** The text report of both directions and the worst of them. */
    public static String render(List<Direction> directions) {
        StringBuilder b = new StringBuilder();
        for (Direction d : directions) {
            Score s = d.score();
            DepartureModel m = d.model();
            b.append(String.format(Locale.ROOT, "fitted on %s (%d reps): %.1f°/m of extra travel up and back %+.1f° with "
                            + "a gyroscope, %.1f°/m of extra height %+.1f° alone; "
                            + "spread %.1f° (%.1f° without a gyroscope); early-movement levers %.3f m, height %.3f m%n",
                    d.fittedOn().id(), d.fitReps(), m.arcDegPerM(), m.offsetDeg(), m.verticalDegPerM(),
                    m.verticalOffsetDeg(), m.spreadGyroDeg(), m.spreadAccelOnlyDeg(), d.early().gyroLeverM(),
                    d.early().accelOnlyLeverM()));
            b.append(String.format(Locale.ROOT, "  scored on %s with a gyroscope: %s%n", d.scoredOn().id(), tally(s.gyro())));
            b.append(String.format(Locale.ROOT, "  (the early movement alone, levers fitted on %s, same reps: %s)%n", d.fittedOn().id(), tally(s.earlyGyro())));
            b.append(String.format(Locale.ROOT, "  scored on %s without one:      %s, highest confidence %.2f%n",
                    d.scoredOn().id(), tally(s.accelOnly()), s.accelOnlyMaxConfidence()));
            b.append(String.format(Locale.ROOT, "  strict sets with a 1–3 s squeeze at the top: %.3f strict (%d reps); "
                            + "with a 1–2 s dead stop at the hang: %.3f strict (%d reps)%n", s.squeezeStrict(), s.squeezeReps(),
                    s.deadStopStrict(), s.deadStopReps()));
            b.append(String.format(Locale.ROOT, "  not calibrated %d reps, features disagree %d, withheld %d%n",
                    s.noBaseline(), s.disagree(), s.withheld()));
            confidences(b, s);
            Score u = d.uncalibrated();
            b.append(String.format(Locale.ROOT, "  uncalibrated (the default), %s with a gyroscope: %s%n", d.scoredOn().id(),
                    tally(u.gyro())));
            b.append(String.format(Locale.ROOT, "  uncalibrated (the default), %s without one:      %s, highest confidence %.2f%n",
                    d.scoredOn().id(), tally(u.accelOnly()), u.accelOnlyMaxConfidence()));
            confidences(b, u);
        }
        Direction worst = directions.stream().min((a, c) -> Double.compare(a.score().gyro().accuracy(),
                c.score().gyro().accuracy())).orElseThrow();
        double worstClear = directions.stream().mapToDouble(d -> d.score().gyro().clearAccuracy()).min().orElse(Double.NaN);
        double worstMae = directions.stream().mapToDouble(d -> d.score().gyro().swingMaeDeg()).max().orElse(Double.NaN);
        double worstConfidence = directions.stream().mapToDouble(d -> d.score().accelOnlyMaxConfidence()).max().orElse(Double.NaN);
        double worstSqueeze = directions.stream().mapToDouble(d -> d.score().squeezeStrict()).min().orElse(Double.NaN);
        double worstDeadStop = directions.stream().mapToDouble(d -> d.score().deadStopStrict()).min().orElse(Double.NaN);
        b.append(String.format(Locale.ROOT, "calibrated, worst direction (%s → %s): accuracy %.3f; worst clear %.3f, worst swing MAE %.2f°, "
                        + "highest confidence without a gyroscope %.2f, squeeze sets strict %.3f, dead-stop sets strict %.3f%n",
                worst.fittedOn().id(), worst.scoredOn().id(), worst.score().gyro().accuracy(), worstClear, worstMae,
                worstConfidence, worstSqueeze, worstDeadStop));
        b.append(String.format(Locale.ROOT, "uncalibrated (the default), worst: accuracy %.3f, clear %.3f, swing MAE %.2f°%n",
                directions.stream().mapToDouble(d -> d.uncalibrated().gyro().accuracy()).min().orElse(Double.NaN),
                directions.stream().mapToDouble(d -> d.uncalibrated().gyro().clearAccuracy()).min().orElse(Double.NaN),
                directions.stream().mapToDouble(d -> d.uncalibrated().gyro().swingMaeDeg()).max().orElse(Double.NaN)));
        ConfidenceTally[] early = earlyMovement(directions.stream().map(Direction::uncalibrated).toList());
        // What an early-movement spread should be for a body of either family (docs/GRADING.md, "Confidence").
        b.append(String.format(Locale.ROOT, "uncalibrated, the early movement alone, both families: with a gyroscope %d reps, "
                        + "swing MAE %.2f° (spread %.1f°), mean confidence %.2f for %.2f right; without one %d reps, "
                        + "swing MAE %.2f° (spread %.1f°), mean confidence %.2f for %.2f right%n",
                early[0].reps(), early[0].swingMaeDeg(), spread(early[0]), early[0].meanConfidence(), early[0].accuracy(),
                early[1].reps(), early[1].swingMaeDeg(), spread(early[1]), early[1].meanConfidence(), early[1].accuracy()));
        b.append("targets (calibrated):\n");
        b.append(target("accuracy ≥ 0.85 (gyro)", worst.score().gyro().accuracy() >= 0.85));
        b.append(target("clear ≥ 0.92 (gyro)", worstClear >= 0.92));
        b.append(target("swing MAE ≤ 4° (gyro)", worstMae <= 4));
        b.append(target("confidence ≤ 0.6 without a gyroscope", worstConfidence <= 0.6));
        b.append(target("squeeze sets ≥ 0.95 strict", worstSqueeze >= 0.95));
        return b.toString();
    }

    /**
     * A line per basis of the grades with a gyroscope and without: the swing error, the confidence given and the share
     * right.
     */
    private static void confidences(StringBuilder b, Score s) {
        s.gyroConfidence().forEach((basis, t) -> b.append(String.format(Locale.ROOT, "    %s, with a gyroscope: %s%s%n",
                basis.word(), t.render(), disagreeing(s.gyroDisagreeing().get(basis)))));
        s.accelOnlyConfidence().forEach((basis, t) -> b.append(String.format(Locale.ROOT, "    %s, without one:      %s%s%n",
                basis.word(), t.render(), disagreeing(s.accelOnlyDisagreeing().get(basis)))));
    }

    /** "; features disagree on 137: mean confidence 0.54 for 0.85 right", or nothing when none did. */
    private static String disagreeing(ConfidenceTally t) {
        return t == null ? "" : String.format(Locale.ROOT, "; features disagree on %d: mean confidence %.2f for %.2f right",
                t.reps(), t.meanConfidence(), t.accuracy());
    }

    /**
     * The grades read from the early movement alone in {@code scores} (the default grader's, without a calibration),
     * pooled: with a gyroscope, then without one.
     */
    public static ConfidenceTally[] earlyMovement(List<Score> scores) {
        ConfidenceTally gyro = ConfidenceTally.EMPTY, accelOnly = ConfidenceTally.EMPTY;
        for (Score s : scores) {
            gyro = gyro.plus(s.gyroConfidence().getOrDefault(Sway.Basis.EARLY_MOVEMENT, ConfidenceTally.EMPTY));
            accelOnly = accelOnly.plus(s.accelOnlyConfidence().getOrDefault(Sway.Basis.EARLY_MOVEMENT, ConfidenceTally.EMPTY));
        }
        return new ConfidenceTally[]{gyro, accelOnly};
    }

    /**
     * A reading's spread from its grades: 1.25 × their mean absolute swing error (the ratio for normal errors), to 0.5°,
     * at least 0.5°, as the departure model's spreads ({@link #fit}).
     */
    public static double spread(ConfidenceTally t) {
        return Math.max(0.5, round(1.25 * t.swingMaeDeg(), 0.5));
    }

    private static String target(String name, boolean pass) {
        return (pass ? "PASS " : "FAIL ") + name + "\n";
    }

    private static String tally(GradeTally t) {
        return String.format(Locale.ROOT, "%d reps, accuracy %.3f, clear %.3f (%d), swing MAE %.2f°", t.reps(),
                t.accuracy(), t.clearAccuracy(), t.clearReps(), t.swingMaeDeg());
    }

    private static double[] meanAbsoluteErrors(List<Graded> graded) {
        double[] sum = new double[2];
        int[] n = new int[2];
        for (Graded g : graded) {
            if (g.item().calibrationSet() || g.grade().withheld() || GradingCorpus.squeezes(g.item().plan())) {
                continue;
            }
            int k = g.item().gyro() ? 0 : 1;
            sum[k] += Math.abs(g.grade().sway().torsoSwingDeg() - g.item().truth().torsoSwingDeg());
            n[k]++;
        }
        return new double[]{sum[0] / Math.max(1, n[0]), sum[1] / Math.max(1, n[1])};
    }

    private static double round(double v, double step) {
        return Math.round(v / step) * step;
    }
}
