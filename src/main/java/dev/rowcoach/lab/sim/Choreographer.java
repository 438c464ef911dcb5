package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.TruthEvent;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns a plan into a session's motion: for each set, the pick-up (deadlift to standing, stand, hinge into
 * the row position; or a lift from the floor below the hang; or nothing for Pendlay rows), the reps, the
 * put-down, and the rests in between, with the occasional grip adjustment and knock on the resting bar.
 *
 * <p>The bar starts on the floor unless the first block has {@code pickup=no}; after a set it is put down
 * unless that set's block and the next set's block both have {@code pickup=no}, in which case the lifter
 * stands holding it through the rest.
 */
final class Choreographer {

    private static final double STAND_TORSO_RAD = Math.toRadians(88);
    private static final double DEADLIFT_ARM_RAD = Math.toRadians(-3);
    /** Shortest rest with the bar on the floor: time to step back into position, s. */
    private static final double MIN_FLOOR_REST_S = 3;
    /** Time the "held" envelope takes to rise or fall, s. */
    private static final double HOLD_RAMP_S = 0.4;
    /** Largest horizontal bar shift of a grip adjustment, m. */
    private static final double GRIP_SHIFT_MAX_M = 0.028;

    private final Lifter lifter;
    private final LiftingStyle style;
    /** The hinge family's habits, or null for the rower family. */
    private final HingeStyle hinge;
    private final Implement implement;
    private final SplittableRandom rnd;
    /** By identity: two equal blocks in a plan are two blocks. */
    private final Map<ExerciseBlock, Setup> setups = new IdentityHashMap<>();
    private final List<TruthEvent> events = new ArrayList<>();
    private final List<DesignedSet> sets = new ArrayList<>();
    private final List<double[]> gaps = new ArrayList<>();
    private MotionBuilder mb;
    private RepLayout layout;
    private double t;
    private boolean standing;
    private double floorX;

    /** One set of the plan and the rest before it. */
    private record Slot(ExerciseBlock block, int setInBlock, double restBeforeS) {
    }

    /** A block's geometry for this lifter and the hip height of its row position. */
    private record Setup(RowGeometry geometry, double rowHipZ) {
    }

    private Choreographer(Lifter lifter, LiftingStyle style, HingeStyle hinge, Implement implement, SplittableRandom rnd) {
        this.lifter = lifter;
        this.style = style;
        this.hinge = hinge;
        this.implement = implement;
        this.rnd = rnd;
    }

    /** Lays out {@code plan} for this lifter ({@code hinge}: the hinge family's habits, or null); draws from {@code rnd} only. */
    static Choreography build(SessionPlan plan, Lifter lifter, LiftingStyle style, HingeStyle hinge, SplittableRandom rnd) {
        return new Choreographer(lifter, style, hinge, plan.implement(), rnd).run(plan);
    }

    private Choreography run(SessionPlan plan) {
        List<Slot> slots = slots(plan);
        for (ExerciseBlock b : plan.blocks()) {
            setups.put(b, setup(b));
        }
        double floorZ = implement.floorHeightM();
        TBarArc arc = implement == Implement.T_BAR ? TBarArc.through(Rand.uniform(rnd, 1.6, 2.1), 0, floorZ) : null;
        Slot first = slots.get(0);
        Setup s0 = setups.get(first.block);
        boolean holding = !first.block.pickupOrDefault();
        Pose start = holding ? rowPose(first.block) : startPose(first.block, floorZ);
        double lowered = holding ? 0 : startLowered(first.block, start, floorZ);
        mb = new MotionBuilder(lifter, start, s0.geometry, lowered, !holding, arc);
        layout = new RepLayout(mb, lifter, style, hinge, implement, rnd);
        t = holding ? Rand.uniform(rnd, 0.5, 1.5) : Rand.uniform(rnd, 1, 3);
        for (int k = 0; k < slots.size(); k++) {
            Slot slot = slots.get(k);
            Slot next = k + 1 < slots.size() ? slots.get(k + 1) : null;
            if (k > 0) {
                rest(slots.get(k - 1), slot);
            }
            prepare(slot);
            set(slot, sets.size() + 1);
            finish(slot, next);
        }
        double duration = t + Rand.uniform(rnd, 1, 3);
        Wobble wobble = Wobble.random(implement, rnd);
        double baseYaw = Math.toRadians(implement.baseYawDeg() + (implement == Implement.DUMBBELL ? Rand.uniform(rnd, -20, 20) : 0));
        return new Choreography(mb.build(wobble, baseYaw, duration), sets, events, gaps, s0.geometry);
    }

