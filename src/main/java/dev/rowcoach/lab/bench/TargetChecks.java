package dev.rowcoach.lab.bench;

import dev.rowcoach.lab.bench.TargetResult.Status;

import java.util.List;
import java.util.Locale;

/** Checks a benchmark run's pooled results against {@link AccuracyTargets}. */
public final class TargetChecks {

    private TargetChecks() {
    }

    /** Every target, in a fixed order, each PASS, FAIL or NOT_MEASURED. */
    public static List<TargetResult> check(AccuracySummary s, AccuracyTargets t) {
        RepTally all = s.all();
        AccuracySummary.CountTally c = s.counted();
        boolean anyTruth = all.files() > 0;
        return List.of(
                atLeast("rep-f1", "rep F1, all files scored against truth", t.minRepF1(), all.f1(), 3),
                new TargetResult("pickup-putdown-ghosts", "ghost reps during pick-ups and put-downs",
                        "≤ " + t.maxPickupPutdownGhostReps(), anyTruth ? all.pickupPutdownGhostReps() : Double.NaN,
                        anyTruth ? String.valueOf(all.pickupPutdownGhostReps()) : "-",
                        !anyTruth ? Status.NOT_MEASURED
                                : all.pickupPutdownGhostReps() <= t.maxPickupPutdownGhostReps() ? Status.PASS : Status.FAIL),
                new TargetResult("sets-found", "true sets with at least one rep found", "all",
                        all.trueSets() == 0 ? Double.NaN : (double) all.setsFound() / all.trueSets(),
                        all.trueSets() == 0 ? "-" : all.setsFound() + "/" + all.trueSets(),
                        all.trueSets() == 0 ? Status.NOT_MEASURED
                                : all.setsFound() == all.trueSets() ? Status.PASS : Status.FAIL),
                atMost("mcv-mae-gyro", "MCV mean absolute error with gyroscope, m/s", t.maxMcvMaeGyroMps(),
                        s.gyro().mcvMaeMps()),
                atMost("mcv-mae-accel-only", "MCV mean absolute error accelerometer-only, m/s",
                        t.maxMcvMaeAccelOnlyMps(), s.accelOnly().mcvMaeMps()),
                atMost("rom-mae", "ROM mean absolute error, m", t.maxRomMaeM(), all.romMaeM()),
                share("count-exact", "count-only files with the exact rep count",
                        String.format(Locale.ROOT, "≥ %.1f %%", t.minCountExactFraction() * 100), c.exact(), c.files(),
                        c.exact() >= Math.ceil(t.minCountExactFraction() * c.files() - 1e-9)),
                share("count-within-one", "count-only files within one rep", "all", c.withinOne(), c.files(),
                        c.withinOne() == c.files()),
                atLeast("grade-accuracy", "sway grade accuracy, matched reps", t.minGradeAccuracy(),
                        all.grades().accuracy(), 3),
                atLeast("grade-accuracy-clear", "sway grade accuracy, reps ≥ 3° from a threshold",
                        t.minClearGradeAccuracy(), all.grades().clearAccuracy(), 3),
                numeric("swing-mae", "torso swing mean absolute error, degrees", "≤ " + format(t.maxSwingMaeDeg(), 1),
                        all.grades().swingMaeDeg(), 2, all.grades().swingMaeDeg() <= t.maxSwingMaeDeg()));
    }

    private static TargetResult atLeast(String id, String description, double min, double measured, int decimals) {
        return numeric(id, description, "≥ " + format(min, decimals), measured, decimals, measured >= min);
    }

    private static TargetResult atMost(String id, String description, double max, double measured) {
        return numeric(id, description, "≤ " + format(max, 3), measured, 3, measured <= max);
    }

    private static TargetResult numeric(String id, String description, String threshold, double measured,
                                        int decimals, boolean met) {
        if (Double.isNaN(measured)) {
            return new TargetResult(id, description, threshold, Double.NaN, "-", Status.NOT_MEASURED);
        }
        return new TargetResult(id, description, threshold, measured, format(measured, decimals),
                met ? Status.PASS : Status.FAIL);
    }

    private static TargetResult share(String id, String description, String threshold, int count, int files, boolean met) {
        if (files == 0) {
            return new TargetResult(id, description, threshold, Double.NaN, "-", Status.NOT_MEASURED);
        }
        return new TargetResult(id, description, threshold, (double) count / files, count + "/" + files,
                met ? Status.PASS : Status.FAIL);
    }

    private static String format(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
