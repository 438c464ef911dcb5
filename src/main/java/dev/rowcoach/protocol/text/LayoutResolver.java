package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.text.CsvLayout.Unresolved;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;

import dev.rowcoach.sensor.Sample;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds a {@link CsvLayout} from a header row, from a user's {@code --columns} mapping, or by looking at
 * the first data rows of a headerless file. Units the text does not state are inferred from the data:
 * the median step of the time column, the median magnitude of the acceleration (≈1 in g, ≈9.8 in m/s²).
 */
final class LayoutResolver {

    /** Relative distance of the median |a| from gravity beyond which the accelerometer unit is a doubtful guess. */
    private static final double ACCEL_DOUBT = 0.25;

    private LayoutResolver() {
    }

    /** Units the caller already knows (from the user or file metadata); null fields are inferred. */
    record Units(TimeScale time, AccelUnit accel, GyroUnit gyro) {
    }

    static CsvLayout fromHeader(List<String> cells, Units known, List<double[]> rows) throws Unresolved {
        int time = -1;
        TimeScale timeScale = null;
        int[] accel = {-1, -1, -1};
        int[] gyro = {-1, -1, -1};
        AccelUnit accelUnit = null;
        GyroUnit gyroUnit = null;
        for (int i = 0; i < cells.size(); i++) {
            ColumnNames.Role r = ColumnNames.classify(cells.get(i));
            switch (r.kind()) {
                case TIME -> {
                    if (time < 0) {
                        time = i;
                        timeScale = r.timeScale();
                    }
                }
                case ACCEL -> {
                    if (accel[r.axis()] < 0) {
                        accel[r.axis()] = i;
                        accelUnit = accelUnit == null ? r.accelUnit() : accelUnit;
                    }
                }
                case GYRO -> {
                    if (gyro[r.axis()] < 0) {
                        gyro[r.axis()] = i;
                        gyroUnit = gyroUnit == null ? r.gyroUnit() : gyroUnit;
                    }
                }
                case OTHER -> { }
            }
        }
        if (time < 0) {
            throw new Unresolved("no time column in header (" + String.join(",", cells) + ")");
        }
        if (accel[0] < 0 || accel[1] < 0 || accel[2] < 0) {
            throw new Unresolved("no x, y and z accelerometer columns in header (" + String.join(",", cells) + ")");
        }
        int gyroFound = (gyro[0] >= 0 ? 1 : 0) + (gyro[1] >= 0 ? 1 : 0) + (gyro[2] >= 0 ? 1 : 0);
        if (gyroFound != 0 && gyroFound != 3) {
            throw new Unresolved("only " + gyroFound + " of 3 gyroscope columns in header");
        }
        return complete(time, pick(known.time(), timeScale), accel, pick(known.accel(), accelUnit),
                gyroFound == 3 ? gyro : null, pick(known.gyro(), gyroUnit), rows, "header row");
    }

    /**
     * From a mapping such as {@code "id,t_ms,ax,ay,az,gx,gy,gz"}: {@code t_s|t_ms|t_us|t_ns|t} names the
     * time column, {@code ax..az} and {@code gx..gz} the axes; any other word marks a column to ignore.
     */
    static CsvLayout fromMapping(String mapping, Units known, List<double[]> rows) throws Unresolved {
        String[] names = mapping.split(",", -1);
        int time = -1;
        TimeScale timeScale = null;
        int[] accel = {-1, -1, -1};
        int[] gyro = {-1, -1, -1};
        for (int i = 0; i < names.length; i++) {
            String n = names[i].trim().toLowerCase(java.util.Locale.ROOT);
            if (n.equals("t") || n.startsWith("t_")) {
                if (time >= 0) {
                    throw new Unresolved("--columns names two time columns");
                }
                time = i;
                timeScale = n.equals("t") ? null : TimeScale.fromUnitWord(n.substring(2));
                if (!n.equals("t") && timeScale == null) {
                    throw new Unresolved("--columns: unknown time unit in '" + n + "' (use t_s, t_ms, t_us or t_ns)");
                }
            } else if (n.length() == 2 && (n.charAt(0) == 'a' || n.charAt(0) == 'g') && "xyz".indexOf(n.charAt(1)) >= 0) {
                int[] target = n.charAt(0) == 'a' ? accel : gyro;
                int axis = n.charAt(1) - 'x';
                if (target[axis] >= 0) {
                    throw new Unresolved("--columns names " + n + " twice");
                }
                target[axis] = i;
            }
        }
        if (time < 0 || accel[0] < 0 || accel[1] < 0 || accel[2] < 0) {
            throw new Unresolved("--columns must name a time column (t_s, t_ms, t_us or t_ns) and ax, ay, az");
        }
        boolean anyGyro = gyro[0] >= 0 || gyro[1] >= 0 || gyro[2] >= 0;
        if (anyGyro && (gyro[0] < 0 || gyro[1] < 0 || gyro[2] < 0)) {
            throw new Unresolved("--columns names some but not all of gx, gy, gz");
        }
        return complete(time, pick(known.time(), timeScale), accel, known.accel(), anyGyro ? gyro : null,
                known.gyro(), rows, "--columns " + mapping);
    }

