package dev.rowcoach.lab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One way of degrading a recording, as a wireless link and a slow sensor degrade it: a lower rate, bursts of
 * lost samples, jittered timestamps and re-sent (duplicated) samples, applied in that order by {@link Degrader};
 * and as another sensor would have read it: mounted turned on the bar, with a gain error, a gyroscope bias and
 * more noise, applied to each kept sample's readings in that order.
 *
 * @param rateHz            keep at most this many samples per second (the first at or after each tick of a
 *                          grid at this rate), Hz; {@code NaN} keeps the recording's own rate
 * @param lossFraction      share of the stream's time that falls into holes, 0–0.9
 * @param burstMinS         shortest hole, s
 * @param burstMaxS         longest hole, s (hole lengths are uniform between the two)
 * @param jitterS           each kept timestamp is moved later by up to this (uniform, kept in order), s
 * @param duplicateFraction share of kept samples re-sent 2–4 ms later with the same values, 0–1
 * @param mountDeg          the sensor turned by this angle about an axis oblique to all three of its own, degrees
 * @param gainError         every reading scaled by 1 + this (a calibration error), −0.5–0.5
 * @param gyroBiasRads      added to the three angular rates, with signs +, −, + (an uncalibrated gyroscope), rad/s
 * @param noiseMps2         white noise of this standard deviation added to each acceleration, and of a tenth of it in
 *                          rad/s to each angular rate (a sensor's rate noise is about a tenth of its acceleration
 *                          noise in these units), m/s²
 */
