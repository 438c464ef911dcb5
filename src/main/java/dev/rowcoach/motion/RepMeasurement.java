package dev.rowcoach.motion;

/**
 * A rep as measured from the drift-corrected velocity, before it is numbered into a set. Times are
 * stream seconds.
 *
 * @param startS        concentric start (upward zero crossing of the corrected vertical velocity)
 * @param topS          concentric end (downward zero crossing)
 * @param eccentricS    start of the descent (first velocity below the "not moving" band after the top)
 * @param bottomS       end of the eccentric
 * @param romM          vertical displacement over the concentric, m
 * @param peakMps       highest vertical velocity in the concentric, m/s
 * @param descentM      how far the bar came back down after the top, m (so far, while the bottom is tracked)
 * @param stillAtTopS   the longest time the sensor was still between the top and the bottom, s (a row's top
 *                      turnaround is never still for long; standing with the bar is)
 * @param restMode      whether the rep ended at rest (last rep of a set, dead stop) rather than touch-and-go
 * @param shape         path features for grading (null when the rep could not be measured)
 * @param topHoldS      how long the bar stayed at its top before going down faster than
 *                      {@code CycleFitter.HOLD_END_MPS}, s: a squeeze (a slow drift of the fitted velocity during
 *                      the hold does not end it)
 */
record RepMeasurement(double startS, double topS, double eccentricS, double bottomS, double romM, double peakMps,
                      double descentM, double stillAtTopS, boolean restMode, RepShape shape,
                      double topHoldS) {

    /**
     * A rep counted from the detection velocity alone, across holes in the data: its times are the detection lobe's
     * (start, top) and the return's (bottom); nothing else was measured.
     */
    static RepMeasurement unmeasured(double startS, double topS, double bottomS, boolean restMode) {
        return new RepMeasurement(startS, topS, topS, bottomS, Double.NaN, Double.NaN, Double.NaN, 0, restMode, null,
                Double.NaN);
    }

    /** Whether the rep was measured (false: counted across holes in the data, without figures). */
    boolean measured() {
        return !Double.isNaN(romM);
    }

    double concentricS() {
        return topS - startS;
    }

    double meanVelocityMps() {
        return romM / Math.max(concentricS(), 1e-3);
    }

    /** This rep with its bottom found by tracking, after the bar went down a further {@code moreDescentM}. */
    RepMeasurement withBottom(double newBottomS, double moreDescentM) {
        return new RepMeasurement(startS, topS, eccentricS, newBottomS, romM, peakMps, descentM + moreDescentM,
                stillAtTopS, restMode, shape, topHoldS);
    }
}
