package dev.rowcoach.motion;

/**
 * Features of a rep's bar path in the world frame (vertical = against gravity, horizontal = the
 * dominant horizontal direction of the bar's motion in the rep), for grading body English. How each is
 * computed and what it means for a lifter: docs/GRADING.md.
 *
 * @param horizontalM            horizontal excursion of the bar during the concentric, m (≥ 0)
 * @param dipM                   pre-pull dip: how far the bar went down since it last nearly stopped before the
 *                               concentric (the end of the lowering, or a hold), m (≥ 0; 0 when the lowering ran
 *                               straight into the pull)
 * @param timeToPeakFraction     time from concentric start to peak velocity, as a fraction of the concentric
 * @param startVelocityMps       vertical velocity 50 ms after the concentric start, m/s
 * @param earlyPathM             size of the early component of the concentric path (vertical and horizontal),
 *                               when the path is split into a smooth pull over the whole concentric plus a
 *                               smooth movement that ends part-way through it: what a torso swing adds, m (≥ 0)
 * @param earlyVerticalM         the same split made on the vertical path alone: the early movement's height, m (≥ 0);
 *                               what is left to go on without a gyroscope, when the horizontal path is unreliable
 * @param earlyEndFraction       where the early component of the two-axis split ends, as a fraction of the
 *                               concentric (0.4–0.8)
 * @param path                   the bar path from the concentric start to the bottom, downsampled for reports
 *                               ({@link BarPath#NONE} when there is none); not used for grading
 */
public record RepShape(double horizontalM, double dipM, double timeToPeakFraction, double startVelocityMps,
                       double earlyPathM, double earlyVerticalM, double earlyEndFraction, BarPath path) {

    public RepShape {
        if (path == null) {
            throw new IllegalArgumentException("path must be BarPath.NONE, not null, when there is none");
        }
    }

    /** The features without a path ({@link BarPath#NONE}). */
    public RepShape(double horizontalM, double dipM, double timeToPeakFraction, double startVelocityMps,
                    double earlyPathM, double earlyVerticalM, double earlyEndFraction) {
        this(horizontalM, dipM, timeToPeakFraction, startVelocityMps, earlyPathM, earlyVerticalM, earlyEndFraction,
                BarPath.NONE);
    }

    /** These features with {@code barPath}. */
    RepShape withPath(BarPath barPath) {
        return new RepShape(horizontalM, dipM, timeToPeakFraction, startVelocityMps, earlyPathM, earlyVerticalM,
                earlyEndFraction, barPath);
    }
}
