package dev.rowcoach.grading;

import dev.rowcoach.motion.RepShape;
import org.apache.commons.math3.special.Erf;

/**
 * How an exercise's torso swing is read from a rep's early movement (docs/GRADING.md). When the torso rises by Δθ
 * about the hip during the pull, the shoulders, and with them the hands and the bar, are carried along an arc of
 * radius about the torso length, so the bar gains a displacement of about L·Δθ, early in the pull (the torso moves
 * first, the arms finish). The motion core splits the concentric path into a smooth pull over the whole concentric
 * plus a smooth early movement ({@link RepShape#earlyPathM()}, and on the height alone
 * {@link RepShape#earlyVerticalM()}); a model reads one of them as the swing: Δθ = early movement / lever.
 *
 * <p>{@link #FREE_BAR}, the model of every free bar and dumbbell, reads the early movement of both axes with a
 * gyroscope ({@link #EFFECTIVE_LEVER_M}); without one the horizontal path is unreliable (a tilt taken from the
 * accelerometer alone turns gravity into horizontal motion), so it reads the height alone ({@link #VERTICAL_LEVER_M}).
 * Its levers were fitted on the simulator over a training grid of bodies, mounts and rates (torso 15–45°, torso
 * 0.45–0.60 m, arms 0.55–0.75 m, 100–1000 Hz, seeds 1–16): the lever, to 1 mm, that minimises the mean absolute
 * error of the estimated swing. An exercise whose implement moves otherwise carries its own model in its profile
 * (the T-bar: the handle is held on an arc about its pivot, so it follows only the height the swing gives the
 * hands). {@code SwingGridTest} refits them ({@code -Dgrading.refit=true}) and judges them on a held-out grid.
 *
 * @param gyroReadsPath      with a gyroscope, read the early movement of both axes (else its height alone)
 * @param gyroLeverM         effective lever with a gyroscope, m (&gt; 0)
 * @param accelOnlyLeverM    effective lever of the early movement's height without a gyroscope, m (&gt; 0)
 * @param spreadGyroDeg      spread (standard deviation) of the estimate around the true swing with a gyroscope,
 *                           degrees: about 1.25 × its mean absolute error (the ratio of the two for normal errors) over
 *                           both families of simulated lifters, since nothing of the lifter's own is read
 * @param spreadAccelOnlyDeg the same without a gyroscope, degrees
 * @throws IllegalArgumentException when a lever or spread is not a positive number
 */
public record SwingModel(boolean gyroReadsPath, double gyroLeverM, double accelOnlyLeverM, double spreadGyroDeg,
                         double spreadAccelOnlyDeg) {

    /** Effective lever of the torso swing on a free bar's early movement (vertical and horizontal), m. */
    public static final double EFFECTIVE_LEVER_M = 0.565;
    /** Effective lever of the torso swing on a free bar's early movement's height alone, m. */
    public static final double VERTICAL_LEVER_M = 0.404;
    /**
     * The free bar's model: spreads from the early movement's mean absolute errors over both families of {@code rowcoach
     * bench grading}'s grid, without a calibration: 5.27° with a gyroscope, 5.73° without one (on the family its levers
     * were fitted on alone, 2.4–3.1° with a gyroscope; docs/GRADING.md, "Confidence").
     */
    public static final SwingModel FREE_BAR = new SwingModel(true, EFFECTIVE_LEVER_M, VERTICAL_LEVER_M, 6.5, 7.0);

    public SwingModel {
        if (!(gyroLeverM > 0 && accelOnlyLeverM > 0 && spreadGyroDeg > 0 && spreadAccelOnlyDeg > 0)
                || Double.isInfinite(gyroLeverM + accelOnlyLeverM + spreadGyroDeg + spreadAccelOnlyDeg)) {
            throw new IllegalArgumentException("a swing model needs positive levers and spreads, got " + gyroLeverM + ", "
                    + accelOnlyLeverM + " m and " + spreadGyroDeg + ", " + spreadAccelOnlyDeg + "°");
        }
    }

    /**
     * Estimated torso swing of a rep with these path features, degrees (≥ 0).
     *
     * @param gyro whether the orientation came from a gyroscope (else only the vertical path is used)
     */
    public double swingDeg(RepShape shape, boolean gyro) {
        return Math.toDegrees(Math.max(0, earlyMovementM(shape, gyro)) / (gyro ? gyroLeverM : accelOnlyLeverM));
    }

    /** The early movement the estimate reads, m: both axes or the height alone (always the height without a gyroscope). */
    public double earlyMovementM(RepShape shape, boolean gyro) {
        return gyro && gyroReadsPath ? shape.earlyPathM() : shape.earlyVerticalM();
    }

    /** The estimate's spread, degrees: larger without a gyroscope. */
    public double spreadDeg(boolean gyro) {
        return gyro ? spreadGyroDeg : spreadAccelOnlyDeg;
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
