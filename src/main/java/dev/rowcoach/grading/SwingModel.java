package dev.rowcoach.grading;

import dev.rowcoach.motion.RepShape;
import org.apache.commons.math3.special.Erf;

/**
 * The torso-swing model (docs/GRADING.md): when the torso rises by Δθ about the hip during the pull, the
 * shoulders, and with them the hands and the bar, are carried along an arc of radius about the torso length,
 * so the bar gains a displacement of about L·Δθ, up and back toward the lifter, early in the pull (the torso
 * moves first, the arms finish). The motion core splits the concentric path into a smooth pull over the whole
 * concentric plus a smooth early movement ({@link RepShape#earlyPathM()}); this model reads that early movement
 * as the swing: Δθ = earlyPathM / L. Without a gyroscope the horizontal path is unreliable (a tilt taken from the
 * accelerometer alone turns gravity into horizontal motion), so the split is made on the vertical path alone
 * ({@link RepShape#earlyVerticalM()}) and read with its own lever: Δθ = earlyVerticalM / L_v.
 *
 * <p>L, the effective lever, was fitted on the simulator over a training grid of bodies, mounts and rates (torso
 * 15–45°, torso 0.45–0.60 m, arms 0.55–0.75 m, 100–1000 Hz, seeds 1–16): the lever, to 1 mm, that minimises the
 * mean absolute error of the estimated swing over the reps with a gyroscope. It lies among the simulated torso
 * lengths because the early movement also holds some of the arms' own start. L_v is fitted the same way on
 * {@code earlyVerticalM} over all of the grid's reps (the vertical path does not need the gyroscope, and the
 * sessions without one are few). {@code SwingGridTest} refits both ({@code -Dgrading.refit=true}) and judges them
 * on a held-out grid.
 */
public final class SwingModel {

    /** Effective lever of the torso swing on the bar's early movement (vertical and horizontal), m. */
    public static final double EFFECTIVE_LEVER_M = 0.559;
    /** Effective lever of the torso swing on the early movement's height alone, m. */
    public static final double VERTICAL_LEVER_M = 0.402;
    /**
     * Spread (standard deviation) of the estimate around the true swing, with a gyroscope, degrees: about 1.25 ×
     * the mean absolute error on the simulator's grids (2.4–3.1°; the ratio of the two for normal errors).
     */
    public static final double SPREAD_GYRO_DEG = 3.5;
    /**
     * The same without a gyroscope (read from the vertical path alone): from a mean absolute error of 2.1–4.3° on
     * the corpora and the held-out grid, degrees (docs/ACCURACY.md).
     */
    public static final double SPREAD_ACCEL_ONLY_DEG = 5.5;

    private SwingModel() {
    }

    /**
     * Estimated torso swing of a rep with these path features, degrees (≥ 0).
     *
     * @param gyro whether the orientation came from a gyroscope (else only the vertical path is used)
     */
    public static double swingDeg(RepShape shape, boolean gyro) {
        return Math.toDegrees(Math.max(0, earlyMovementM(shape, gyro)) / (gyro ? EFFECTIVE_LEVER_M : VERTICAL_LEVER_M));
    }

    /** The early movement the estimate reads: both axes with a gyroscope, the vertical alone without, m. */
    public static double earlyMovementM(RepShape shape, boolean gyro) {
        return gyro ? shape.earlyPathM() : shape.earlyVerticalM();
    }

    /** The estimate's spread, degrees: larger without a gyroscope. */
    public static double spreadDeg(boolean gyro) {
        return gyro ? SPREAD_GYRO_DEG : SPREAD_ACCEL_ONLY_DEG;
    }

    /**
     * Probability that a swing estimated at {@code estimateDeg} with normal error of spread {@code spreadDeg}
     * truly lies in [{@code lowDeg}, {@code highDeg}] (the estimate's grade): near 1 far from both thresholds,
     * about 0.5 on one.
     */
    public static double probabilityWithin(double estimateDeg, double spreadDeg, double lowDeg, double highDeg) {
        return Math.max(0, Math.min(1, normal((highDeg - estimateDeg) / spreadDeg) - normal((lowDeg - estimateDeg) / spreadDeg)));
    }

    private static double normal(double z) {
        if (z == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (z == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        return 0.5 * (1 + Erf.erf(z / Math.sqrt(2)));
    }
}
