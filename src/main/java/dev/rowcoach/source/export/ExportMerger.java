package dev.rowcoach.source.export;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.GyroUnit;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;

import java.io.IOException;
import java.util.Locale;

/**
 * Merges the per-sensor files of an {@link ExportPlan} into one {@link Sample} stream. The faster of
 * accelerometer and gyroscope sets the timeline (the accelerometer when they are equal); the other sensor,
 * and gravity when the acceleration is gravity-free, are interpolated linearly onto it by timestamp. The
 * motion core then resamples the stream onto its own uniform grid. Units come from the headers, else from
 * the magnitude of the gravity-including data (about 1 in g, 9.8 in m/s²); Sensor Logger's gyroscope is
 * rad/s as its documentation states.
 */
final class ExportMerger {

    /** Rows read ahead of the merge to measure each file's rate and magnitude. */
    private static final int PROBE_ROWS = 200;
    /** Below this accelerometer rate, velocity and ROM are low-confidence (as the motion core says). */
    private static final double LOW_RATE_HZ = 30;
    /** A jump of more than this many periods of the timeline, or 250 ms, is a gap. */
    private static final double GAP_PERIODS = 10;
    private static final long GAP_MIN_US = 250_000;

    private ExportMerger() {
    }

    /**
     * Reads the streams and sends samples, gaps, malformed lines and notices to {@code out}.
     *
     * @param gravity  null when {@code accel} includes gravity
     * @param gyro     null when the export has no gyroscope
     * @param settings the user's units, when given, override the files'
     */
    static void merge(ExportPlan plan, AxisStream accel, AxisStream gravity, AxisStream gyro, DecoderSettings settings,
                      StreamListener out) throws IOException {
        if (accel.prefetch(PROBE_ROWS) == 0) {
            throw new ExportException(ExportContainer.baseName(accel.name()) + ": no readable data rows");
        }
        if (gravity != null && gravity.prefetch(PROBE_ROWS) == 0) {
            throw new ExportException(ExportContainer.baseName(gravity.name()) + ": no readable data rows");
        }
        if (gyro != null) {
            gyro.prefetch(PROBE_ROWS);
        }
        double accelStep = accel.queuedMedianStepUs();
        double gyroStep = gyro == null ? Double.NaN : gyro.queuedMedianStepUs();
        double ka = settings.accelUnit() != null ? settings.accelUnit().toMps2() : accelScale(plan, accel, gravity);
        double kg = gyro == null ? Double.NaN
                : (settings.gyroUnit() != null ? settings.gyroUnit() : gyroUnit(plan)).toRads();
        boolean gyroLeads = gyro != null && gyroStep < 0.75 * accelStep;
        AxisStream lead = gyroLeads ? gyro : accel;
        double leadStep = gyroLeads ? gyroStep : accelStep;

        String accelHow = settings.accelUnit() != null ? " from --accel-unit"
                : plan.accelHeader().accelUnit() == null ? " from the median |a|" : "";
        out.notice(describe(plan, accel, gravity, gyro, accelStep, gyroStep, ka, accelHow, kg, gyroLeads));
        for (String n : plan.notes()) {
            out.notice(n);
        }
        if (1e6 / accelStep < LOW_RATE_HZ) {
            out.notice(String.format(Locale.ROOT, "the accelerometer runs at %.1f Hz: reps are counted, but velocity and"
                    + " ROM are low-confidence (rowcoach needs 30 Hz or more for them)", 1e6 / accelStep));
        }

        long maxSpanAccel = Math.round(3 * accelStep);
        long maxSpanGyro = gyro == null ? 0 : Math.round(3 * gyroStep);
        long holdAccel = Math.round(accelStep);
        long holdGyro = gyro == null ? 0 : Math.round(gyroStep);
        long gapUs = Double.isNaN(leadStep) ? GAP_MIN_US : Math.max(GAP_MIN_US, Math.round(GAP_PERIODS * leadStep));
        double sign = plan.negateAccel() ? -1 : 1;
        double[] a = new double[3], g = new double[3], w = new double[3];
        long last = Long.MIN_VALUE;
        long dropped = 0;
        while (lead.pull()) {
            long t = lead.t;
            boolean hasAccel;
            boolean hasGyro;
            if (gyroLeads) {
                w[0] = lead.x;
                w[1] = lead.y;
                w[2] = lead.z;
                hasGyro = true;
                hasAccel = accel.at(t, maxSpanAccel, holdAccel, a);
            } else {
                a[0] = lead.x;
                a[1] = lead.y;
                a[2] = lead.z;
                hasAccel = true;
                hasGyro = gyro != null && gyro.at(t, maxSpanGyro, holdGyro, w);
            }
            if (!hasAccel) {
                dropped++;
                continue;
            }
            if (gravity != null && gravity.at(t, Long.MAX_VALUE, Long.MAX_VALUE, g)) {
                a[0] += g[0];
                a[1] += g[1];
                a[2] += g[2];
            }
            double k = sign * ka;
            if (!Double.isFinite((a[0] + a[1] + a[2]) * k) || hasGyro && !Double.isFinite((w[0] + w[1] + w[2]) * kg)) {
                out.malformed(new Malformed(-1, 0, "a value out of range"));
                continue;
            }
            if (last != Long.MIN_VALUE && t - last > Gap.MAX_TIME_JUMP_US) {
                out.gap(new Gap(last, t, -1, Gap.Cause.DEVICE_RESET));
            } else if (last != Long.MIN_VALUE && t - last > gapUs) {
                long missing = Double.isNaN(leadStep) ? -1 : Math.max(0, Math.round((t - last) / leadStep) - 1);
                out.gap(new Gap(last, t, missing, Gap.Cause.TIME_JUMP));
            }
            last = t;
            out.sample(hasGyro
                    ? new Sample(t, a[0] * k, a[1] * k, a[2] * k, w[0] * kg, w[1] * kg, w[2] * kg)
                    : Sample.accelOnly(t, a[0] * k, a[1] * k, a[2] * k));
        }
        if (dropped > 0) {
            out.notice(dropped + " gyroscope readings outside the accelerometer's time span (or in its gaps) were not used");
        }
    }

