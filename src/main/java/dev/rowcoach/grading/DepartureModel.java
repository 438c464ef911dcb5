package dev.rowcoach.grading;

/**
 * How the torso swing is read from a rep's departure from the lifter's own strict reps (docs/GRADING.md). Whatever
 * the body, a torso that rises about the hips during the pull carries the shoulders, and with them the hands and the
 * bar, upward: the bar travels further than the arms alone take it. The lifter's strict reps show how far the arms
 * alone take it (the baseline ROM), so the extra height measures the swing. A pre-pull dip lengthens the pull from
 * below (the ROM includes it), so it is taken off the extra height and read on its own (the hips' counter-movement
 * before a drive):
 *
 * <pre>swing = romDegPerM × max(0, ROM − baseline ROM − dip) + dipDegPerM × dip + offsetDeg</pre>
 *
 * ROM and dip are vertical, so the model reads the same with or without a gyroscope. (The horizontal departure was
 * tried as well, the extra travel of both axes: it did worse across families, its measurement being noisier.) The
 * coefficients are fitted by least squares on one family of simulated lifters and judged on another
 * ({@code rowcoach bench grading}).
 *
 * @param romDegPerM         degrees of swing per metre of extra height (&gt; 0)
 * @param dipDegPerM         degrees of swing per metre of pre-pull dip (≥ 0)
 * @param offsetDeg          degrees added to every estimate (the residual's mean; true strict reps are 0–6°)
 * @param spreadGyroDeg      spread of the estimate around the true swing with a gyroscope, degrees: 1.25 × the
 *                           mean absolute error left on the family it was fitted on
 * @param spreadAccelOnlyDeg the same without a gyroscope, degrees
 * @throws IllegalArgumentException when a coefficient is out of range
 */
public record DepartureModel(double romDegPerM, double dipDegPerM, double offsetDeg, double spreadGyroDeg,
                             double spreadAccelOnlyDeg) {

    /**
     * Fitted on the rower family's grading grid (seeds 1–6, each session's first set its calibration set;
     * {@code rowcoach bench grading}, docs/GRADING.md) and judged on the hinge family's.
     */
    public static final DepartureModel FITTED = new DepartureModel(170.6, 104.3, 3.5, 4.0, 4.5);

    public DepartureModel {
        if (!(romDegPerM > 0 && dipDegPerM >= 0 && spreadGyroDeg > 0 && spreadAccelOnlyDeg > 0)
                || !Double.isFinite(romDegPerM + dipDegPerM + offsetDeg + spreadGyroDeg + spreadAccelOnlyDeg)) {
            throw new IllegalArgumentException("a departure model needs positive finite coefficients and spreads");
        }
    }

    /**
     * Estimated swing of a rep, degrees (≥ 0).
     *
     * @param romDepartureM the rep's ROM less the baseline ROM, m
     * @param dipM          the rep's pre-pull dip, m (NaN reads as none)
     */
    public double swingDeg(double romDepartureM, double dipM) {
        double dip = Double.isFinite(dipM) ? Math.max(0, dipM) : 0;
        return Math.max(0, romDegPerM * Math.max(0, romDepartureM - dip) + dipDegPerM * dip + offsetDeg);
    }

    /** The estimate's spread, degrees. */
    public double spreadDeg(boolean gyro) {
        return gyro ? spreadGyroDeg : spreadAccelOnlyDeg;
    }
}
