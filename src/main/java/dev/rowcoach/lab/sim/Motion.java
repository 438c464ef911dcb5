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

    private static final int[] NO_BUMPS = {};

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
    /**
     * The bumps that may ring at a time, by time: {@code bumpsFrom[k]} to {@code bumpsFrom[k + 1]} holds the indices
     * of {@link #bumps} (in their order, which is the order their terms are added in) whose span reaches into that
     * stretch. A long session has thousands of bumps, each of them zero outside its half second, and adding every one
     * at every sample made simulating 3.6 hours take 10 CPU-seconds.
     */
    private final double[] bumpsFrom;
    private final int[][] bumpsIn;
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
        this.bumpsFrom = bumpEdges(this.bumps);
        this.bumpsIn = bumpsByStretch(this.bumps, bumpsFrom);
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
        for (int i : bumpsAt(t)) {
            Bump b = bumps[i];
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
        for (int i : bumpsAt(t)) {
            Bump b = bumps[i];
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

    /** A bump's span as it is looked up: its end a microsecond late, so rounding in {@link Bump#shape} loses none. */
    private static double bumpEnd(Bump b) {
        return b.endS() + 1e-6;
    }

    /** Every bump's start and (late) end, sorted, each once: the stretches' boundaries. */
    private static double[] bumpEdges(Bump[] bumps) {
        double[] edges = new double[2 * bumps.length];
        for (int i = 0; i < bumps.length; i++) {
            edges[2 * i] = bumps[i].startS();
            edges[2 * i + 1] = bumpEnd(bumps[i]);
        }
        Arrays.sort(edges);
        int n = 0;
        for (double e : edges) {
            if (n == 0 || e != edges[n - 1]) {
                edges[n++] = e;
            }
        }
        return Arrays.copyOf(edges, n);
    }

    /** For each stretch between two edges, the bumps whose span covers it, in the bumps' own order. */
    private static int[][] bumpsByStretch(Bump[] bumps, double[] edges) {
        int stretches = Math.max(0, edges.length - 1);
        int[] count = new int[stretches];
        for (Bump b : bumps) {
            for (int k = Arrays.binarySearch(edges, b.startS()), end = Arrays.binarySearch(edges, bumpEnd(b)); k < end; k++) {
                count[k]++;
            }
        }
        int[][] in = new int[stretches][];
        for (int k = 0; k < stretches; k++) {
            in[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int i = 0; i < bumps.length; i++) {
            for (int k = Arrays.binarySearch(edges, bumps[i].startS()), end = Arrays.binarySearch(edges, bumpEnd(bumps[i]));
                 k < end; k++) {
                in[k][count[k]++] = i;
            }
        }
        return in;
    }

    /** The indices of the bumps that may ring at {@code t} (outside its span a bump's terms are zero). */
    private int[] bumpsAt(double t) {
        int i = Arrays.binarySearch(bumpsFrom, t);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 && k < bumpsIn.length ? bumpsIn[k] : NO_BUMPS;
    }
}
