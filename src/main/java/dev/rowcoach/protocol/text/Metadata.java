package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;
import dev.rowcoach.sensor.SensorInfo;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code key=value} metadata from the leading {@code #} lines of a text recording. Known keys:
 * {@code rate_hz}, {@code accel_unit} (g|mps2), {@code gyro_unit} (dps|rads), {@code model},
 * {@code device_id}, {@code firmware}, {@code accel_range_g}, {@code gyro_range_dps}. Unknown keys are
 * kept for display; values that do not parse are ignored with a notice.
 */
final class Metadata {

    static final String ASCII_MAGIC = "# rowcoach-ascii";

    private final Map<String, String> values = new LinkedHashMap<>();
    private String asciiVersion;

    /** Reads one comment line (without its '#'). */
    void parse(String text, boolean firstLine) {
        String t = text.trim();
        if (firstLine && t.startsWith("rowcoach-ascii")) {
            asciiVersion = t.substring("rowcoach-ascii".length()).trim();
            return;
        }
        for (String token : t.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0 && eq < token.length() - 1) {
                values.put(token.substring(0, eq).toLowerCase(Locale.ROOT), token.substring(eq + 1));
            }
        }
    }

    String asciiVersion() {
        return asciiVersion;
    }

    Double rateHz() {
        return positive("rate_hz");
    }

    /** The stated accelerometer unit; for ASCII, g when unstated; for CSV, null (inferred later). */
    AccelUnit accelUnit(WireFormat format) {
        String v = values.get("accel_unit");
        if (v != null) {
            try {
                return AccelUnit.fromId(v);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return format == WireFormat.ASCII ? AccelUnit.G : null;
    }

    /** The stated gyroscope unit; for ASCII, °/s when unstated; for CSV, null (inferred later). */
    GyroUnit gyroUnit(WireFormat format) {
        String v = values.get("gyro_unit");
        if (v != null) {
            try {
                return GyroUnit.fromId(v);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return format == WireFormat.ASCII ? GyroUnit.DPS : null;
    }

    /** ASCII defaults that were applied because a key was missing: key → assumed value. */
    Map<String, String> defaultsUsed(boolean hasGyro) {
        Map<String, String> used = new LinkedHashMap<>();
        if (!values.containsKey("accel_unit")) {
            used.put("accel_unit", "g");
        }
        if (hasGyro && !values.containsKey("gyro_unit")) {
            used.put("gyro_unit", "dps");
        }
        return used;
    }

    SensorInfo sensorInfo(Double rateHz) {
        return new SensorInfo(values.get("model"), values.get("device_id"), values.get("firmware"),
                positive("accel_range_g"), positive("gyro_range_dps"), rateHz);
    }

    private Double positive(String key) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            return d > 0 && Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
