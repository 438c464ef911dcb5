package dev.rowcoach.lab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out the reps of one set on the motion's coordinates, from the row position at rest.
 *
 * <p>Per rep: the pull u goes from 0 to 1 (or up to 4 % short of the torso) over the concentric and back
 * over the eccentric, the torso rises by the rep's swing over the first part of the concentric and returns
 * during the eccentric, the hip drops and rebounds in a dip, the bar rolls in the hands in phase with the
 * pull. Touch-and-go reps reverse at the
 * bottom with a positive acceleration (the bar bounces off straight arms), and reps without a top pause
 * reverse at the top with a negative one; elsewhere pieces start and end at rest. Normalised reversal
 * accelerations stay at most {@value #REVERSAL_MAX}, where every piece is still monotonic, so each rep has
 * exactly one run of positive vertical velocity.
 */
final class RepLayout {

    /** Largest normalised acceleration (a · T² / travel) at a reversal; quintics stay monotonic well beyond. */
    static final double REVERSAL_MAX = 6;
    /** Largest end speed of a Pendlay lowering, normalised (v · T / travel), for which the piece stays monotonic. */
    private static final double LANDING_SPEED_MAX = 1.8;
    private static final double TORSO_MAX_RAD = Math.toRadians(85);

    private final MotionBuilder mb;
    private final Lifter lifter;
    private final LiftingStyle style;
    /** The hinge family's habits, or null for the rower family. */
    private final HingeStyle hinge;
    private final Implement implement;
    private final SplittableRandom rnd;
    /** When the plates of the last Pendlay landing stop ringing, s. */
    private double ringingEndS = Double.NEGATIVE_INFINITY;

    RepLayout(MotionBuilder mb, Lifter lifter, LiftingStyle style, HingeStyle hinge, Implement implement,
              SplittableRandom rnd) {
        this.mb = mb;
        this.lifter = lifter;
        this.style = style;
        this.hinge = hinge;
        this.implement = implement;
        this.rnd = rnd;
    }

    /** The timing and body English of each rep of a set. */
    private record RepParams(double[] concentricS, double[] eccentricS, double[] topPauseS, double[] reach,
                             double[] swingRad, double[] dipM, boolean touchAndGo, double[] bottomPauseS,
                             boolean plannedStops) {
    }

    /**
     * Lays out the set starting at {@code startS} (everything at rest, bar hanging or on the floor).
     *
     * @param setInBlock 1-based number of the set within its block (later sets start a little slower)
     * @return the reps; the set's motion ends at the last rep's {@code eccentricEndS}, at rest
     */
    List<DesignedRep> layout(ExerciseBlock block, RowGeometry g, double loadKg, int setInBlock, double startS) {
        RepParams p = params(block, g, loadKg, setInBlock);
        boolean floor = block.exercise().start() == Exercise.Start.FLOOR;
        List<DesignedRep> reps = new ArrayList<>();
        double t = startS;
        double rollBottom = mb.roll.lastValue();
        int n = p.concentricS.length;
        for (int i = 0; i < n; i++) {
            double rollNext = nextBottomRoll(rollBottom);
            DesignedRep rep = floor
                    ? pendlayRep(i, t, p, g, rollBottom, rollNext)
                    : hangingRep(i, t, p, g, rollBottom, rollNext);
            reps.add(rep);
            t = rep.eccentricEndS();
            rollBottom = rollNext;
        }
        return reps;
    }

    private RepParams params(ExerciseBlock block, RowGeometry g, double loadKg, int setInBlock) {
        Exercise ex = block.exercise();
        int n = block.reps();
        boolean floor = ex.start() == Exercise.Start.FLOOR;
        double[] swingDeg = ex.torsoSupported() ? new double[n] : block.swingOrDefault().degrees(n, rnd);
        double[] swing = new double[n];
        for (int i = 0; i < n; i++) {
            swing[i] = Math.min(Math.toRadians(swingDeg[i]), TORSO_MAX_RAD - g.torsoRad());
        }
        double intensity = loadKg / lifter.oneRepMaxKg(ex);
        double firstMcv = Rand.clamp((1.6 - 1.15 * intensity) * style.speedFactor() * (1 - 0.03 * (setInBlock - 1)),
                0.25, 1.4);
        double loss = block.velocityLoss() != null ? block.velocityLoss() : style.velocityLoss();
        double[] concentric = new double[n];
        double[] eccentric = new double[n];
        double[] pause = new double[n];
        double[] dip = new double[n];
        double[] reach = new double[n];
        for (int i = 0; i < n; i++) {
            // Not every rep touches: up to 4 % of the pull (1–2 cm) short.
            reach[i] = 1 - Rand.uniform(rnd, 0, 0.04);
            double progress = n > 1 ? (double) i / (n - 1) : 0;
            double mcv = firstMcv * (1 - loss * Math.pow(progress, 1.3)) * (1 + 0.03 * Rand.gaussian(rnd));
            concentric[i] = Rand.clamp(g.strictRomM() / mcv, 0.5, 2.5) * (floor ? 0.85 : 1);
            boolean cheat = Math.toDegrees(swing[i]) >= 10;
            eccentric[i] = block.lowerS() != null ? block.lowerS().draw(rnd)
                    : floor ? Rand.clamp(style.eccentricS() * 0.6 * Rand.uniform(rnd, 0.9, 1.1), 0.5, 1.2)
                    : Rand.clamp(style.eccentricS() * Rand.uniform(rnd, 0.9, 1.1) * (cheat ? Rand.uniform(rnd, 0.6, 0.85) : 1),
                    0.5, 2.5);
            pause[i] = block.topHoldS() != null ? block.topHoldS().draw(rnd)
                    : style.topPauseS() == 0 ? 0 : style.topPauseS() * Rand.uniform(rnd, 0.7, 1.3);
            dip[i] = floor || ex.torsoSupported() ? 0 : dip(block.dip(), cheat);
        }
        double[] bottomPause = new double[n];
        boolean touch;
        if (block.deadStopS() != null) {
            touch = false;
            for (int i = 0; i < n; i++) {
                bottomPause[i] = block.deadStopS().draw(rnd);
            }
        } else {
            touch = !floor && Rand.chance(rnd, style.touchAndGoShare());
            java.util.Arrays.fill(bottomPause, touch ? 0 : style.bottomPauseS() * Rand.uniform(rnd, 0.8, 1.2));
        }
        return new RepParams(concentric, eccentric, pause, reach, swing, dip, touch, bottomPause, block.deadStopS() != null);
    }

    private double dip(Dip dip, boolean cheat) {
        return switch (dip.mode()) {
            case NONE -> 0;
            case FIXED -> dip.depthM();
            case EVERY_REP -> Rand.uniform(rnd, 0.02, 0.06);
            case AUTO -> hinge != null && cheat
                    ? (Rand.chance(rnd, hinge.dipCheatShare()) ? Rand.clamp(hinge.dipDepthM() * Rand.uniform(rnd, 0.7, 1.3), 0.01, 0.08) : 0)
                    : cheat
                    ? (Rand.chance(rnd, 0.6) ? Rand.clamp(style.dipDepthM() * Rand.uniform(rnd, 0.7, 1.3), 0.005, 0.08) : 0)
                    : (Rand.chance(rnd, 0.05) ? Rand.uniform(rnd, 0.005, 0.015) : 0);
        };
    }

    /** A rep from the hang: optional dip, pull to the torso, optional top pause, lowering back to the hang. */
    private DesignedRep hangingRep(int i, double t, RepParams p, RowGeometry g, double rollBottom, double rollNext) {
        int n = p.concentricS.length;
        double tc = p.concentricS[i];
        double te = p.eccentricS[i];
        double d = p.dipM[i];
        double start;
        if (d > 0) {
            double down = Rand.uniform(rnd, 0.15, 0.3);
            double up = Math.min(Rand.uniform(rnd, 0.2, 0.35), 0.6 * tc);
            double dipStart;
            if (i == 0) {
                dipStart = t;
            } else if (!p.touchAndGo) {
                dipStart = t + p.bottomPauseS[i];
            } else {
                // Touch-and-go: the hips start dropping while the bar is still coming down.
                double overlap = Math.min(0.12, 0.3 * p.eccentricS[i - 1]) * Rand.uniform(rnd, 0.5, 1);
                dipStart = t - overlap;
                down = Math.max(down, overlap + 0.08);
            }
            double h0 = mb.hipZ.lastValue();
            double reversal = Math.min(style.bottomReversal() * d / (up * up), REVERSAL_MAX * d / sq(Math.max(down, up)));
            mb.hipZ.move(dipStart, dipStart + down, h0 - d, 0, reversal);
            start = dipStart + down;
            mb.hipZ.knot(start + up, h0, 0, 0);
            if (hinge != null) {
                // A counter-movement: the torso pitches forward with the hips and comes back with the drive.
                double pitch = hinge.dipTorsoShare() * d / lifter.torsoLengthM() * Rand.uniform(rnd, 0.8, 1.2);
                mb.torso.moveTo(Math.max(dipStart, mb.torso.lastTimeS()), start, g.torsoRad() - pitch);
                if (p.swingRad[i] <= 0) {
                    mb.torso.moveTo(start, start + up, g.torsoRad());
                }
            }
        } else {
            start = t + (i == 0 || p.touchAndGo ? 0 : p.bottomPauseS[i]);
        }
        double top = start + tc;
        double reach = p.reach[i];
        double topAccel = p.topPauseS[i] > 0 ? 0 : -reach * Math.min(style.topReversal(), REVERSAL_MAX) / sq(Math.max(tc, te));
        mb.pull.move(start + armDelay(p.swingRad[i], tc), top, reach, 0, topAccel);
        double eccStart = top + p.topPauseS[i];
        double end = eccStart + te;
        boolean nextBounces = i + 1 < n && p.touchAndGo && p.dipM[i + 1] == 0
                && armDelay(p.swingRad[i + 1], p.concentricS[i + 1]) == 0;
        double bottomAccel = nextBounces
                ? Math.min(style.bottomReversal(), REVERSAL_MAX) / sq(Math.max(te, p.concentricS[i + 1])) : 0;
        mb.pull.move(eccStart, end, 0, 0, bottomAccel);
        swing(p.swingRad[i], g, start, tc, eccStart, te);
        handRotation(start, top, eccStart, end, rollBottom, rollNext);
        return new DesignedRep(i + 1, start, top, end, Math.toDegrees(p.swingRad[i]), d);
    }

    /** A Pendlay rep: dead stop on the floor, explosive pull, lowering that lands on the floor. */
    private DesignedRep pendlayRep(int i, double t, RepParams p, RowGeometry g, double rollBottom, double rollNext) {
        double tc = p.concentricS[i];
        double te = p.eccentricS[i];
        double stop = i == 0 ? Rand.uniform(rnd, 0.3, 0.8)
                : p.plannedStops ? p.bottomPauseS[i] : Rand.uniform(rnd, 0.5, 1.5);
        // The next pull waits until the plates have stopped ringing from the last landing.
        double start = Math.max(t + stop, ringingEndS + 0.1);
        double top = start + tc;
        double reach = p.reach[i];
        double topAccel = p.topPauseS[i] > 0 ? 0 : -reach * Math.min(style.topReversal(), REVERSAL_MAX) / sq(Math.max(tc, te));
        mb.pull.move(start, top, reach, 0, topAccel);
        double eccStart = top + p.topPauseS[i];
        double landing = style.impactS();
        double lowering = te - landing;
        // Pull units per second at impact; the landing piece brings it to rest within impactS.
        double impactRate = Math.min(style.impactSpeedMps() / g.strictRomM(), LANDING_SPEED_MAX * reach / lowering);
        double end = eccStart + te;
        mb.pull.move(eccStart, eccStart + lowering, impactRate * landing / 2, -impactRate, 0);
        mb.pull.knot(end, 0, 0, 0);
        swing(p.swingRad[i], g, start, tc, eccStart, lowering);
        handRotation(start, top, eccStart, end, rollBottom, rollNext);
        mb.held.moveTo(start, start + 0.2, 1);
        mb.held.moveTo(end - 0.2, end, 0);
        Bump ringing = Bump.landing(end, rnd);
        mb.bump(ringing);
        ringingEndS = ringing.endS();
        return new DesignedRep(i + 1, start, top, end, Math.toDegrees(p.swingRad[i]), 0);
    }

    /**
     * The torso rises by {@code swingRad} in the concentric and returns during the lowering: the rower family early
     * in the pull; the hinge family during the arm pull or before it (its habit), with the knees extending as the
     * hips drive and bobbing a little on every rep.
     */
    private void swing(double swingRad, RowGeometry g, double start, double tc, double eccStart, double lowering) {
        if (hinge != null) {
            hingeSwing(swingRad, g, start, tc, eccStart, lowering);
            return;
        }
        if (swingRad <= 0) {
            return;
        }
        double rise = Rand.clamp(style.swingRiseFraction() * Rand.uniform(rnd, 0.9, 1.1), 0.4, 0.8) * tc;
        double back = Rand.clamp(style.swingReturnFraction() * Rand.uniform(rnd, 0.9, 1.1), 0.5, 0.95) * lowering;
        mb.torso.moveTo(start, start + rise, g.torsoRad() + swingRad);
        mb.torso.moveTo(eccStart, eccStart + back, g.torsoRad());
    }

    private void hingeSwing(double swingRad, RowGeometry g, double start, double tc, double eccStart, double lowering) {
        double from = hinge.hipDriveDuring() ? hinge.driveStartFraction() * Rand.uniform(rnd, 0.8, 1.2) : 0;
        double to = Rand.clamp(hinge.driveEndFraction() * Rand.uniform(rnd, 0.9, 1.1), from + 0.25, 1);
        double back = Rand.clamp(style.swingReturnFraction() * Rand.uniform(rnd, 0.9, 1.1), 0.5, 0.95) * lowering;
        double rise = hinge.kneeRisePerRad() * swingRad + hinge.kneeBobM() * Rand.uniform(rnd, 0.5, 1.5);
        if (swingRad > 0) {
            mb.torso.moveTo(Math.max(start + from * tc, mb.torso.lastTimeS()), start + to * tc, g.torsoRad() + swingRad);
            mb.torso.moveTo(eccStart, eccStart + back, g.torsoRad());
        }
        mb.kneeZ.moveTo(start + from * tc, start + to * tc, rise);
        mb.kneeX.moveTo(start + from * tc, start + to * tc, -hinge.kneeBackRatio() * rise);
        mb.kneeZ.moveTo(eccStart, eccStart + back, 0);
        mb.kneeX.moveTo(eccStart, eccStart + back, 0);
    }

    /**
     * How late the arms start after the concentric began, s: the hinge family's lifters who drive the hips before the
     * pull start the arms late, the more so the larger the swing (up to 60 % of the hip drive, so the bar never
     * stalls); never on other lifters or strict reps.
     */
    private double armDelay(double swingRad, double tc) {
        if (hinge == null || hinge.hipDriveDuring() || swingRad <= 0) {
            return 0;
        }
        double share = Math.min(1, Math.toDegrees(swingRad) / 15);
        return Math.min(hinge.armDelayFraction() * share, 0.6 * hinge.driveEndFraction()) * tc;
    }

    /** Roll of the bar in the hands (and, for a dumbbell, rotation of the handle), lagging the pull a little. */
    private void handRotation(double start, double top, double eccStart, double end, double rollBottom, double rollNext) {
        double lag = style.rollLagS();
        double lo = implement.rollPerRepMinDeg();
        double hi = implement.rollPerRepMaxDeg();
        double amplitude = Math.toRadians(Rand.clamp((lo + style.rollPerRep() * (hi - lo)) * Rand.uniform(rnd, 0.7, 1.3), lo, hi));
        double limit = Math.toRadians(implement.rollLimitDeg());
        double rollTop = Rand.clamp(rollBottom + style.rollSign() * amplitude, -limit, limit);
        mb.roll.moveTo(start + lag, top + lag, rollTop);
        mb.roll.moveTo(eccStart + lag, end + lag, rollNext);
        if (implement.yawPerRepMaxDeg() > 0) {
            double yaw = style.rollSign() * Math.toRadians(implement.yawPerRepMaxDeg()) * Rand.uniform(rnd, 0.3, 1);
            mb.handleYaw.moveTo(start + lag, top + lag, yaw);
            mb.handleYaw.moveTo(eccStart + lag, end + lag, 0);
        }
    }

    /** The roll the bar settles at for the next rep's bottom: a small drift, kept well inside the limit. */
    private double nextBottomRoll(double rollBottom) {
        double limit = 0.5 * Math.toRadians(implement.rollLimitDeg());
        return Rand.clamp(rollBottom + Math.toRadians(Rand.uniform(rnd, -2, 2)), -limit, limit);
    }

    private static double sq(double v) {
        return v * v;
    }
}