    private static List<Slot> slots(SessionPlan plan) {
        List<Slot> slots = new ArrayList<>();
        Double restItem = null;
        for (PlanItem item : plan.items()) {
            if (item instanceof RestItem r) {
                restItem = r.seconds();
            } else if (item instanceof ExerciseBlock b) {
                for (int s = 1; s <= b.sets(); s++) {
                    double rest = s > 1 ? (b.restS() != null ? b.restS() : SessionPlan.DEFAULT_REST_S)
                            : restItem != null ? restItem : SessionPlan.DEFAULT_REST_S;
                    slots.add(new Slot(b, s, rest));
                }
                restItem = null;
            }
        }
        return slots;
    }

    private Setup setup(ExerciseBlock block) {
        Exercise ex = block.exercise();
        double pad = switch (ex) {
            case SEAL_ROW -> Rand.uniform(rnd, 0.05, 0.10);
            case CHEST_SUPPORTED_ROW -> Rand.uniform(rnd, 0.04, 0.08);
            default -> 0;
        };
        RowGeometry g = RowGeometry.of(lifter, style, block, pad, hinge);
        double floorZ = implement.floorHeightM();
        double reachDown = lifter.armLengthM() * Math.cos(g.armRad()) - lifter.torsoLengthM() * Math.sin(g.torsoRad());
        double hipZ;
        if (ex.start() == Exercise.Start.FLOOR) {
            hipZ = floorZ + reachDown;
        } else if (ex.torsoSupported()) {
            hipZ = floorZ + Rand.uniform(rnd, 0.08, 0.30) + reachDown;
        } else {
            hipZ = Math.max(lifter.hipStandM() - lifter.kneeBendM(), floorZ + 0.04 + reachDown);
        }
        return new Setup(g, hipZ);
    }

    /** The row position of {@code block} with the bar hanging above the floor point. */
    private Pose rowPose(ExerciseBlock block) {
        Setup s = setups.get(block);
        RowGeometry g = s.geometry;
        double hipX = floorX - lifter.torsoLengthM() * Math.cos(g.torsoRad()) - lifter.armLengthM() * Math.sin(g.armRad());
        return new Pose(hipX, s.rowHipZ, g.torsoRad(), g.armRad());
    }

    private Pose standPose() {
        double hipZ = lifter.hipStandM();
        for (Setup s : setups.values()) {
            hipZ = Math.max(hipZ, s.rowHipZ + 0.02);
        }
        double arm = Math.toRadians(style.standArmDeg());
        double hipX = floorX - lifter.torsoLengthM() * Math.cos(STAND_TORSO_RAD) - lifter.armLengthM() * Math.sin(arm);
        return new Pose(hipX, hipZ, STAND_TORSO_RAD, arm);
    }

    /** The pose from which a set on the floor begins, with the hands at the bar at height {@code floorZ}. */
    private Pose startPose(ExerciseBlock block, double floorZ) {
        return switch (block.exercise().start()) {
            case DEADLIFT -> Pose.hangingAt(lifter, Math.toRadians(style.deadliftTorsoDeg()), DEADLIFT_ARM_RAD, floorX, floorZ);
            case LIFT, FLOOR -> rowPose(block);
        };
    }

    /** How far below the hang of {@code pose} the bar lies at the start of a set on the floor, m. */
    private double startLowered(ExerciseBlock block, Pose pose, double floorZ) {
        return block.exercise().start() == Exercise.Start.LIFT ? pose.hangZ(lifter) - floorZ : 0;
    }