    private static double accelScale(ExportPlan plan, AxisStream accel, AxisStream gravity) throws ExportException {
        AccelUnit stated = plan.accelHeader().accelUnit();
        if (stated != null) {
            return stated.toMps2();
        }
        AxisStream withG = gravity != null ? gravity : accel;
        double norm = withG.queuedMedianNorm();
        AccelUnit inferred = AccelUnit.fromMedianNorm(norm);
        if (inferred == null) {
            throw new ExportException(String.format(Locale.ROOT, "%s: cannot tell the unit (median |a| = %.2f, neither"
                    + " about 1 g nor about 9.8 m/s²)", ExportContainer.baseName(withG.name()), norm));
        }
        return inferred.toMps2();
    }

    private static GyroUnit gyroUnit(ExportPlan plan) {
        GyroUnit stated = plan.gyroHeader().gyroUnit();
        // Sensor Logger documents rad/s and writes no unit; other apps state theirs.
        return stated != null ? stated : GyroUnit.RADS;
    }

    private static String describe(ExportPlan plan, AxisStream accel, AxisStream gravity, AxisStream gyro,
                                   double accelStep, double gyroStep, double ka, String accelHow, double kg,
                                   boolean gyroLeads) {
        StringBuilder b = new StringBuilder(appName(plan)).append(" export: ")
                .append(ExportContainer.baseName(accel.name()))
                .append(plan.withGravity() ? " (acceleration with gravity, " : " (acceleration without gravity, ")
                .append(hz(accelStep)).append(", ").append(ka == 1.0 ? "m/s²" : "g")
                .append(accelHow).append(')');
        if (gravity != null) {
            b.append(" + ").append(ExportContainer.baseName(gravity.name())).append(" (gravity added back)");
        }
        if (gyro != null) {
            b.append(", ").append(ExportContainer.baseName(gyro.name())).append(" (").append(hz(gyroStep)).append(", ")
                    .append(kg == 1.0 ? "rad/s" : "deg/s").append(')');
            b.append(gyroLeads ? "; accelerometer interpolated onto the gyroscope's timeline"
                    : "; gyroscope interpolated onto the accelerometer's timeline");
        } else {
            b.append("; no gyroscope file");
        }
        return b.toString();
    }

    private static String appName(ExportPlan plan) {
        return switch (plan.app()) {
            case SENSOR_LOGGER -> "Sensor Logger";
            case PHYPHOX -> "phyphox";
            case METABASE -> "MetaBase";
            default -> plan.app().id();
        };
    }

    private static String hz(double stepUs) {
        return Double.isNaN(stepUs) ? "rate unknown" : String.format(Locale.ROOT, "%.1f Hz", 1e6 / stepUs);
    }
}
