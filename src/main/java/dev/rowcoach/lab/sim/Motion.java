package dev.rowcoach.lab.sim;

import java.util.Arrays;
import java.util.List;

/**
 * The bar's motion over a whole simulated session, as smooth functions of time (s since the session
 * began): the lifter's joint coordinates drive the bar through {@link RowGeometry#bar} while the bar is
 * held; while it rests on the floor it stays where it was put down (knocks aside). Orientation: roll about
 * the bar's own axis, yaw, tilt and, for a T-bar, pitch on its arc.
 *
 * <p>The "gross" position (what the truth labels are measured on) leaves out the held bar's tremor, a
 * sub-0.1 mm vibration that would otherwise put spurious zero crossings into the velocity at every pause.
 * The sensor sees everything.
 */
final class Motion {

    private final Lifter lifter;
    private final Spline hipX;
    private final Spline hipZ;
    private final Spline torso;
    private final Spline arm;
    private final Spline pull;
    private final Spline lowered;
    private final Spline roll;
    private final Spline handleYaw;
    private final Spline held;
    private final Spline kneeX;
    private final Spline kneeZ;
    private final double[] geometryFromS;
    private final RowGeometry[] geometries;
    private final double[] restFromS;
    private final double[] restToS;
    private final double[] restX;
    private final double[] restZ;
    private final Bump[] bumps;
    private final Wobble wobble;
    private final TBarArc arc;
    private final double baseYawRad;
    private final double durationS;

    Motion(Lifter lifter, Spline hipX, Spline hipZ, Spline torso, Spline arm, Spline pull, Spline lowered,
           Spline roll, Spline handleYaw, Spline held, Spline kneeX, Spline kneeZ, List<Double> geometryFromS, List<RowGeometry> geometries,
           List<double[]> rests, List<Bump> bumps, Wobble wobble, TBarArc arc, double baseYawRad, double durationS) {
        this.lifter = lifter;
        this.hipX = hipX;
        this.hipZ = hipZ;
        this.torso = torso;
        this.arm = arm;
        this.pull = pull;
        this.lowered = lowered;
        this.roll = roll;
        this.handleYaw = handleYaw;
        this.held = held;
        this.kneeX = kneeX;
        this.kneeZ = kneeZ;
        this.geometryFromS = geometryFromS.stream().mapToDouble(Double::doubleValue).toArray();
        this.geometries = geometries.toArray(new RowGeometry[0]);
        this.restFromS = new double[rests.size()];
        this.restToS = new double[rests.size()];
        this.restX = new double[rests.size()];
        this.restZ = new double[rests.size()];
        for (int i = 0; i < rests.size(); i++) {
            double[] r = rests.get(i);
            restFromS[i] = r[0];
            restToS[i] = r[1];
            restX[i] = r[2];
            restZ[i] = r[3];
        }
        this.bumps = bumps.toArray(new Bump[0]);
        this.wobble = wobble;
        this.arc = arc;
        this.baseYawRad = baseYawRad;
        this.durationS = durationS;
    }

    /** Length of the session, s. */
    double durationS() {
        return durationS;
    }

    /** Yaw of the implement's long axis from the world y axis at rest, rad. */
    double baseYawRad() {
        return baseYawRad;
    }

    /**
     * Writes the bar axis point (x, z) at time {@code t} into {@code xz}, m; with {@code tremor}, the held
     * bar's tremor is included (the sensor's view), without it the gross motion (the labels' view).
     */
    void barPosition(double t, boolean tremor, double[] xz) {
        int r = restIndex(t);
        if (r >= 0) {
            xz[0] = restX[r];
            xz[1] = restZ[r];
        } else {
            geometryAt(t).bar(lifter, hipX.value(t) + kneeX.value(t), hipZ.value(t) + kneeZ.value(t), torso.value(t),
                    arm.value(t), pull.value(t), lowered.value(t), xz);
            if (arc != null) {
                xz[0] = arc.x(xz[1]);
            }
        }
        for (Bump b : bumps) {
            double s = b.shape(t);
            xz[0] += b.amplitudeXM() * s;
            xz[1] += b.amplitudeZM() * s;
        }
        if (tremor) {
            double h = held.value(t);
            if (h != 0) {
                xz[0] += h * wobble.tremorXM(t);
                xz[1] += h * wobble.tremorZM(t);
            }
        }
    }

    /**
     * Writes the bar's orientation angles at {@code t} into {@code out}, rad: roll about its long axis, yaw
     * about the vertical (beyond the base yaw), tilt of its long axis out of the horizontal sideways, and pitch
     * of its long axis up from horizontal (T-bar). {@code barZ} is the bar's height at {@code t}, m.
     */
    void angles(double t, double barZ, double[] out) {
        double h = held.value(t);
        double r = roll.value(t);
        for (Bump b : bumps) {
            r += b.amplitudeRollRad() * b.shape(t);
        }
        out[0] = r;
        out[1] = handleYaw.value(t) + (h == 0 ? 0 : h * wobble.yawRad(t));
        out[2] = h == 0 ? 0 : h * wobble.tiltRad(t);
        out[3] = arc == null ? 0 : arc.pitchRad(barZ);
    }

    /** Torso angle above horizontal at {@code t}, rad. */
    double torsoRad(double t) {
        return torso.value(t);
    }

    /** Whether the bar rests on the floor, untouched by the lifter, at {@code t}. */
    boolean resting(double t) {
        return restIndex(t) >= 0;
    }

    private RowGeometry geometryAt(double t) {
        int i = Arrays.binarySearch(geometryFromS, t);
        int k = i >= 0 ? i : -i - 2;
        return geometries[Math.max(0, k)];
    }

    private int restIndex(double t) {
        int i = Arrays.binarySearch(restFromS, t);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 && t < restToS[k] ? k : -1;
    }
}