    /** Guesses the layout of headerless rows: the first increasing column is time, then an accel triple. */
    static CsvLayout guess(Units known, List<double[]> rows) throws Unresolved {
        if (rows.size() < 3) {
            throw new Unresolved("too few data rows to recognise columns (" + rows.size() + ")");
        }
        int width = Integer.MAX_VALUE;
        for (double[] r : rows) {
            width = Math.min(width, r.length);
        }
        if (width < 4) {
            throw new Unresolved("fewer than 4 numeric columns");
        }
        int time = -1;
        for (int c = 0; c < width && time < 0; c++) {
            if (increasing(rows, c) && scaleOf(rows, c) != null) {
                time = c;
            }
        }
        if (time < 0) {
            throw new Unresolved("no column increases like a clock");
        }
        for (int c = 0; c + 2 < width; c++) {
            if (c <= time && time <= c + 2) {
                continue;
            }
            int[] accel = {c, c + 1, c + 2};
            AccelUnit unit = known.accel() != null ? known.accel() : accelUnitFromMagnitude(rows, accel);
            if (unit == null) {
                continue;
            }
            int[] gyro = c + 5 < width && (time < c + 3 || time > c + 5) ? new int[]{c + 3, c + 4, c + 5} : null;
            return complete(time, known.time(), accel, known.accel(), gyro, known.gyro(), rows, "no header: guessed from the data");
        }
        throw new Unresolved("no three columns look like an accelerometer (|a| near 1 g or 9.8 m/s²)");
    }

