package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthEvent;
import dev.rowcoach.lab.truth.TruthLifter;
import dev.rowcoach.lab.truth.TruthSet;
import dev.rowcoach.sensor.Sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a labelled rowing session: lays out the plan's motion for a lifter drawn from the seed,
 * samples the sensor on the bar at the format's timing, adds the sensor's errors, and measures the truth
 * labels on the bar's own trajectory. Deterministic: one seed, one session, byte for byte.
 *
 * <pre>
 *   SimulatedSession s = Simulator.run(SimulationRequest.of("barbell-row 3x8 @80kg", 42, OutputFormat.ROWCOACH, 200, true));
 *   s.samples();   // what the file holds
 *   s.truth();     // the labels
 *   SimulatedFileWriter.write(s, Path.of("session.bin"));   // the file and session.bin.truth.json
 * </pre>
 */
public final class Simulator {

    /** Device model written into simulated files. */
    public static final String MODEL = "rowcoach-sim";

    private Simulator() {
    }

    /** Simulates {@code plan} (text or preset) with a realistic sensor and a random mount. */
    public static SimulatedSession run(String plan, long seed, OutputFormat format, double rateHz, boolean gyro) {
        return run(SimulationRequest.of(plan, seed, format, rateHz, gyro));
    }

    /**
     * Simulates {@code request}.
     *
     * @throws PlanException when the plan cannot be done by the drawn lifter (a rom out of reach)
     */
    public static SimulatedSession run(SimulationRequest request) {
        SplittableRandom master = new SplittableRandom(request.seed());
        SplittableRandom lifterRnd = master.split();
        SplittableRandom styleRnd = master.split();
        SplittableRandom planRnd = master.split();
        SplittableRandom mountRnd = master.split();
        SplittableRandom errorRnd = master.split();
        SplittableRandom configRnd = master.split();
        SplittableRandom timingRnd = master.split();
        SplittableRandom noiseRnd = master.split();
        boolean ideal = request.ideal();

        // The hinge family draws its body and habits from a stream of its own, split after the others, so the
        // rower family's draws (and files) are what they were before the hinge family existed.
        boolean hingeFamily = request.family() == Family.HINGE;
        SplittableRandom hingeRnd = hingeFamily ? master.split() : null;
        Lifter lifter = hingeFamily ? Lifter.fromPercentiles(hingeRnd, request.torsoAngleDeg(), request.plan())
                : Lifter.random(lifterRnd, request.torsoAngleDeg(), request.plan());
        LiftingStyle style = LiftingStyle.random(styleRnd);
        HingeStyle hinge = hingeFamily ? HingeStyle.random(hingeRnd) : null;
        Choreography choreography = Choreographer.build(request.plan(), lifter, style, hinge, planRnd);
        Mount mount = request.mount() == MountMode.FLAT ? Mount.flat() : Mount.random(mountRnd);
        SensorErrors errors = ideal ? SensorErrors.NONE : SensorErrors.random(errorRnd);
        double gravity = ideal ? Sample.STANDARD_GRAVITY : Rand.uniform(configRnd, 9.780, 9.832);
        SensorConfig config = config(request, configRnd);
        SampleSchedule schedule = schedule(request, config, choreography, timingRnd);

        Kinematics kinematics = new Kinematics(choreography.motion(), mount, gravity);
        SensorModel sensor = ideal
                ? new SensorModel(SensorErrors.NONE, request.rateHz(), 0, 0, noiseRnd)
                : new SensorModel(errors, request.rateHz(), config.accelRangeG(), config.gyroRangeDps(), noiseRnd);
        List<Sample> produced = sample(request, config, schedule, kinematics, sensor);
        boolean[] dropped = new boolean[schedule.size()];
        int firstWritten = -1;
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = schedule.dropped(i);
            if (!dropped[i] && firstWritten < 0) {
                firstWritten = i;
            }
        }
        if (firstWritten < 0) {
            throw new IllegalStateException("every sample was dropped");
        }
        double offsetS = schedule.stampUs(firstWritten) / 1e6;
        Truth truth = truth(request, lifter, mount, choreography, schedule, offsetS);
        return new SimulatedSession(request, produced, dropped, config, truth,
                new SimulatedSession.Internals(choreography, kinematics, gravity, offsetS));
    }

    private static SensorConfig config(SimulationRequest request, SplittableRandom rnd) {
        boolean witmotion = request.format() == OutputFormat.WITMOTION;
        double pick = rnd.nextDouble();
        int accel = witmotion ? 16 : pick < 0.3 ? 4 : pick < 0.7 ? 8 : 16;
        int gyro = !request.gyro() ? 0 : witmotion ? 2000 : new int[]{500, 1000, 2000}[rnd.nextInt(3)];
        int maxPerFrame = request.gyro() ? 18 : 36;
        int perFrame = request.format().framed()
                ? (int) Rand.clamp(Math.round(request.rateHz() * Rand.uniform(rnd, 0.01, 0.04)), 1, maxPerFrame) : 1;
        boolean ble = request.link() == Link.BLE;
        long clockStart = witmotion ? 0 : (rnd.nextLong() >>> 32);
        if (ble) {
            clockStart -= clockStart % 1000;
        }
        long deviceId = rnd.nextLong() >>> 16;
        return new SensorConfig(MODEL, deviceId, accel, gyro, perFrame, ble ? null : request.rateHz(), clockStart);
    }

    private static SampleSchedule schedule(SimulationRequest request, SensorConfig config, Choreography c,
                                           SplittableRandom rnd) {
        double duration = c.motion().durationS();
        double rate = request.rateHz();
        boolean ideal = request.ideal();
        SampleSchedule s;
        double dropProbability = 0;
        switch (request.format()) {
            case ROWCOACH, RECORDING -> {
                s = SampleSchedule.regular(Math.max(1, Math.round(1e6 / rate)), duration, config.samplesPerFrame());
                dropProbability = ideal || rnd.nextBoolean() ? 0 : Rand.uniform(rnd, 0.001, 0.01);
            }
            case WITMOTION -> s = SampleSchedule.exact(rate, duration);
            case ASCII -> {
                if (request.link() == Link.BLE) {
                    s = SampleSchedule.ble(rate, duration, rnd);
                } else if (ideal) {
                    s = SampleSchedule.exact(rate, duration);
                } else {
                    s = SampleSchedule.jittered(rate, duration, Rand.uniform(rnd, 0, 0.04), rnd);
                    dropProbability = rnd.nextBoolean() ? 0 : Rand.uniform(rnd, 0.0005, 0.002);
                }
            }
            default -> throw new IllegalStateException("unknown format " + request.format());
        }
        s.drop(dropProbability, c.gapWindows(), rnd);
        if (request.link() == Link.BLE && !ideal) {
            // Real BLE streams lose runs of notifications: 0–16 holes of 0.2–0.45 s per 30 s were measured.
            s.dropBursts(Rand.uniform(rnd, 0, 16), rnd);
        }
        return s;
    }

    private static List<Sample> sample(SimulationRequest request, SensorConfig config, SampleSchedule schedule,
                                       Kinematics kinematics, SensorModel sensor) {
        List<Sample> out = new ArrayList<>(schedule.size());
        double[] reading = new double[6];
        double[] measured = new double[6];
        int lastSource = -1;
        double lastValueS = 0;
        Sample previous = null;
        for (int i = 0; i < schedule.size(); i++) {
            long timeUs = config.clockStartUs() + schedule.stampUs(i);
            if (schedule.source(i) != lastSource) {
                double t = schedule.valueS(i);
                kinematics.reading(t, reading);
                sensor.measure(reading, lastSource < 0 ? 0 : t - lastValueS, measured);
                lastSource = schedule.source(i);
                lastValueS = t;
                previous = request.gyro()
                        ? new Sample(timeUs, measured[0], measured[1], measured[2], measured[3], measured[4], measured[5])
                        : Sample.accelOnly(timeUs, measured[0], measured[1], measured[2]);
                out.add(previous);
            } else {
                out.add(new Sample(timeUs, previous.ax(), previous.ay(), previous.az(), previous.gx(), previous.gy(),
                        previous.gz()));
            }
        }
        return out;
    }

    private static Truth truth(SimulationRequest request, Lifter lifter, Mount mount, Choreography c,
                               SampleSchedule schedule, double offsetS) {
        TruthLabeller labeller = new TruthLabeller(c.motion());
        List<TruthSet> sets = new ArrayList<>();
        for (DesignedSet set : c.sets()) {
            sets.add(labeller.label(set, offsetS));
        }
        List<TruthEvent> events = new ArrayList<>();
        for (TruthEvent e : c.events()) {
            events.add(new TruthEvent(e.type(), e.startS() - offsetS, e.endS() - offsetS));
        }
        events.addAll(gapEvents(schedule, offsetS));
        events.sort(Comparator.comparingDouble(TruthEvent::startS));
        double[] rpy = mount.rollPitchYawDeg();
        TruthLifter who = new TruthLifter(Math.toDegrees(c.geometry().torsoRad()), lifter.torsoLengthM(),
                lifter.armLengthM(), rpy[0], rpy[1], rpy[2], mount.offsetM());
        return new Truth(Truth.SCHEMA, request.seed(), request.format().id(), request.rateHz(), request.gyro(), who,
                sets, events);
    }

    /** One "gap" per run of left-out samples: from the last written sample before it to the first after. */
    private static List<TruthEvent> gapEvents(SampleSchedule schedule, double offsetS) {
        List<TruthEvent> out = new ArrayList<>();
        int n = schedule.size();
        int i = 0;
        while (i < n) {
            if (!schedule.dropped(i)) {
                i++;
                continue;
            }
            int from = i;
            while (i < n && schedule.dropped(i)) {
                i++;
            }
            long start = schedule.stampUs(Math.max(0, from - 1));
            long end = schedule.stampUs(Math.min(n - 1, i));
            out.add(new TruthEvent("gap", start / 1e6 - offsetS, end / 1e6 - offsetS));
        }
        return out;
    }
}
