package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.lab.truth.TruthSet;
import dev.rowcoach.sensor.Sample;
import org.apache.commons.math3.geometry.euclidean.threed.Rotation;
import org.apache.commons.math3.geometry.euclidean.threed.RotationConvention;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sensor physics: specific force and angular rate in the sensor frame, checked independently. */
class KinematicsTest {

    private static final RotationConvention V = RotationConvention.VECTOR_OPERATOR;

    private static SimulatedSession ideal(String plan, long seed, double rateHz) {
        return Simulator.run(SimulationRequest.of(plan, seed, OutputFormat.ROWCOACH, rateHz, true).idealSensor());
    }

    @Test
    void atRestTheSpecificForceIsGravityInAnyMountOrientation() {
        int checked = 0;
        double[] upZ = new double[20];
        for (long seed = 1; seed <= 20; seed++) {
            SimulatedSession s = ideal("barbell-row 1x1", seed, 100);
            Kinematics k = s.internals().kinematics();
            assertTrue(k.motion().resting(0.5), "the bar starts on the floor");
            Sample first = s.producedSamples().get(10);
            double t = 10 / 100.0;
            assertEquals(Sample.STANDARD_GRAVITY, first.accelNorm(), 1e-9, "seed " + seed);
            assertEquals(0, Math.sqrt(sq(first.gx()) + sq(first.gy()) + sq(first.gz())), 1e-12);
            // The reading is gravity's "up" seen in the sensor's axes: rotate it back and it points up.
            Vector3D world = k.sensorOrientation(t).applyTo(new Vector3D(first.ax(), first.ay(), first.az()));
            assertEquals(Sample.STANDARD_GRAVITY, world.getZ(), 1e-9);
            upZ[(int) seed - 1] = first.az() / first.accelNorm();
            checked++;
        }
        assertEquals(20, checked);
        double min = java.util.Arrays.stream(upZ).min().orElseThrow();
        double max = java.util.Arrays.stream(upZ).max().orElseThrow();
        assertTrue(min < -0.5 && max > 0.5, "random mounts should put the sensor's z axis both up and down: " + min + ".." + max);
    }

    @Test
    void angularRateMatchesTheFiniteDifferenceOfTheSensorOrientation() {
        for (String plan : List.of("barbell-row 1x3 swing=cheat", "t-bar-row 1x2", "kroc-row 1x2", "pendlay-row 1x2")) {
            SimulatedSession s = ideal(plan, 7, 100);
            Kinematics k = s.internals().kinematics();
            double h = 1e-5;
            double[] reading = new double[6];
            int moving = 0;
            for (double t = 0.05; t < k.motion().durationS() - 0.05; t += 0.0173) {
                Rotation before = k.sensorOrientation(t - h);
                Rotation after = k.sensorOrientation(t + h);
                Rotation step = after.compose(before.revert(), V);
                Vector3D omegaWorld = step.getAngle() == 0 ? Vector3D.ZERO
                        : step.getAxis(V).scalarMultiply(step.getAngle() / (2 * h));
                Vector3D expected = k.sensorOrientation(t).applyInverseTo(omegaWorld);
                k.reading(t, reading);
                double tolerance = 1e-4 + 1e-4 * expected.getNorm();
                assertEquals(expected.getX(), reading[3], tolerance, plan + " at " + t);
                assertEquals(expected.getY(), reading[4], tolerance, plan + " at " + t);
                assertEquals(expected.getZ(), reading[5], tolerance, plan + " at " + t);
                if (expected.getNorm() > 0.2) {
                    moving++;
                }
            }
            assertTrue(moving > 20, plan + ": the implement should rotate noticeably, " + moving + " instants did");
        }
    }

    @Test
    void specificForceIsTheSensorAccelerationPlusGravityInSensorAxes() {
        SimulatedSession s = ideal("barbell-row 1x3 swing=excessive dip=yes", 3, 100);
        Kinematics k = s.internals().kinematics();
        double g = s.internals().gravity();
        double h = 5e-4;
        double[] reading = new double[6];
        double largest = 0;
        for (double t = 0.05; t < k.motion().durationS() - 0.05; t += 0.0131) {
            Vector3D accel = k.sensorPosition(t + h).subtract(k.sensorPosition(t).scalarMultiply(2))
                    .add(k.sensorPosition(t - h)).scalarMultiply(1 / (h * h));
            Vector3D expected = k.sensorOrientation(t).applyInverseTo(accel.add(new Vector3D(0, 0, g)));
            k.reading(t, reading);
            assertEquals(expected.getX(), reading[0], 0.02, "at " + t);
            assertEquals(expected.getY(), reading[1], 0.02, "at " + t);
            assertEquals(expected.getZ(), reading[2], 0.02, "at " + t);
            largest = Math.max(largest, accel.getNorm());
        }
        assertTrue(largest > 2, "the lift should accelerate the bar by more than 2 m/s², got " + largest);
    }