    private static CsvLayout complete(int time, TimeScale timeScale, int[] accel, AccelUnit accelUnit, int[] gyro,
                                      GyroUnit gyroUnit, List<double[]> rows, String how) throws Unresolved {
        int needed = new CsvLayout(time, TimeScale.S, accel, AccelUnit.G, gyro, GyroUnit.RADS, how, List.of(), List.of(), List.of(), false)
                .minFields();
        rows = rows.stream().filter(r -> r.length >= needed).toList();
        List<String> inferred = new java.util.ArrayList<>();
        List<String> evidence = new java.util.ArrayList<>();
        List<String> doubtful = new java.util.ArrayList<>();
        if (timeScale == null) {
            double step = medianStep(rows, time);
            timeScale = scaleOf(rows, time);
            if (timeScale == null) {
                throw new Unresolved("cannot tell the unit of the time column; give it with --columns (t_s, t_ms, t_us, t_ns)");
            }
            inferred.add("time");
            evidence.add(String.format(Locale.ROOT, "time in %s: the median step is %s", timeScale.id, number(step)));
            if (TimeScale.ambiguous(step)) {
                doubtful.add(String.format(Locale.ROOT, "The time column's unit is a guess, %s: its median step of %s fits"
                        + " another unit too; if durations look wrong, give the unit with --columns (e.g. t_ms).", timeScale.id, number(step)));
            }
        }
        if (accelUnit == null) {
            double norm = medianNorm(rows, accel);
            accelUnit = AccelUnit.fromMedianNorm(norm);
            if (accelUnit == null) {
                throw new Unresolved("cannot tell the accelerometer unit (median |a| = "
                        + String.format(Locale.ROOT, "%.2f", norm) + "); pass --accel-unit g|mps2");
            }
            inferred.add("accel");
            double gravity = Sample.STANDARD_GRAVITY / accelUnit.toMps2();
            evidence.add(String.format(Locale.ROOT, "accel in %s: the median |a| is %.2f, gravity in %s is %.2f",
                    accelUnit.id(), norm, accelUnit.id(), gravity));
            if (Math.abs(norm / gravity - 1) > ACCEL_DOUBT) {
                doubtful.add(String.format(Locale.ROOT, "The accelerometer's unit is a guess, %s: its median |a| of %.2f is far"
                        + " from gravity in %s (%.2f); if the figures look wrong, give the unit with --accel-unit g|mps2.",
                        accelUnit.id(), norm, accelUnit.id(), gravity));
            }
        }
        List<String> gyroDoubt = List.of();
        if (gyro != null && gyroUnit == null) {
            GyroUnitInference.Verdict v = GyroUnitInference.judge(rows, time, timeScale.toUs / 1e6, accel, gyro);
            gyroUnit = v.unit();
            inferred.add("gyro");
            evidence.add("gyro in " + gyroUnit.id() + ": " + v.why());
            if (!v.decisive()) {
                gyroDoubt = List.of("The gyroscope's unit is a guess, " + gyroUnit.id() + ": " + v.why()
                        + "; if angles or velocities look wrong, give the unit with --gyro-unit dps|rads.");
            }
        }
        return new CsvLayout(time, timeScale, accel, accelUnit, gyro, gyroUnit, how, List.copyOf(inferred),
                List.copyOf(evidence), concat(doubtful, gyroDoubt), !gyroDoubt.isEmpty());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * The rows with the most common number of fields (the longest such count on a tie), so that a short or
     * long line among the first rows cannot take part in recognising the columns; such lines are later
     * decoded (or counted as malformed) on their own.
     */
    static List<double[]> ofCommonWidth(List<double[]> rows) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int width = 0;
        int best = 0;
        for (double[] r : rows) {
            int n = counts.merge(r.length, 1, Integer::sum);
            if (n > best || n == best && r.length > width) {
                best = n;
                width = r.length;
            }
        }
        List<double[]> out = new java.util.ArrayList<>(rows.size());
        for (double[] r : rows) {
            if (r.length == width) {
                out.add(r);
            }
        }
        return out;
    }

    private static <T> T pick(T user, T fromFile) {
        return user != null ? user : fromFile;
    }

    private static boolean increasing(List<double[]> rows, int c) {
        for (int i = 1; i < rows.size(); i++) {
            if (!(rows.get(i)[c] > rows.get(i - 1)[c])) {
                return false;
            }
        }
        return true;
    }

    private static TimeScale scaleOf(List<double[]> rows, int c) {
        if (rows.size() < 2) {
            return null;
        }
        boolean integral = true;
        for (double[] r : rows) {
            integral &= r[c] == Math.rint(r[c]);
        }
        return TimeScale.fromMedianStep(medianStep(rows, c), integral);
    }

    private static double medianStep(List<double[]> rows, int c) {
        double[] steps = new double[Math.max(0, rows.size() - 1)];
        for (int i = 1; i < rows.size(); i++) {
            steps[i - 1] = rows.get(i)[c] - rows.get(i - 1)[c];
        }
        return median(steps);
    }

    private static AccelUnit accelUnitFromMagnitude(List<double[]> rows, int[] accel) {
        return AccelUnit.fromMedianNorm(medianNorm(rows, accel));
    }

    private static double medianNorm(List<double[]> rows, int[] cols) {
        double[] norms = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            norms[i] = Math.sqrt(r[cols[0]] * r[cols[0]] + r[cols[1]] * r[cols[1]] + r[cols[2]] * r[cols[2]]);
        }
        return median(norms);
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
