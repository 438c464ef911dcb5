package dev.rowcoach.motion;

import org.apache.commons.math3.geometry.euclidean.threed.Rotation;
import org.apache.commons.math3.geometry.euclidean.threed.RotationConvention;
import org.apache.commons.math3.geometry.euclidean.threed.RotationOrder;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orientation against an independent reference: commons-math3 rotations build the sensor readings of a
 * known motion; the filter must recover the world-frame vertical acceleration.
 */
class OrientationFilterTest {

    private static final double G = 9.80665;
    private static final double DT = 0.01;

    @Test
    void aStillSensorInAnyOrientationReadsNoVerticalAcceleration() {
        SplittableRandom r = new SplittableRandom(8);
        for (int k = 0; k < 50; k++) {
            Rotation mount = new Rotation(RotationOrder.ZYX, RotationConvention.VECTOR_OPERATOR,
                    r.nextDouble(-Math.PI, Math.PI), r.nextDouble(-Math.PI / 2, Math.PI / 2), r.nextDouble(-Math.PI, Math.PI));
            Vector3D f = mount.applyInverseTo(new Vector3D(0, 0, G * 1.02)); // 2 % scale error
            OrientationFilter o = new OrientationFilter(5, 0.5, 10, 30);
            for (int i = 0; i < 500; i++) {
                o.update(f.getX(), f.getY(), f.getZ(), 0, 0, 0, true, DT);
            }
            assertEquals(0, o.verticalMps2(), 1e-9);
            assertEquals(G * 1.02, o.gravityMps2(), 1e-9, "the scale error is absorbed");
            double[] u = o.gravityInSensor();
            Vector3D up = mount.applyInverseTo(Vector3D.PLUS_K);
            assertEquals(0, Vector3D.angle(up, new Vector3D(u[0], u[1], u[2])), 1e-6);
        }
    }

    /**
     * The bar rolls ±12° about its long axis while it moves up and down with a known acceleration; with
     * the gyro the vertical acceleration is recovered closely, while an accelerometer-only tilt leaks
     * gravity into it.
     */
    @Test
    void theGyroCarriesTheTiltThroughBarRoll() {
        Rotation mount = new Rotation(RotationOrder.ZYX, RotationConvention.VECTOR_OPERATOR, 0.4, 0.9, -2.0);
        double errorGyro = 0, errorAccelOnly = 0;
        OrientationFilter withGyro = new OrientationFilter(5, 0.5, 10, 30);
        OrientationFilter accelOnly = new OrientationFilter(5, 0.5, 10, 30);
        int n = 0;
        double w = 2 * Math.PI / 2.2;
        double rollAmp = Math.toRadians(12);
        for (int i = 0; i < 60 * 100; i++) {
            double t = i * DT;
            double aUp = 0.45 / 2 * w * w * Math.cos(w * t);
            double roll = rollAmp * Math.sin(w * t);
            double rollRate = rollAmp * w * Math.cos(w * t);
            // World ← bar: roll about the bar's long axis (world y); sensor mounted on the bar.
            Rotation bar = new Rotation(Vector3D.PLUS_J, roll, RotationConvention.VECTOR_OPERATOR);
            Rotation sensorToWorld = bar.applyTo(mount);
            Vector3D f = sensorToWorld.applyInverseTo(new Vector3D(0, 0, G + aUp));
            Vector3D omega = sensorToWorld.applyInverseTo(new Vector3D(0, rollRate, 0));
            withGyro.update(f.getX(), f.getY(), f.getZ(), omega.getX(), omega.getY(), omega.getZ(), false, DT);
            accelOnly.update(f.getX(), f.getY(), f.getZ(), 0, 0, 0, false, DT);
            if (t > 20) {
                errorGyro += Math.pow(withGyro.verticalMps2() - aUp, 2);
                errorAccelOnly += Math.pow(accelOnly.verticalMps2() - aUp, 2);
                n++;
            }
        }
        double rmsGyro = Math.sqrt(errorGyro / n), rmsAccel = Math.sqrt(errorAccelOnly / n);
        assertTrue(rmsGyro < 0.05, "with gyro: " + rmsGyro);
        assertTrue(rmsAccel > 3 * rmsGyro, "accelerometer-only leaks gravity: " + rmsAccel + " vs " + rmsGyro);
    }
}
