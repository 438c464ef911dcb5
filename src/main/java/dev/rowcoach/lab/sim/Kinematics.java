package dev.rowcoach.lab.sim;

import org.apache.commons.math3.geometry.euclidean.threed.Rotation;
import org.apache.commons.math3.geometry.euclidean.threed.RotationConvention;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * Rigid-body kinematics of the implement and the sensor on it, in the world frame (z up, x the way the
 * lifter faces, y along a barbell). The implement's orientation is
 * R = Rz(yaw)·Rx(tilt)·Ry(−pitch)·Rz(baseYaw)·Ry(roll): roll about its own long axis first, then its base
 * heading, the pitch of a T-bar, sideways tilt and yaw. The sensor sits at the mount's lever arm and reads
 *
 * <pre>
 *   f_s = R_sᵀ (p̈_sensor + g ẑ)      ω_s = R_sᵀ ω_world,      R_s = R · R_mount
 * </pre>
 *
 * Accelerations are central second differences of the sensor position with a step of {@value #STEP_S} s
 * (the motion is C², so the error is below 10⁻³ m/s² even in the landing of a Pendlay row); angular
 * velocity comes from the rates of the angles (central differences) through the rotation chain.
 */
final class Kinematics {

    /** Differentiation step, s (10 kHz). */
    static final double STEP_S = 1e-4;
    private static final RotationConvention V = RotationConvention.VECTOR_OPERATOR;

    private final Motion motion;
    private final Mount mount;
    private final Vector3D leverArm;
    private final double gravity;
    private final Rotation base;
    private final double[] xz = new double[2];
    private final double[] angles = new double[4];

    /** @param gravity local gravity, m/s² */
    Kinematics(Motion motion, Mount mount, double gravity) {
        this.motion = motion;
        this.mount = mount;
        this.leverArm = mount.leverArm();
        this.gravity = gravity;
        this.base = new Rotation(Vector3D.PLUS_K, motion.baseYawRad(), V);
    }

    Motion motion() {
        return motion;
    }

    /** The state of the implement at one instant. */
    record Pose(Vector3D position, Rotation orientation, double roll, double yaw, double tilt, double pitch) {
    }

    /** The implement's axis point and orientation at {@code t} (with tremor: what the sensor rides on). */
    Pose pose(double t) {
        motion.barPosition(t, true, xz);
        motion.angles(t, xz[1], angles);
        Rotation r = orientation(angles[0], angles[1], angles[2], angles[3]);
        return new Pose(new Vector3D(xz[0], 0, xz[1]), r, angles[0], angles[1], angles[2], angles[3]);
    }

    /** Orientation of the sensor (sensor frame to world) at {@code t}. */
    Rotation sensorOrientation(double t) {
        return pose(t).orientation().compose(mount.rotation(), V);
    }

    /** Position of the sensor at {@code t}, m. */
    Vector3D sensorPosition(double t) {
        return sensorPosition(pose(t));
    }

    /**
     * The noise-free reading at {@code t}: specific force (m/s²) into {@code out[0..2]}, angular rate (rad/s)
     * into {@code out[3..5]}, in the sensor's axes.
     */
    void reading(double t, double[] out) {
        Pose before = pose(t - STEP_S);
        Pose now = pose(t);
        Pose after = pose(t + STEP_S);
        Vector3D accel = sensorPosition(after).subtract(sensorPosition(now).scalarMultiply(2))
                .add(sensorPosition(before)).scalarMultiply(1 / (STEP_S * STEP_S));
        Vector3D omega = angularVelocity(before, now, after);
        Rotation sensor = now.orientation().compose(mount.rotation(), V);
        Vector3D f = sensor.applyInverseTo(accel.add(new Vector3D(0, 0, gravity)));
        Vector3D w = sensor.applyInverseTo(omega);
        out[0] = f.getX();
        out[1] = f.getY();
        out[2] = f.getZ();
        out[3] = w.getX();
        out[4] = w.getY();
        out[5] = w.getZ();
    }

    private Vector3D sensorPosition(Pose p) {
        return p.position().add(p.orientation().applyTo(leverArm));
    }

    /**
     * ω = ẏaw ẑ + ṫilt Rz(yaw) x̂ − ṗitch Rz(yaw)Rx(tilt) ŷ + ṙoll Rz(yaw)Rx(tilt)Ry(−pitch)Rz(baseYaw) ŷ:
     * each angle's rate about its axis as the earlier rotations of the chain have turned it.
     */
    private Vector3D angularVelocity(Pose before, Pose now, Pose after) {
        double k = 1 / (2 * STEP_S);
        double rollRate = (after.roll() - before.roll()) * k;
        double yawRate = (after.yaw() - before.yaw()) * k;
        double tiltRate = (after.tilt() - before.tilt()) * k;
        double pitchRate = (after.pitch() - before.pitch()) * k;
        Rotation yaw = new Rotation(Vector3D.PLUS_K, now.yaw(), V);
        Rotation yawTilt = yaw.compose(new Rotation(Vector3D.PLUS_I, now.tilt(), V), V);
        Rotation upToBase = yawTilt.compose(new Rotation(Vector3D.PLUS_J, -now.pitch(), V), V).compose(base, V);
        return new Vector3D(yawRate, Vector3D.PLUS_K)
                .add(tiltRate, yaw.applyTo(Vector3D.PLUS_I))
                .add(-pitchRate, yawTilt.applyTo(Vector3D.PLUS_J))
                .add(rollRate, upToBase.applyTo(Vector3D.PLUS_J));
    }

    private Rotation orientation(double roll, double yaw, double tilt, double pitch) {
        return new Rotation(Vector3D.PLUS_K, yaw, V)
                .compose(new Rotation(Vector3D.PLUS_I, tilt, V), V)
                .compose(new Rotation(Vector3D.PLUS_J, -pitch, V), V)
                .compose(base, V)
                .compose(new Rotation(Vector3D.PLUS_J, roll, V), V);
    }
}
