package dev.rowcoach.motion;

/**
 * One repetition, as the motion core measured it. Times are seconds on the stream timeline (since the
 * first sample; only forward steps of the device clock count, see {@code StreamStats}).
 *
 * @param setIndex                  1-based set this rep belongs to
 * @param index                     1-based position in its set
 * @param concentricStartS          start of the concentric: the bar starts moving toward the lifter
 *                                  (vertical velocity turns positive), s
 * @param concentricEndS            end of the concentric: vertical velocity falls back to zero at the top, s
 * @param endS                      end of the eccentric: the bar is back at the bottom, s
 * @param romM                      range of motion: vertical displacement during the concentric, m
 * @param meanConcentricVelocityMps mean vertical velocity over the concentric (ROM / duration), m/s
 * @param peakConcentricVelocityMps highest vertical velocity during the concentric, m/s
 * @param concentricDurationS       concentric duration, s
 * @param eccentricDurationS        from the top to the end of the eccentric, s
 * @param confidence                0–1: how much the measurement can be trusted (lower without a gyroscope,
 *                                  at low rates, after gaps, or when the rep did not start from a known state)
 * @param shape                     the rep's bar path in the world frame, for sway grading
 * @param reportedS                 when the motion core was sure of the rep and reported it, s (its latency is
 *                                  this minus {@code endS})
 * @param gapS                      how much of the rep (concentric start to the bottom) fell into holes in the data
 *                                  that were bridged with an estimate, s (0 when every moment was measured)
 * @param concentricGapS            how much of the concentric (start to top) was bridged, s
 * @param topHoldS                  how long the bar stayed at the top before the descent began (a squeeze), s
 */
public record Rep(int setIndex, int index, double concentricStartS, double concentricEndS, double endS,
                  double romM, double meanConcentricVelocityMps, double peakConcentricVelocityMps,
                  double concentricDurationS, double eccentricDurationS, double confidence, RepShape shape,
                  double reportedS, double gapS, double concentricGapS, double topHoldS) {

    /**
     * The largest share of a concentric that may have been bridged over holes in the data for its velocities,
     * duration and ROM to stand as measurements: where a hole lies in the pull, its top is placed late and its
     * velocity is off by 0.1–0.15 m/s on average, more than a set's velocity loss (MOTION.md, "Holes in the data").
     */
    private static final double MAX_BRIDGED_PULL = 0.1;

    /** Whether too much of the pull was bridged over holes ({@link #MAX_BRIDGED_PULL}) for its figures to stand. */
    public boolean pullBridged() {
        return concentricGapS > MAX_BRIDGED_PULL * concentricDurationS;
    }

    /** A rep measured without holes, whose top hold is not known. */
    public Rep(int setIndex, int index, double concentricStartS, double concentricEndS, double endS, double romM,
               double meanConcentricVelocityMps, double peakConcentricVelocityMps, double concentricDurationS,
               double eccentricDurationS, double confidence, RepShape shape, double reportedS) {
        this(setIndex, index, concentricStartS, concentricEndS, endS, romM, meanConcentricVelocityMps,
                peakConcentricVelocityMps, concentricDurationS, eccentricDurationS, confidence, shape, reportedS, 0, 0,
                Double.NaN);
    }
}
