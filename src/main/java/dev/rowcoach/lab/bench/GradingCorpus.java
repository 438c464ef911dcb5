package dev.rowcoach.lab.bench;

import dev.rowcoach.motion.MotionListener;
import dev.rowcoach.motion.MotionPipeline;
import dev.rowcoach.motion.MotionSettings;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.RepShape;
import dev.rowcoach.motion.SetResult;
import dev.rowcoach.lab.sim.Exercise;
import dev.rowcoach.lab.sim.Family;
import dev.rowcoach.lab.sim.MountMode;
import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.SimulatedSession;
import dev.rowcoach.lab.sim.SimulationRequest;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.lab.truth.TruthSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The cross-family grading benchmark's sessions: one grid of plans, bodies, mounts, rates and sensors, simulated by
 * each family of lifting kinematics, analysed by the motion core as {@code replay} does, each matched rep kept with
 * its truth (docs/GRADING.md). Every plan begins with a strict calibration set (as a lifter
 * does with {@code --calibrate}); only the other sets are scored.
 */
public final class GradingCorpus {

    /**
     * The plans; each begins with the strict set a lifter does for {@code --calibrate}. Plans 6 and 7 hold the bar at
     * the hang before each rep (a dead stop, {@code pause=}); the last two hold it at the top (a squeeze,
     * {@code squeeze=}, 1–3 s drawn per rep and 3 s). Until 2026-12-06 plans 6 and 7 were the bench's "squeeze" sets:
     * they were written when {@code pause=} meant a hold at the top, and the simulator's keys changed meaning under them.
     */
    static final String[] PLANS = {
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 1x8 @80kg swing=0,4,8,12,16,20,24,30",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 1x8 @80kg swing=35,28,22,18,14,6,2,0",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 2x8 @90kg swing=cheat",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 1x6 @90kg swing=excessive",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 1x12 @70kg swing=cheat-last=4",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 2x10 @80kg swing=cheat-last=3",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 1x8 @80kg swing=strict pause=2",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 1x8 @80kg swing=strict pause=1",
            "yates-row 1x5 @60kg swing=strict; rest 60; yates-row 1x8 @100kg swing=0,5,9,13,17,22,27,33",
            "dumbbell-row 1x5 @20kg swing=strict; rest 60; dumbbell-row 1x8 @30kg swing=0,5,9,13,17,22,27,33",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 1x8 @80kg swing=strict squeeze=1-3",
            "barbell-row 1x5 @60kg swing=strict; rest 60; barbell-row 1x8 @80kg swing=strict squeeze=3",
    };
    /**
     * The simulated exercise named {@code name}.
     *
     * @throws IllegalArgumentException when there is none, or its torso is held by a bench or pad (nothing to grade)
     */
    public static Exercise swinging(String name) {
        Exercise e = Exercise.fromId(name);
        if (e == null || e.torsoSupported()) {
            StringBuilder names = new StringBuilder();
            for (Exercise x : Exercise.values()) {
                names.append(x.torsoSupported() ? "" : (names.isEmpty() ? "" : ", ") + x.id());
            }
            throw new IllegalArgumentException("an exercise whose torso can swing (" + names + ") is needed, got \"" + name + "\"");
        }
        return e;
    }

    /** The exercises {@link #PLANS} row, as a pattern. */
    private static final String PLAN_EXERCISES = "barbell-row|yates-row|dumbbell-row";

    /** Plan {@code p} with every set rowed as {@code exercise} (null: as it is). */
    static String plan(int p, Exercise exercise) {
        return exercise == null ? PLANS[p] : PLANS[p].replaceAll(PLAN_EXERCISES, exercise.id());
    }

    /** Whether plan {@code plan}'s scored sets hold the bar at the top of every rep (a 1–3 s squeeze). */
    static boolean squeezes(int plan) {
        return PLANS[plan].contains("squeeze=");
    }

    /** Whether plan {@code plan}'s scored sets stop at the hang before every rep (a dead stop). */
    static boolean deadStops(int plan) {
        return PLANS[plan].contains("pause=");
    }

    private static final double[] RATES = {100, 200, 500, 150, 200};

    /**
     * A matched rep of a simulated session.
     *
     * @param session        index of the session in the corpus
     * @param plan           index of its plan in {@link #PLANS}
     * @param calibrationSet whether the rep belongs to the session's strict calibration set
     * @param gyro           whether the sensor had a gyroscope
     * @param exercise       the set's exercise
     * @param rep            the rep as the motion core measured it
     * @param truth          the simulator's truth for it
     */
    public record Item(int session, int plan, boolean calibrationSet, boolean gyro, String exercise, Rep rep,
                       TruthRep truth) {
    }

    private GradingCorpus() {
    }

    /**
     * Every matched rep of the grid's sessions for {@code family}, seeds {@code firstSeed} … + {@code seedsPerPlan} − 1
     * per plan; one session in four without a gyroscope.
     */
    public static List<Item> collect(Family family, long firstSeed, int seedsPerPlan) {
        return collect(family, firstSeed, seedsPerPlan, null);
    }