    /** The rest before {@code slot}: on the floor (the body steps into the next start position) or standing with the bar. */
    private void rest(Slot previous, Slot slot) {
        double start = t;
        Setup next = setups.get(slot.block);
        if (mb.resting()) {
            double length = Math.max(slot.restBeforeS, MIN_FLOOR_REST_S);
            double[] bar = mb.restPoint();
            floorX = bar[0];
            mb.geometry(t + 0.1, next.geometry);
            Pose pose = startPose(slot.block, bar[1]);
            mb.pose(t + 0.5, t + 2.0, pose);
            mb.lowered.moveTo(t + 0.5, t + 2.0, startLowered(slot.block, pose, bar[1]));
            boolean bump = previous.block.bump() != null ? previous.block.bump() : Rand.chance(rnd, 0.3);
            if (bump && length >= 4) {
                Bump b = Bump.random(Rand.uniform(rnd, t + 1.0, t + length - 1.8), rnd);
                mb.bump(b);
                events.add(new TruthEvent("bump", b.startS(), b.endS()));
            }
            t += length;
        } else {
            t += slot.restBeforeS;
            mb.geometry(t, next.geometry);
        }
        events.add(new TruthEvent("rest", start, t));
    }

    /** Gets from wherever the bar is into the row position, ready for the first rep. */
    private void prepare(Slot slot) {
        ExerciseBlock block = slot.block;
        boolean grip = block.gripAdjust() != null ? block.gripAdjust() : Rand.chance(rnd, 0.3);
        if (mb.resting()) {
            double grab = t;
            mb.grab(t);
            switch (block.exercise().start()) {
                case DEADLIFT -> {
                    rampHeld(t, 1);
                    double lift = Rand.uniform(rnd, 1.2, 2.2);
                    floorX += Rand.uniform(rnd, -0.02, 0.02);
                    mb.pose(t, t + lift, standPose());
                    regrip(t, t + lift);
                    t += lift;
                    double stand = Rand.uniform(rnd, 1, 3);
                    if (grip) {
                        stand = Math.max(stand, 1.6);
                        gripAdjust(t + 0.2);
                    }
                    t += stand;
                    hinge(block);
                    events.add(new TruthEvent("pickup", grab, t));
                }
                case LIFT -> {
                    rampHeld(t, 1);
                    double lift = Rand.uniform(rnd, 0.8, 1.5);
                    mb.lowered.moveTo(t, t + lift, 0);
                    regrip(t, t + lift);
                    t += lift;
                    events.add(new TruthEvent("pickup", grab, t));
                    if (grip) {
                        gripAdjust(t + 0.2);
                        t = mb.arm.lastTimeS();
                    }
                }
                case FLOOR -> {
                    if (grip) {
                        rollOnFloor(t + 0.2);
                        t = mb.hipX.lastTimeS();
                    }
                }
            }
        } else if (standing) {
            if (grip) {
                gripAdjust(t + 0.2);
                t = mb.arm.lastTimeS();
            }
            hinge(block);
            standing = false;
        } else if (grip) {
            gripAdjust(t + 0.2);
            t = mb.arm.lastTimeS();
        }
        t += Rand.uniform(rnd, 0.3, 1.0);
    }

    private void set(Slot slot, int index) {
        ExerciseBlock block = slot.block;
        Setup s = setups.get(block);
        mb.geometry(t, s.geometry);
        double hangZ = mb.bar()[1];
        double load = block.loadKg() != null ? block.loadKg() : defaultLoad(block.exercise());
        List<DesignedRep> reps = layout.layout(block, s.geometry, load, slot.setInBlock, t);
        t = reps.get(reps.size() - 1).eccentricEndS();
        if (block.gapS() != null && slot.setInBlock == 1) {
            DesignedRep r = reps.get(rnd.nextInt(reps.size()));
            double g0 = r.concentricStartS() + Rand.uniform(rnd, 0, 0.8) * (r.topS() - r.concentricStartS());
            gaps.add(new double[]{g0, g0 + block.gapS()});
        }
        sets.add(new DesignedSet(index, block, load, hangZ, reps));
    }