public record Degradation(double rateHz, double lossFraction, double burstMinS, double burstMaxS, double jitterS,
                          double duplicateFraction, double mountDeg, double gainError, double gyroBiasRads,
                          double noiseMps2) {

    /** Nothing changed. */
    public static final Degradation NONE = link(Double.NaN, 0, 0.2, 0.45, 0, 0);

    /** The angular-rate noise per unit of acceleration noise, (rad/s) / (m/s²). */
    static final double GYRO_NOISE_PER_ACCEL = 0.1;

    private static final String KEYS = "rate, loss, burst, jitter, dup, mount, gain, gbias, noise";

    public Degradation {
        if (!Double.isNaN(rateHz) && !(rateHz >= 1 && rateHz <= 10_000)) {
            throw new IllegalArgumentException("rate must be 1–10000 Hz, got " + rateHz);
        }
        if (!(lossFraction >= 0 && lossFraction <= 0.9)) {
            throw new IllegalArgumentException("loss must be 0–90 %, got " + lossFraction * 100);
        }
        if (!(burstMinS > 0 && burstMaxS >= burstMinS && burstMaxS <= 10)) {
            throw new IllegalArgumentException("burst lengths must satisfy 0 < min ≤ max ≤ 10 s");
        }
        if (!(jitterS >= 0 && jitterS <= 0.1)) {
            throw new IllegalArgumentException("jitter must be 0–100 ms, got " + jitterS * 1000);
        }
        if (!(duplicateFraction >= 0 && duplicateFraction <= 1)) {
            throw new IllegalArgumentException("duplicates must be 0–100 %, got " + duplicateFraction * 100);
        }
        if (!(mountDeg >= -180 && mountDeg <= 180)) {
            throw new IllegalArgumentException("mount must be −180–180 degrees, got " + mountDeg);
        }
        if (!(gainError >= -0.5 && gainError <= 0.5)) {
            throw new IllegalArgumentException("gain must be −50–50 %, got " + gainError * 100);
        }
        if (!(Math.abs(gyroBiasRads) <= 1)) {
            throw new IllegalArgumentException("gbias must be −1–1 rad/s, got " + gyroBiasRads);
        }
        if (!(noiseMps2 >= 0 && noiseMps2 <= 5)) {
            throw new IllegalArgumentException("noise must be 0–5 m/s², got " + noiseMps2);
        }
    }

    /** A degradation of the link and the rate only: the sensor's readings unchanged. */
    public static Degradation link(double rateHz, double lossFraction, double burstMinS, double burstMaxS, double jitterS,
                                   double duplicateFraction) {
        return new Degradation(rateHz, lossFraction, burstMinS, burstMaxS, jitterS, duplicateFraction, 0, 0, 0, 0);
    }

    /**
     * Parses a cell such as {@code rate=25,loss=20%,burst=0.2-0.45,jitter=5ms,dup=20%} or
     * {@code mount=35,gain=6%,gbias=0.05,noise=0.15} (any subset, in any order; {@code clean} for none).
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public static Degradation parse(String spec) {
        double rate = Double.NaN, loss = 0, bMin = NONE.burstMinS, bMax = NONE.burstMaxS, jitter = 0, dup = 0;
        double mount = 0, gain = 0, gyroBias = 0, noise = 0;
        String s = spec.trim();
        if (s.equals("clean") || s.isEmpty()) {
            return NONE;
        }
        for (String part : s.split("[,\\s]+")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("'" + part + "' is not KEY=VALUE (keys: " + KEYS + ")");
            }
            String key = part.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1);
            switch (key) {
                case "rate" -> rate = number(stripSuffix(value, "hz"), part);
                case "loss" -> loss = fraction(value, part);
                case "burst" -> {
                    String[] r = stripSuffix(value, "s").split("-", 2);
                    bMin = number(r[0], part);
                    bMax = r.length > 1 ? number(r[1], part) : bMin;
                }
                case "jitter" -> jitter = value.toLowerCase(Locale.ROOT).endsWith("ms")
                        ? number(value.substring(0, value.length() - 2), part) / 1000 : number(stripSuffix(value, "s"), part);
                case "dup" -> dup = fraction(value, part);
                case "mount" -> mount = number(stripSuffix(value, "deg"), part);
                case "gain" -> gain = fraction(value, part);
                case "gbias" -> gyroBias = number(value, part);
                case "noise" -> noise = number(value, part);
                default -> throw new IllegalArgumentException("unknown key '" + key + "' in '" + part
                        + "' (keys: " + KEYS + ")");
            }
        }
        return new Degradation(rate, loss, bMin, bMax, jitter, dup, mount, gain, gyroBias, noise);
    }

    /** The default grid of {@code bench robustness}: each degradation alone, then the target cells and combinations. */
    public static List<Degradation> defaultGrid() {
        List<Degradation> g = new ArrayList<>();
        g.add(NONE);
        for (double r : new double[] {50, 30, 25, 20}) {
            g.add(link(r, 0, 0.2, 0.45, 0, 0));
        }
        for (double loss : new double[] {0.1, 0.2, 0.3}) {
            g.add(link(Double.NaN, loss, 0.1, 0.6, 0, 0));
        }
        for (double r : new double[] {Double.NaN, 30, 25}) {
            for (double loss : new double[] {0.12, 0.25}) {
                g.add(link(r, loss, 0.2, 0.45, 0, 0));
            }
        }
        g.add(link(Double.NaN, 0, 0.2, 0.45, 0.005, 0));
        g.add(link(Double.NaN, 0, 0.2, 0.45, 0, 0.2));
        g.add(link(25, 0.2, 0.2, 0.45, 0.003, 0.2));
        g.add(link(20, 0.3, 0.1, 0.6, 0.005, 0.2));
        return g;
    }

    /** Whether this changes anything. */
    public boolean isNone() {
        return Double.isNaN(rateHz) && lossFraction == 0 && jitterS == 0 && duplicateFraction == 0 && !changesReadings();
    }

    /** Whether this changes the readings themselves (another sensor), not only which arrive and when. */
    public boolean changesReadings() {
        return mountDeg != 0 || gainError != 0 || gyroBiasRads != 0 || noiseMps2 != 0;
    }

    /** The cell as {@link #parse} reads it back, e.g. {@code rate=25 loss=20% burst=0.2-0.45}. */
    public String label() {
        if (isNone()) {
            return "clean";
        }
        List<String> p = new ArrayList<>();
        if (!Double.isNaN(rateHz)) {
            p.add(String.format(Locale.ROOT, "rate=%s", trim(rateHz)));
        }
        if (lossFraction > 0) {
            p.add(String.format(Locale.ROOT, "loss=%s%% burst=%s-%s", trim(lossFraction * 100), trim(burstMinS), trim(burstMaxS)));
        }
        if (jitterS > 0) {
            p.add(String.format(Locale.ROOT, "jitter=%sms", trim(jitterS * 1000)));
        }
        if (duplicateFraction > 0) {
            p.add(String.format(Locale.ROOT, "dup=%s%%", trim(duplicateFraction * 100)));
        }
        if (mountDeg != 0) {
            p.add("mount=" + trim(mountDeg));
        }
        if (gainError != 0) {
            p.add("gain=" + trim(gainError * 100) + "%");
        }
        if (gyroBiasRads != 0) {
            p.add("gbias=" + trim(gyroBiasRads));
        }
        if (noiseMps2 != 0) {
            p.add("noise=" + trim(noiseMps2));
        }
        return String.join(" ", p);
    }

    /** {@code v} without a trailing ".0" or the last digit's rounding noise (7 % is 7.000000000000001 × 1 %). */
    private static String trim(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    private static String stripSuffix(String v, String suffix) {
        return v.toLowerCase(Locale.ROOT).endsWith(suffix) ? v.substring(0, v.length() - suffix.length()) : v;
    }

    private static double fraction(String v, String part) {
        return v.endsWith("%") ? number(v.substring(0, v.length() - 1), part) / 100 : number(v, part);
    }

    private static double number(String v, String part) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + part + "': '" + v + "' is not a number");
        }
    }
}
