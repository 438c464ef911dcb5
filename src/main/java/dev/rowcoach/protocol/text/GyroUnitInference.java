package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.GyroUnit;

import java.util.List;
import java.util.Locale;

/**
 * Tells whether an unlabelled gyroscope column is in rad/s or °/s from the signal itself, by asking which
 * unit makes the gyroscope agree with the accelerometer: when the sensor turns, the direction of gravity
 * in its frame turns by the angle the gyroscope integrates (its component perpendicular to gravity).
 * Over windows of {@value #WINDOW_S} s the angle between the accelerometer's directions at the window's
 * ends is compared with the gyroscope's rotation read as rad/s and as °/s; the unit with the smaller total
 * disagreement wins. Values too fast for a bar in rad/s (more than {@value #MAX_PLAUSIBLE_RADS} rad/s
 * above the bias on {@value #MIN_FAST_ROWS} rows) mean °/s outright.
 *
 * <p>A sensor at rest cannot tell the units apart (no turning, both readings agree with a still
 * accelerometer): the verdict is then not {@link Verdict#decisive()}, and the caller may look at more rows
 * or say that it guessed. Linear acceleration also turns the measured direction; it adds the same error to
 * both units, which is why a decision needs a clear ratio (°/s: rad/s disagreement {@value #DPS_RATIO}
 * times larger; rad/s: at most {@value #RADS_RATIO} times the °/s disagreement over at least
 * {@value #RADS_MIN_TURN_RAD} rad of turning).
 */
final class GyroUnitInference {

    /** Largest |ω − bias| in rad/s we expect from a bar; faster rows mean the column is in °/s. */
    static final double MAX_PLAUSIBLE_RADS = 12.0;
    /** Rows beyond {@link #MAX_PLAUSIBLE_RADS} needed, so that one corrupt row decides nothing. */
    static final int MIN_FAST_ROWS = 3;
    static final double WINDOW_S = 0.2;
    /** Rows further apart than this are not integrated across (a gap), s. */
    private static final double MAX_STEP_S = 0.5;
    static final double DPS_RATIO = 4.0;
    static final double RADS_RATIO = 0.8;
    static final double RADS_MIN_TURN_RAD = 1.0;
    private static final int DPS_MIN_WINDOWS = 3;
    private static final int RADS_MIN_WINDOWS = 10;

    private GyroUnitInference() {
    }

    /**
     * @param unit     the unit that fits the data best
     * @param decisive whether the data clearly shows it (else the unit is a guess, and more rows may help)
     * @param why      the evidence, in a few words for a notice
     */
    record Verdict(GyroUnit unit, boolean decisive, String why) {
    }

    /**
     * @param rows    numeric rows, each at least as wide as the columns named
     * @param time    index of the time column
     * @param toS     factor from the time column's unit to seconds
     * @param accel   the x, y, z accelerometer columns
     * @param gyro    the x, y, z gyroscope columns
     */
    static Verdict judge(List<double[]> rows, int time, double toS, int[] accel, int[] gyro) {
        int n = rows.size();
        double[] bias = new double[3];
        double[] column = new double[n];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < n; i++) {
                column[i] = rows.get(i)[gyro[k]];
            }
            bias[k] = LayoutResolver.median(column);
        }
        int fast = 0;
        double fastest = 0;
        for (double[] r : rows) {
            double m = Math.max(Math.abs(r[gyro[0]] - bias[0]), Math.max(Math.abs(r[gyro[1]] - bias[1]), Math.abs(r[gyro[2]] - bias[2])));
            fastest = Math.max(fastest, m);
            if (m > MAX_PLAUSIBLE_RADS) {
                fast++;
            }
        }
        if (fast >= MIN_FAST_ROWS) {
            return new Verdict(GyroUnit.DPS, true, String.format(Locale.ROOT,
                    "rates up to %.0f, too fast for a bar in rad/s", fastest));
        }
        double costRads = 0;
        double costDps = 0;
        double turnRads = 0;
        int windows = 0;
        int start = 0;
        double phiX = 0, phiY = 0, phiZ = 0;
        for (int i = 1; i < n; i++) {
            double[] prev = rows.get(i - 1);
            double[] r = rows.get(i);
            double dt = (r[time] - prev[time]) * toS;
            if (dt > 0 && dt < MAX_STEP_S) {
                phiX += (prev[gyro[0]] - bias[0]) * dt;
                phiY += (prev[gyro[1]] - bias[1]) * dt;
                phiZ += (prev[gyro[2]] - bias[2]) * dt;
            }
            double span = (r[time] - rows.get(start)[time]) * toS;
            if (span >= WINDOW_S) {
                double[] a = rows.get(start);
                double ax = a[accel[0]], ay = a[accel[1]], az = a[accel[2]];
                double bx = r[accel[0]], by = r[accel[1]], bz = r[accel[2]];
                double na = Math.sqrt(ax * ax + ay * ay + az * az);
                double nb = Math.sqrt(bx * bx + by * by + bz * bz);
                if (na > 0 && nb > 0 && span < 4 * WINDOW_S) {
                    double cos = (ax * bx + ay * by + az * bz) / (na * nb);
                    double turned = Math.acos(Math.max(-1, Math.min(1, cos)));
                    // the rotation's component perpendicular to gravity's direction, |φ × â|
                    double cx = phiY * az - phiZ * ay, cy = phiZ * ax - phiX * az, cz = phiX * ay - phiY * ax;
                    double perpendicular = Math.sqrt(cx * cx + cy * cy + cz * cz) / na;
                    costRads += Math.abs(perpendicular - turned);
                    costDps += Math.abs(perpendicular * Math.PI / 180 - turned);
                    turnRads += perpendicular;
                    windows++;
                }
                start = i;
                phiX = phiY = phiZ = 0;
            }
        }
        double ratio = costRads / Math.max(costDps, 1e-12);
        String evidence = String.format(Locale.ROOT, "the turning it measures, read as rad/s, misses the accelerometer's"
                + " by %.2f times as much as read as deg/s (%d windows of %.1f s)", ratio, windows, WINDOW_S);
        if (windows >= DPS_MIN_WINDOWS && ratio >= DPS_RATIO) {
            return new Verdict(GyroUnit.DPS, true, evidence);
        }
        if (windows >= RADS_MIN_WINDOWS && ratio <= RADS_RATIO && turnRads >= RADS_MIN_TURN_RAD) {
            return new Verdict(GyroUnit.RADS, true, evidence);
        }
        return new Verdict(ratio >= 2 ? GyroUnit.DPS : GyroUnit.RADS, false, windows == 0
                ? "too few rows to compare it with the accelerometer"
                : String.format(Locale.ROOT, "the sensor hardly turned (%.1f rad if in rad/s, over %d windows of %.1f s),"
                        + " which does not show the unit", turnRads, windows, WINDOW_S));
    }
}
