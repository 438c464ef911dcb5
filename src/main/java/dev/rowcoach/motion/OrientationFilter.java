package dev.rowcoach.motion;

/**
 * Tracks the sensor's orientation (a unit quaternion, sensor → world) with the gyroscope and pulls its
 * tilt slowly toward the accelerometer's gravity direction (a Mahony-style complementary filter with
 * proportional gain 1/τ). The bar rolls 5–12° every rep, so an accelerometer-only tilt would put about
 * g·sin(roll) of gravity into the motion; the gyro carries the tilt through the rep, and the slow pull
 * (τ = seconds) removes the gyro's drift because the bar's own acceleration averages out over reps.
 *
 * <p>Also estimates the magnitude the accelerometer reads for gravity (a running mean of the vertical
 * specific force), so that its scale error and offset along gravity do not leave part of gravity in the motion (the
 * motion itself keeps the scale error: docs/ACCURACY.md, "Another sensor"). After each update, {@link #verticalMps2()}
 * is the bar's vertical acceleration (up positive) and {@link #northMps2()}/{@link #westMps2()} the
 * horizontal components in a world frame whose heading is arbitrary but changes only by gyro drift.
 * Without a gyroscope pass zero rates: the tilt then follows the accelerometer alone.
 */
final class OrientationFilter {

    private final double tauS;
    private final double tauStartS;
    private final double rampS;
    private final double gravityTauS;

    private double qw = 1, qx, qy, qz;
    private boolean initialised;
    private boolean keepGravityOnStart;
    private double elapsedS;
    /** Time constant of the gravity magnitude while the bar is still, s. */
    private static final double STILL_GRAVITY_TAU_S = 1.0;
    /** Rest seen for this long means gravity's magnitude is known, s. */
    private static final double KNOWN_AT_REST_S = 0.5;

    private long n;
    private long stillCount;
    private double gravityMps2 = 9.80665;
    private double vertical, north, west;

    OrientationFilter(double tauS, double tauStartS, double rampS, double gravityTauS) {
        this.tauS = tauS;
        this.tauStartS = tauStartS;
        this.rampS = rampS;
        this.gravityTauS = gravityTauS;
    }

    /**
     * @param fx specific force, sensor x, m/s² (likewise fy, fz)
     * @param wx angular rate with bias removed, sensor x, rad/s (likewise wy, wz); zeros without a gyro
     * @param still whether the bar is at rest (the reading is gravity alone)
     * @param dtS time step, s
     */
    void update(double fx, double fy, double fz, double wx, double wy, double wz, boolean still, double dtS) {
        double norm = Math.sqrt(fx * fx + fy * fy + fz * fz);
        if (norm < 1e-9) {
            // Free fall or a dead sensor: no direction to learn from; keep integrating the gyro.
            norm = 1e-9;
        }
        double ux = fx / norm, uy = fy / norm, uz = fz / norm;
        if (!initialised) {
            initialiseFrom(ux, uy, uz);
            if (!keepGravityOnStart) {
                gravityMps2 = norm;
            }
            initialised = true;
        }
        // Gravity's direction in the sensor frame as the orientation predicts it: R^T e_z.
        double vx = 2 * (qx * qz - qw * qy);
        double vy = 2 * (qy * qz + qw * qx);
        double vz = 1 - 2 * (qx * qx + qy * qy);
        double tau = tauStartS + (tauS - tauStartS) * Math.min(1.0, elapsedS / rampS);
        double kp = 1.0 / tau;
        // Rotate toward the measured direction: error = measured × predicted.
        double cx = wx + kp * (uy * vz - uz * vy);
        double cy = wy + kp * (uz * vx - ux * vz);
        double cz = wz + kp * (ux * vy - uy * vx);
        double h = 0.5 * dtS;
        double nw = qw + h * (-qx * cx - qy * cy - qz * cz);
        double nx = qx + h * (qw * cx + qy * cz - qz * cy);
        double ny = qy + h * (qw * cy - qx * cz + qz * cx);
        double nz = qz + h * (qw * cz + qx * cy - qy * cx);
        double qn = Math.sqrt(nw * nw + nx * nx + ny * ny + nz * nz);
        qw = nw / qn;
        qx = nx / qn;
        qy = ny / qn;
        qz = nz / qn;
        elapsedS += dtS;

        // World-frame specific force R f.
        double worldX = (1 - 2 * (qy * qy + qz * qz)) * fx + 2 * (qx * qy - qw * qz) * fy + 2 * (qx * qz + qw * qy) * fz;
        double worldY = 2 * (qx * qy + qw * qz) * fx + (1 - 2 * (qx * qx + qz * qz)) * fy + 2 * (qy * qz - qw * qx) * fz;
        double worldZ = 2 * (qx * qz - qw * qy) * fx + 2 * (qy * qz + qw * qx) * fy + (1 - 2 * (qx * qx + qy * qy)) * fz;
        gravityMps2 += gravityGain(still, dtS) * (worldZ - gravityMps2);
        vertical = worldZ - gravityMps2;
        north = worldX;
        west = worldY;
    }

    /**
     * How fast the gravity magnitude follows the vertical specific force. At rest the reading is gravity
     * alone: learn it quickly. In motion the reading averages to gravity only over whole cycles: a running
     * mean is right until gravity has been seen at rest, after which only slow tracking (τ = gravityTauS)
     * is allowed, so that a rep's own acceleration is not absorbed.
     */
    private double gravityGain(boolean still, double dtS) {
        if (still) {
            stillCount++;
            return Math.max(1.0 / stillCount, dtS / STILL_GRAVITY_TAU_S);
        }
        if (stillCount * dtS >= KNOWN_AT_REST_S) {
            return dtS / gravityTauS;
        }
        n++;
        return Math.max(1.0 / n, dtS / gravityTauS);
    }

    /** The shortest rotation taking the measured gravity direction to world up. */
    private void initialiseFrom(double ux, double uy, double uz) {
        // q = rotation from u to e_z: axis u × e_z = (uy, -ux, 0), angle acos(uz).
        double w = 1 + uz;
        if (w < 1e-9) {
            qw = 0;
            qx = 1;
            qy = 0;
            qz = 0;
            return;
        }
        double x = uy, y = -ux;
        double norm = Math.sqrt(w * w + x * x + y * y);
        qw = w / norm;
        qx = x / norm;
        qy = y / norm;
        qz = 0;
    }

    /** Vertical acceleration of the sensor, up positive, gravity removed, m/s². */
    double verticalMps2() {
        return vertical;
    }

    /** First horizontal acceleration component, m/s². */
    double northMps2() {
        return north;
    }

    /** Second horizontal acceleration component, m/s². */
    double westMps2() {
        return west;
    }

    /** The gravity magnitude as this accelerometer reads it, m/s². */
    double gravityMps2() {
        return gravityMps2;
    }

    /** Gravity's direction in the sensor frame as currently estimated (a unit vector; for tests). */
    double[] gravityInSensor() {
        return new double[] {2 * (qx * qz - qw * qy), 2 * (qy * qz + qw * qx), 1 - 2 * (qx * qx + qy * qy)};
    }

    /**
     * Forgets the orientation (it is taken again from the next reading); with {@code keepGravity} the
     * gravity magnitude already learnt is kept.
     */
    void reset(boolean keepGravity) {
        initialised = false;
        keepGravityOnStart = keepGravity && (n > 0 || stillCount > 0);
        elapsedS = 0;
        if (!keepGravity) {
            n = 0;
            stillCount = 0;
        }
        qw = 1;
        qx = qy = qz = 0;
    }
}
