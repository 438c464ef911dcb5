package dev.rowcoach.grading;

/**
 * How the torso swing is read from a rep's departure from the lifter's own strict reps (docs/GRADING.md). Whatever
 * the body, a torso that rises about the hips during the pull carries the shoulders, and with them the hands and the
 * bar, along an arc about the hips: where the pull ends moves up and back, and the bar travels further than the arms
 * alone take it. The lifter's strict reps show how far the arms alone take it (the baseline), so the departure from
 * it measures the swing. How that departure splits between height and backward travel depends on the torso's angle
 * (upright torsos send more of it backward), but its length along the arc does not, so with a gyroscope, which makes
 * the horizontal path trustworthy, the length of the departure is read ({@link #arcDepartureM}), and so is the height
 * alone:
 *
 * <pre>swing = arcDegPerM × arc departure + offsetDeg</pre>
 *
 * <pre>swing = verticalDegPerM × ROM departure + verticalOffsetDeg</pre>
 *
 * The estimate is the median of these two and the early movement's reading ({@link #swingDeg}). Without a
 * gyroscope (the horizontal path is then off by centimetres), or when the baseline has no horizontal excursion (a
 * calibration kept in the history holds the ROM alone), the height alone is the estimate.
 *
 * <p>The ROM departure includes a pre-pull dip (the pull starts from its bottom): the hips' counter-movement before a
 * drive is part of the movement the swing is. The coefficients are fitted robustly (Huber) on one family of simulated
 * lifters and judged on another ({@code rowcoach bench grading}).
 *
 * @param arcDegPerM         degrees of swing per metre of arc departure ({@link #arcDepartureM}) (&gt; 0)
 * @param offsetDeg          degrees added to the arc's estimate (true strict reps are 0–6°, not 0)
 * @param verticalDegPerM    degrees of swing per metre of ROM departure, read alone (&gt; 0)
 * @param verticalOffsetDeg  degrees added to the height-alone estimate
 * @param spreadGyroDeg      spread of the estimate around the true swing with a gyroscope, degrees: 1.25 × the
 *                           mean absolute error left on the family it was fitted on
 * @param spreadAccelOnlyDeg the same without a gyroscope, degrees
 * @throws IllegalArgumentException when a coefficient is out of range
 */
public record DepartureModel(double arcDegPerM, double offsetDeg, double verticalDegPerM, double verticalOffsetDeg,
                             double spreadGyroDeg, double spreadAccelOnlyDeg) {

    /**
     * Fitted on the rower family's grading grid (seeds 1–6, each session's first set its calibration set;
     * {@code rowcoach bench grading}, docs/GRADING.md) and judged on the hinge family's.
     */
    public static final DepartureModel FITTED = new DepartureModel(126.4, 4.6, 150.8, 4.3, 3.5, 4.5);

    public DepartureModel {
        if (!(arcDegPerM > 0 && verticalDegPerM > 0 && spreadGyroDeg > 0 && spreadAccelOnlyDeg > 0)
                || !Double.isFinite(arcDegPerM + offsetDeg + verticalDegPerM + verticalOffsetDeg + spreadGyroDeg
                + spreadAccelOnlyDeg)) {
            throw new IllegalArgumentException("a departure model needs positive finite coefficients and spreads");
        }
    }

    /**
     * How far a rep's pull departed from the baseline on both axes, m: the length of the departure (the ROM's and the
     * horizontal excursion's departures as one displacement), positive when the pull went further (up and back
     * together, as a rising torso takes it whatever the torso's angle), negative when it fell short. A point turned
     * by Δθ about the hips moves 2·r·sin(Δθ / 2) along its chord whatever the torso's angle, where the height alone
     * gives r·Δθ·cos of an angle the bar cannot see.
     *
     * @param romDepartureM        the rep's ROM less the baseline ROM, m
     * @param horizontalDepartureM the rep's horizontal excursion less the baseline's, m
     */
    public static double arcDepartureM(double romDepartureM, double horizontalDepartureM) {
        return Math.copySign(Math.hypot(romDepartureM, horizontalDepartureM), romDepartureM + horizontalDepartureM);
    }

    /**
     * Estimated swing of a rep, degrees (≥ 0). With both axes the two departure readings, the arc's and the
     * height alone, bound the estimate, and the early movement's reading decides within those bounds (it is the median
     * of the three): where the departures agree the early movement barely matters, and where they disagree (a
     * horizontal path that ran long on a strict rep; an upright torso whose swing went back more than up) the reading
     * nearer to it is taken, so neither a noisy axis nor the early movement's own habits can carry the estimate
     * beyond what the departures allow.
     *
     * @param romDepartureM        the rep's ROM less the baseline ROM, m
     * @param horizontalDepartureM the rep's horizontal excursion less the baseline's, m; NaN when the baseline has none
     * @param earlySwingDeg        the swing the rep's early movement reads ({@link SwingModel}), degrees
     * @param gyro                 whether the orientation came from a gyroscope (else the height alone is read)
     */
    public double swingDeg(double romDepartureM, double horizontalDepartureM, double earlySwingDeg, boolean gyro) {
        double height = heightSwingDeg(romDepartureM);
        if (!readsBothAxes(horizontalDepartureM, gyro)) {
            return height;
        }
        double arc = Math.max(0, arcDegPerM * arcDepartureM(romDepartureM, horizontalDepartureM) + offsetDeg);
        double early = Double.isFinite(earlySwingDeg) ? earlySwingDeg : arc;
        return Math.max(Math.min(arc, height), Math.min(Math.max(arc, height), early));
    }

    /** The height-alone reading, degrees (≥ 0). */
    public double heightSwingDeg(double romDepartureM) {
        return Math.max(0, verticalDegPerM * romDepartureM + verticalOffsetDeg);
    }

    /** Whether a rep is read from both axes (a gyroscope and a horizontal baseline) rather than the height alone. */
    public static boolean readsBothAxes(double horizontalDepartureM, boolean gyro) {
        return gyro && Double.isFinite(horizontalDepartureM);
    }

    /** The estimate's spread, degrees. */
    public double spreadDeg(boolean gyro) {
        return gyro ? spreadGyroDeg : spreadAccelOnlyDeg;
    }
}