    /** After the last rep: put the bar down, or stand holding it, or (at the end of a session held throughout) stay. */
    private void finish(Slot slot, Slot next) {
        ExerciseBlock block = slot.block;
        t += Rand.uniform(rnd, 0.3, 1.0);
        boolean keepHolding = !block.pickupOrDefault() && (next == null || !next.block.pickupOrDefault());
        if (block.exercise().start() == Exercise.Start.FLOOR) {
            mb.release(t);
            return;
        }
        if (keepHolding) {
            if (next != null) {
                double up = Rand.uniform(rnd, 0.8, 1.5);
                mb.pose(t, t + up, standPose());
                t += up;
                standing = true;
            }
            return;
        }
        double start = t;
        if (block.exercise().start() == Exercise.Start.DEADLIFT) {
            double up = Rand.uniform(rnd, 0.8, 1.5);
            mb.pose(t, t + up, standPose());
            t += up + Rand.uniform(rnd, 0.5, 2);
            double lower = Rand.uniform(rnd, 1.2, 2.2);
            double floorZ = implement.floorHeightM();
            floorX += Rand.uniform(rnd, -0.03, 0.03);
            mb.pose(t, t + lower, Pose.hangingAt(lifter, Math.toRadians(style.deadliftTorsoDeg()), DEADLIFT_ARM_RAD,
                    floorX, floorZ));
            rampHeld(t + lower - HOLD_RAMP_S, 0);
            t += lower;
        } else {
            double lower = Rand.uniform(rnd, 0.8, 1.5);
            mb.lowered.moveTo(t, t + lower, mb.bar()[1] - implement.floorHeightM());
            rampHeld(t + lower - HOLD_RAMP_S, 0);
            t += lower;
        }
        mb.release(t);
        events.add(new TruthEvent("putdown", start, t));
    }

    private void hinge(ExerciseBlock block) {
        double hinge = Rand.uniform(rnd, 0.8, 1.8);
        mb.pose(t, t + hinge, rowPose(block));
        t += hinge;
    }

    /** The hands shift on the bar: the arms swing a little forward and back, the bar rolls to a new angle. */
    private void gripAdjust(double at) {
        double length = Rand.uniform(rnd, 0.5, 0.9);
        double arm = mb.arm.lastValue();
        double shift = Rand.uniform(rnd, 0.3, 1) * GRIP_SHIFT_MAX_M / lifter.armLengthM() * (rnd.nextBoolean() ? 1 : -1);
        mb.arm.moveTo(at, at + length / 2, arm + shift);
        mb.arm.moveTo(at + length / 2, at + length, arm);
        mb.roll.moveTo(at, at + length, newRoll(Rand.uniform(rnd, 3, 10)));
        events.add(new TruthEvent("grip-adjust", at, at + length));
    }

    /** Pendlay rows: a grip adjustment rolls the bar along the floor (its axis moves by radius × angle). */
    private void rollOnFloor(double at) {
        double length = Rand.uniform(rnd, 0.5, 0.9);
        double before = mb.roll.lastValue();
        double after = newRoll(Rand.uniform(rnd, 3, 8));
        double shift = implement.floorHeightM() * (after - before);
        mb.roll.moveTo(at, at + length, after);
        mb.hipX.moveTo(at, at + length, mb.hipX.lastValue() + shift);
        floorX += shift;
        events.add(new TruthEvent("grip-adjust", at, at + length));
    }

    /** Taking hold of the bar turns it a little in the hands. */
    private void regrip(double from, double to) {
        mb.roll.moveTo(from, to, newRoll(Rand.uniform(rnd, 0, 5)));
    }

    /** A roll {@code deg} away from the current one, in a random direction, kept inside half the implement's limit. */
    private double newRoll(double deg) {
        double limit = 0.5 * Math.toRadians(implement.rollLimitDeg());
        double sign = rnd.nextBoolean() ? 1 : -1;
        double r = mb.roll.lastValue() + sign * Math.toRadians(deg);
        if (Math.abs(r) > limit) {
            r = mb.roll.lastValue() - sign * Math.toRadians(deg);
        }
        return Rand.clamp(r, -limit, limit);
    }

    private void rampHeld(double from, double value) {
        mb.held.moveTo(from, from + HOLD_RAMP_S, value);
    }

    private double defaultLoad(Exercise ex) {
        double step = implement == Implement.DUMBBELL ? 2 : 2.5;
        return Math.max(step, Math.round(0.7 * lifter.oneRepMaxKg(ex) / step) * step);
    }
}
