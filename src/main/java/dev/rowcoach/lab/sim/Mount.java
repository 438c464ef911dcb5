package dev.rowcoach.lab.sim;

import org.apache.commons.math3.geometry.euclidean.threed.Rotation;
import org.apache.commons.math3.geometry.euclidean.threed.RotationConvention;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.SplittableRandom;

/**
 * How the sensor is fixed to the implement.
 *
 * @param rotation       takes sensor-frame vectors into the implement's frame (y along its long axis)
 * @param offsetM        distance of the sensor from the implement's long axis, m (0.01–0.04 when drawn)
 * @param offsetAngleRad where around the axis the sensor sits, rad (0: +x of the implement frame, π/2: +z)
 */
record Mount(Rotation rotation, double offsetM, double offsetAngleRad) {

    Mount {
        if (rotation == null) {
            throw new IllegalArgumentException("rotation is required");
        }
        if (!(offsetM >= 0 && offsetM <= 0.2)) {
            throw new IllegalArgumentException("offset must be 0–0.2 m, got " + offsetM);
        }
    }

    /** A uniformly random orientation (any axis may point up), 1–4 cm off the axis at a random angle around it. */
    static Mount random(SplittableRandom rnd) {
        // Shoemake's method: a uniformly distributed unit quaternion from three uniform numbers.
        double u1 = rnd.nextDouble();
        double u2 = 2 * Math.PI * rnd.nextDouble();
        double u3 = 2 * Math.PI * rnd.nextDouble();
        double a = Math.sqrt(1 - u1);
        double b = Math.sqrt(u1);
        Rotation r = new Rotation(a * Math.sin(u2), a * Math.cos(u2), b * Math.sin(u3), b * Math.cos(u3), true);
        return new Mount(r, Rand.uniform(rnd, 0.01, 0.04), Rand.uniform(rnd, 0, 2 * Math.PI));
    }

    /** Axes aligned with the implement (z up, y along the bar at rest), 2 cm above the axis. */
    static Mount flat() {
        return new Mount(Rotation.IDENTITY, 0.02, Math.PI / 2);
    }

    /** Axes aligned with the implement, exactly on its axis (no lever arm). */
    static Mount onAxis(Rotation rotation) {
        return new Mount(rotation, 0, 0);
    }

    /** The sensor's position in the implement's frame, m. */
    Vector3D leverArm() {
        return new Vector3D(offsetM * Math.cos(offsetAngleRad), 0, offsetM * Math.sin(offsetAngleRad));
    }

    /**
     * Roll, pitch and yaw of the mount in degrees, such that {@code rotation} = Rz(yaw)·Ry(pitch)·Rx(roll) (the
     * sensor frame rotated from the implement's frame about z, then y, then x).
     */
    double[] rollPitchYawDeg() {
        double[][] m = rotation.getMatrix();
        double pitch = Math.asin(Rand.clamp(-m[2][0], -1, 1));
        double roll = Math.atan2(m[2][1], m[2][2]);
        double yaw = Math.atan2(m[1][0], m[0][0]);
        return new double[]{Math.toDegrees(roll), Math.toDegrees(pitch), Math.toDegrees(yaw)};
    }

    /** The rotation Rz(yaw)·Ry(pitch)·Rx(roll), angles in degrees. */
    static Rotation fromRollPitchYawDeg(double rollDeg, double pitchDeg, double yawDeg) {
        RotationConvention v = RotationConvention.VECTOR_OPERATOR;
        return new Rotation(Vector3D.PLUS_K, Math.toRadians(yawDeg), v)
                .compose(new Rotation(Vector3D.PLUS_J, Math.toRadians(pitchDeg), v), v)
                .compose(new Rotation(Vector3D.PLUS_I, Math.toRadians(rollDeg), v), v);
    }
}
