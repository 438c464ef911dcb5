package dev.rowcoach.testing;

import dev.rowcoach.sensor.Sample;
import org.apache.commons.math3.geometry.euclidean.threed.Rotation;
import org.apache.commons.math3.geometry.euclidean.threed.RotationConvention;
import org.apache.commons.math3.geometry.euclidean.threed.RotationOrder;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple, deterministic bar motion for format tests: rest, {@code reps} vertical cosine strokes of
 * {@code romM} metres each lasting {@code periodS}, rest; the sensor mounted at a fixed tilted
 * orientation on a bar that rolls with each pull (accelerometer and gyroscope consistent). Per rep the
 * analytic answers are ROM = romM, concentric = periodS/2, mean concentric velocity 2·romM/periodS and
 * peak velocity π·romM/periodS. It is a fixture for byte formats, not the physical simulator
 * (that comes with the motion core).
 */
public final class SyntheticRows {

    private SyntheticRows() {
    }

    /** Samples at {@code rateHz}: 2 s rest, the reps (the bar rolling ±8°), 2 s rest. */
    public static List<Sample> generate(double rateHz, int reps, double romM, double periodS, boolean gyro) {
        return generate(rateHz, reps, romM, periodS, 8, 2, gyro);
    }

    /** Samples at {@code rateHz}: {@code restS} of rest, the reps (the bar rolling ±{@code rollDeg}), rest. */
    public static List<Sample> generate(double rateHz, int reps, double romM, double periodS, double rollDeg,
                                        double restS, boolean gyro) {
        Rotation mount = new Rotation(RotationOrder.ZYX, RotationConvention.VECTOR_OPERATOR, 0.3, -0.5, 1.1);
        double g = Sample.STANDARD_GRAVITY;
        double rollRad = Math.toRadians(rollDeg);
        double totalS = 2 * restS + reps * periodS;
        int n = (int) Math.round(totalS * rateHz);
        List<Sample> out = new ArrayList<>(n);
        double w = 2 * Math.PI / periodS;
        for (int i = 0; i < n; i++) {
            double t = i / rateHz;
            double tr = t - restS;
            boolean moving = tr >= 0 && tr < reps * periodS;
            // z(t) = romM/2 (1 - cos wt): acceleration romM/2 w² cos wt while moving.
            double aVert = moving ? romM / 2 * w * w * Math.cos(w * tr) : 0;
            // The bar rolls about its long axis (world y) in step with the pull; the sensor rides on it.
            double roll = moving ? rollRad * Math.sin(w * tr) : 0;
            double rollRate = moving ? rollRad * w * Math.cos(w * tr) : 0;
            Rotation sensorToWorld = new Rotation(Vector3D.PLUS_J, roll, RotationConvention.VECTOR_OPERATOR).applyTo(mount);
            Vector3D f = sensorToWorld.applyInverseTo(new Vector3D(0, 0, g + aVert));
            Vector3D omega = sensorToWorld.applyInverseTo(new Vector3D(0, rollRate, 0));
            long timeUs = Math.round(t * 1e6);
            out.add(gyro ? new Sample(timeUs, f.getX(), f.getY(), f.getZ(), omega.getX(), omega.getY(), omega.getZ())
                    : Sample.accelOnly(timeUs, f.getX(), f.getY(), f.getZ()));
        }
        return out;
    }
}
