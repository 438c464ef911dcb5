package dev.rowcoach.lab.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a session's motion in time order: one spline builder per coordinate, plus the intervals in
 * which the bar rests on the floor and the geometry in effect. The choreography adds knots to the
 * coordinates directly; this class keeps the bookkeeping that must stay consistent (where a released bar
 * lies, when geometry may change).
 */
final class MotionBuilder {

    final Lifter lifter;
    final Spline.Builder hipX;
    final Spline.Builder hipZ;
    final Spline.Builder torso;
    final Spline.Builder arm;
    final Spline.Builder pull;
    final Spline.Builder lowered;
    final Spline.Builder roll;
    final Spline.Builder handleYaw;
    final Spline.Builder held;
    /** Hip displacement from the knees during a rep (hinge family; 0 otherwise), m: back (x) and up (z). */
    final Spline.Builder kneeX;
    final Spline.Builder kneeZ;
    private final List<Double> geometryFromS = new ArrayList<>();
    private final List<RowGeometry> geometries = new ArrayList<>();
    private final List<double[]> rests = new ArrayList<>();
    private final List<Bump> bumps = new ArrayList<>();
    private final TBarArc arc;
    private boolean resting;

    /**
     * @param start       the lifter's pose at time 0
     * @param loweredM    how far below the hang the bar starts, m
     * @param resting     whether the bar starts on the floor (else in the lifter's hands)
     */
    MotionBuilder(Lifter lifter, Pose start, RowGeometry geometry, double loweredM, boolean resting, TBarArc arc) {
        this.lifter = lifter;
        this.arc = arc;
        hipX = Spline.startingAt(0, start.hipX());
        hipZ = Spline.startingAt(0, start.hipZ());
        torso = Spline.startingAt(0, start.torsoRad());
        arm = Spline.startingAt(0, start.armRad());
        pull = Spline.startingAt(0, 0);
        lowered = Spline.startingAt(0, loweredM);
        roll = Spline.startingAt(0, 0);
        handleYaw = Spline.startingAt(0, 0);
        held = Spline.startingAt(0, resting ? 0 : 1);
        kneeX = Spline.startingAt(0, 0);
        kneeZ = Spline.startingAt(0, 0);
        geometryFromS.add(0.0);
        geometries.add(geometry);
        this.resting = resting;
        if (resting) {
            double[] bar = bar();
            rests.add(new double[]{0, Double.POSITIVE_INFINITY, bar[0], bar[1]});
        }
    }

    /** Moves the posture coordinates to {@code target}, starting at rest at {@code fromS} and arriving at rest at {@code toS}. */
    void pose(double fromS, double toS, Pose target) {
        hipX.moveTo(fromS, toS, target.hipX());
        hipZ.moveTo(fromS, toS, target.hipZ());
        torso.moveTo(fromS, toS, target.torsoRad());
        arm.moveTo(fromS, toS, target.armRad());
    }

    /** The geometry now in effect. */
    RowGeometry geometry() {
        return geometries.get(geometries.size() - 1);
    }

    /** Switches geometry at {@code t}; the pull must be at rest at 0 then, so the bar does not move. */
    void geometry(double t, RowGeometry g) {
        if (pull.lastValue() != 0 || pull.lastTimeS() > t) {
            throw new IllegalStateException("geometry may change only while the bar hangs still");
        }
        if (t <= geometryFromS.get(geometryFromS.size() - 1)) {
            geometries.set(geometries.size() - 1, g);
        } else {
            geometryFromS.add(t);
            geometries.add(g);
        }
    }

    /** The bar's axis (x, z) for the coordinates' last knot values, m. */
    double[] bar() {
        double[] xz = new double[2];
        geometry().bar(lifter, hipX.lastValue(), hipZ.lastValue(), torso.lastValue(), arm.lastValue(),
                pull.lastValue(), lowered.lastValue(), xz);
        if (arc != null) {
            xz[0] = arc.x(xz[1]);
        }
        return xz;
    }

    /** The lifter lets go at {@code t}: every coordinate must be at rest by then; the bar stays where it is. */
    void release(double t) {
        if (resting) {
            throw new IllegalStateException("the bar is already resting");
        }
        for (Spline.Builder b : List.of(hipX, hipZ, torso, arm, pull, lowered)) {
            b.holdUntil(t);
        }
        double[] bar = bar();
        rests.add(new double[]{t, Double.POSITIVE_INFINITY, bar[0], bar[1]});
        resting = true;
    }

    /** The lifter takes the bar at {@code t}: the coordinates must put the hang exactly where the bar lies. */
    void grab(double t) {
        if (!resting) {
            throw new IllegalStateException("the bar is already held");
        }
        for (Spline.Builder b : List.of(hipX, hipZ, torso, arm, pull, lowered)) {
            b.holdUntil(t);
        }
        double[] rest = rests.get(rests.size() - 1);
        double[] bar = bar();
        if (Math.abs(bar[0] - rest[2]) > 1e-9 || Math.abs(bar[1] - rest[3]) > 1e-9) {
            throw new IllegalStateException("grab at " + t + " s: the hands are not at the bar");
        }
        rest[1] = t;
        resting = false;
    }

    boolean resting() {
        return resting;
    }

    /** Where the resting bar lies, (x, z), m. */
    double[] restPoint() {
        double[] rest = rests.get(rests.size() - 1);
        return new double[]{rest[2], rest[3]};
    }

    void bump(Bump bump) {
        bumps.add(bump);
    }

    Motion build(Wobble wobble, double baseYawRad, double durationS) {
        return new Motion(lifter, hipX.build(), hipZ.build(), torso.build(), arm.build(), pull.build(), lowered.build(),
                roll.build(), handleYaw.build(), held.build(), kneeX.build(), kneeZ.build(), geometryFromS, geometries, rests, bumps, wobble, arc,
                baseYawRad, durationS);
    }
}