    @Test
    void doubleIntegratingTheWorldAccelerationReproducesTheTruthRom() {
        for (String plan : List.of("barbell-row 1x4 swing=cheat dip=yes", "pendlay-row 1x3", "yates-row 1x3 swing=excessive")) {
            SimulatedSession s = ideal(plan, 11, 1000);
            Motion motion = s.internals().choreography().motion();
            // A sensor exactly on the bar's axis sees the axis' motion (plus a tremor below 0.1 mm).
            Rotation mountRotation = Mount.fromRollPitchYawDeg(40, -70, 125);
            Kinematics k = new Kinematics(motion, Mount.onAxis(mountRotation), s.internals().gravity());
            double offset = s.internals().offsetS();
            TruthLabeller labeller = new TruthLabeller(motion);
            int reps = 0;
            for (TruthSet set : s.truth().sets()) {
                for (TruthRep r : set.reps()) {
                    double dt = 1e-3;
                    double start = r.concentricStartS() + offset;
                    int steps = (int) Math.round((r.concentricEndS() - r.concentricStartS()) / dt);
                    double v = labeller.verticalVelocity(start);
                    double z = 0;
                    double previous = verticalAccel(k, start, s.internals().gravity());
                    for (int i = 1; i <= steps; i++) {
                        double a = verticalAccel(k, start + i * dt, s.internals().gravity());
                        double vNext = v + (previous + a) / 2 * dt;
                        z += (v + vNext) / 2 * dt;
                        v = vNext;
                        previous = a;
                    }
                    assertEquals(r.romM(), z, 0.001, plan + " rep " + r.index());
                    reps++;
                }
            }
            assertTrue(reps >= 3, plan);
        }
    }

    @Test
    void integratingTheSamplesThemselvesReproducesTheSensorsDisplacement() {
        SimulatedSession s = ideal("barbell-row 1x3 swing=cheat", 5, 500);
        Kinematics k = s.internals().kinematics();
        double g = s.internals().gravity();
        List<Sample> samples = s.producedSamples();
        double offset = s.internals().offsetS();
        long t0 = samples.get(0).timeUs();
        int checked = 0;
        for (TruthRep r : s.truth().sets().get(0).reps()) {
            int from = (int) Math.round((r.concentricStartS() + offset) * 500);
            int to = (int) Math.round((r.concentricEndS() + offset) * 500);
            double tFrom = (samples.get(from).timeUs() - t0) / 1e6 + offset;
            double tTo = (samples.get(to).timeUs() - t0) / 1e6 + offset;
            double vz = (k.sensorPosition(tFrom + 1e-5).getZ() - k.sensorPosition(tFrom - 1e-5).getZ()) / 2e-5;
            double z = 0;
            double previous = worldZ(k, samples.get(from), tFrom, g);
            for (int i = from + 1; i <= to; i++) {
                double t = (samples.get(i).timeUs() - t0) / 1e6 + offset;
                double a = worldZ(k, samples.get(i), t, g);
                double vNext = vz + (previous + a) / 2 * 0.002;
                z += (vz + vNext) / 2 * 0.002;
                vz = vNext;
                previous = a;
            }
            double truth = k.sensorPosition(tTo).getZ() - k.sensorPosition(tFrom).getZ();
            assertEquals(truth, z, 0.001, "rep " + r.index());
            checked++;
        }
        assertEquals(3, checked);
    }

    @Test
    void mountAnglesRoundTrip() {
        SplittableRandom rnd = new SplittableRandom(99);
        for (int i = 0; i < 50; i++) {
            Mount m = Mount.random(rnd);
            double[] rpy = m.rollPitchYawDeg();
            Rotation back = Mount.fromRollPitchYawDeg(rpy[0], rpy[1], rpy[2]);
            assertEquals(0, Rotation.distance(m.rotation(), back), 1e-9);
            assertTrue(m.offsetM() >= 0.01 && m.offsetM() <= 0.04);
        }
    }

    private static double verticalAccel(Kinematics k, double t, double g) {
        double[] reading = new double[6];
        k.reading(t, reading);
        return k.sensorOrientation(t).applyTo(new Vector3D(reading[0], reading[1], reading[2])).getZ() - g;
    }

    private static double worldZ(Kinematics k, Sample s, double t, double g) {
        return k.sensorOrientation(t).applyTo(new Vector3D(s.ax(), s.ay(), s.az())).getZ() - g;
    }

    private static double sq(double v) {
        return v * v;
    }
}