    /**
     * The same with every set of the plans rowed as {@code exercise} (null: as the plans say), the same loads, swings,
     * pauses and seeds.
     *
     * @throws IllegalArgumentException when {@code exercise} is not a simulated exercise whose torso can swing
     */
    public static List<Item> collect(Family family, long firstSeed, int seedsPerPlan, String exercise) {
        Exercise e = exercise == null ? null : swinging(exercise);
        List<Item> out = new ArrayList<>();
        int k = 0;
        for (int p = 0; p < PLANS.length; p++) {
            String plan = plan(p, e);
            for (long seed = firstSeed; seed < firstSeed + seedsPerPlan; seed++) {
                boolean gyro = k % 4 != 3;
                SimulationRequest request = SimulationRequest.of(plan, seed * 100 + p, OutputFormat.ROWCOACH,
                                RATES[k % RATES.length], gyro)
                        .withMount(k % 5 == 0 ? MountMode.FLAT : MountMode.RANDOM).withFamily(family);
                out.addAll(matched(Simulator.run(request), k, p, gyro));
                k++;
            }
        }
        return out;
    }

    private static List<Item> matched(SimulatedSession session, int index, int plan, boolean gyro) {
        List<Rep> reps = setReps(session);
        Truth truth = session.truth();
        List<Item> out = new ArrayList<>();
        for (int s = 0; s < truth.sets().size(); s++) {
            TruthSet set = truth.sets().get(s);
            for (Rep rep : reps) {
                TruthRep t = overlapping(rep, set.reps());
                if (t != null) {
                    out.add(new Item(index, plan, s == 0, gyro, set.exercise(), rep, t));
                }
            }
        }
        return out;
    }

    private static TruthRep overlapping(Rep rep, List<TruthRep> truth) {
        TruthRep best = null;
        double bestOverlap = 0;
        for (TruthRep t : truth) {
            double overlap = Math.min(rep.concentricEndS(), t.concentricEndS())
                    - Math.max(rep.concentricStartS(), t.concentricStartS());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = t;
            }
        }
        return best;
    }

    /**
     * The columns of {@link #writeCsv}: the session, its plan (index into {@link #PLANS}), whether the rep is of the
     * calibration set and the sensor had a gyroscope, the exercise, the set and rep (1-based, as the motion core
     * numbers them), what the motion core measured (ROM, horizontal excursion, dip and early movement in m, the time to
     * peak velocity as a fraction of the concentric, the start, mean and peak velocities in m/s, the concentric's
     * duration in s, how long the bar stayed at the top after it in s), the simulator's truth (swing in degrees, grade, ROM
     * and horizontal excursion in m) and where the measured concentric starts and ends against the true one (measured
     * less true, s: a concentric that reads into a hold at the bottom starts early, into a hold at the top ends late).
     */
    public static final String CSV_HEADER = "family,session,plan,calibration_set,gyro,exercise,set,rep,rom_m,horizontal_m,"
            + "dip_m,time_to_peak,start_velocity_mps,early_path_m,early_vertical_m,early_end_fraction,mean_velocity_mps,"
            + "peak_velocity_mps,concentric_s,top_hold_s,true_swing_deg,true_grade,true_rom_m,true_horizontal_m,start_offset_s,"
            + "end_offset_s";

    /**
     * Appends one line per item ({@link #CSV_HEADER}'s columns, no header) for analyses outside rowcoach
     * ({@code bench grading --reps}, docs/lofo.py).
     */
    public static void writeCsv(Appendable out, Family family, List<Item> items) throws IOException {
        for (Item i : items) {
            Rep r = i.rep();
            RepShape s = r.shape();
            // Double.toString: the shortest text that reads back as the same double (a swing of 6.9999999° stays unclear)
            out.append(String.join(",", family.id(), Integer.toString(i.session()), Integer.toString(i.plan()),
                    Boolean.toString(i.calibrationSet()), Boolean.toString(i.gyro()), i.exercise(),
                    Integer.toString(r.setIndex()), Integer.toString(r.index()), Double.toString(r.romM()),
                    Double.toString(s.horizontalM()), Double.toString(s.dipM()), Double.toString(s.timeToPeakFraction()),
                    Double.toString(s.startVelocityMps()), Double.toString(s.earlyPathM()),
                    Double.toString(s.earlyVerticalM()), Double.toString(s.earlyEndFraction()),
                    Double.toString(r.meanConcentricVelocityMps()), Double.toString(r.peakConcentricVelocityMps()),
                    Double.toString(r.concentricDurationS()), Double.toString(r.topHoldS()),
                    Double.toString(i.truth().torsoSwingDeg()), i.truth().grade(), Double.toString(i.truth().romM()),
                    Double.toString(i.truth().horizontalM()),
                    Double.toString(r.concentricStartS() - i.truth().concentricStartS()),
                    Double.toString(r.concentricEndS() - i.truth().concentricEndS())))
                    .append('\n');
        }
    }

    /**
     * The reps of {@code session}'s sets as the motion core ends them (a rep reported early on a hold is revised
     * there), as the report grades them.
     */
    public static List<Rep> setReps(SimulatedSession session) {
        List<Rep> reps = new ArrayList<>();
        MotionPipeline pipeline = new MotionPipeline(MotionSettings.DEFAULTS, new MotionListener() {
            @Override
            public void rep(Rep rep) {
            }

            @Override
            public void setEnded(SetResult set) {
                reps.addAll(set.reps());
            }
        });
        session.samples().forEach(pipeline::sample);
        pipeline.end();
        return reps;
    }
}
