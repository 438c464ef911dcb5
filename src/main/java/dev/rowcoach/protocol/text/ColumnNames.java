package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;

import java.util.Locale;

/**
 * Recognises what a CSV header cell names: the time column, an accelerometer axis or a gyroscope axis,
 * and the unit written beside it ("ax_g", "acc_x (m/s^2)", "Gyroscope x (rad/s)", "t_us", "time_ms"), in
 * the spellings hobby and open-source sensor loggers print: camel case is split into words ("tMillis" is
 * t in ms, "accX" and "AcX" accelerometer x, "gyroX" and "GyX" gyroscope x, "timeMs" time in ms), and a
 * unit may follow in brackets or as the last word ("Timestamp(ms)", "gx_deg_s").
 */
final class ColumnNames {

    /** What one header cell names; unit fields are null where the cell gives none. */
    record Role(Kind kind, int axis, TimeScale timeScale, AccelUnit accelUnit, GyroUnit gyroUnit) {
        static final Role OTHER = new Role(Kind.OTHER, -1, null, null, null);
    }

    enum Kind { TIME, ACCEL, GYRO, OTHER }

    /**
     * A header cell of a per-sensor file naming one axis: "x", "x-axis (g)", "Acceleration x (m/s^2)",
     * "Linear Acceleration y (m/s^2)", "Gyroscope z (rad/s)".
     *
     * @param axis     0, 1, 2 for x, y, z
     * @param quantity the words before the axis letter, lower case ("" for a bare axis or "x-axis")
     * @param unit     the unit in brackets, lower case, or null
     */
    record AxisCell(int axis, String quantity, String unit) {
    }

    private static final String[] TIME_BASES = {"t", "time", "timestamp", "ts", "seconds_elapsed", "elapsed",
        "epoch", "millis", "micros", "nanos", "seconds", "sample_time", "device_time"};
    private static final String[] ACCEL_BASES = {"a", "ac", "acc", "accl", "accel", "acceleration", "accelerometer", "imu_acc",
        "imu_accel", "raw_acc", "raw_accel"};
    private static final String[] GYRO_BASES = {"g", "gy", "gyr", "gyro", "gyroscope", "w", "omega", "angular_velocity",
        "angularvelocity", "angular_rate", "rate", "rotation_rate", "rotationrate", "imu_gyro", "raw_gyro"};

    private ColumnNames() {
    }

    /** What {@code cell} names. */
    static Role classify(String cell) {
        String[] nameUnit = nameAndUnit(cell);
        String name = nameUnit[0];
        String unit = nameUnit[1];
        name = name.replace(' ', '_').replace('-', '_').replace('.', '_');
        Role role = classifyBase(name, unit);
        if (role.kind() != Kind.OTHER || unit != null) {
            return role;
        }
        // A unit may follow as the last '_' words: "t_us", "ax_g", "gyro_x_dps", "gx_deg_s".
        for (int us = name.lastIndexOf('_'); us > 0; us = name.lastIndexOf('_', us - 1)) {
            Role r = classifyBase(name.substring(0, us), name.substring(us + 1));
            if (r.kind() != Kind.OTHER) {
                return r;
            }
        }
        return role;
    }

    /** What axis {@code cell} names in a per-sensor file, or null when it names none. */
    static AxisCell axisCell(String cell) {
        String[] nameUnit = nameAndUnit(cell);
        String[] words = nameUnit[0].replace('-', ' ').replace('_', ' ').trim().split("\\s+");
        String unit = nameUnit[1];
        int last = words.length - 1;
        if (last >= 1 && words[last].equals("axis")) {
            last--;
        }
        String letter = words[last];
        if (letter.length() != 1 || "xyz".indexOf(letter.charAt(0)) < 0) {
            return null;
        }
        return new AxisCell(letter.charAt(0) - 'x', String.join(" ", java.util.Arrays.copyOfRange(words, 0, last)), unit);
    }

    /** The normalised name of a cell and the unit in its brackets (null when none). */
    private static String[] nameAndUnit(String cell) {
        String name = normalise(cell);
        String unit = null;
        int paren = indexOfAny(name, "([");
        if (paren >= 0) {
            int close = indexOfAny(name.substring(paren), ")]");
            unit = close > 0 ? name.substring(paren + 1, paren + close).trim() : name.substring(paren + 1).trim();
            name = name.substring(0, paren).trim();
        }
        return new String[] {name, unit};
    }

    private static Role classifyBase(String base, String unit) {
        if (oneOf(base, TIME_BASES)) {
            TimeScale scale = unit == null ? impliedTimeScale(base) : TimeScale.fromUnitWord(unit);
            if (unit != null && scale == null) {
                return Role.OTHER;
            }
            return new Role(Kind.TIME, -1, scale, null, null);
        }
        int axis = axisOf(base);
        if (axis < 0) {
            return Role.OTHER;
        }
        String stem = base.substring(0, base.length() - 1);
        if (stem.endsWith("_")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (oneOf(stem, ACCEL_BASES)) {
            AccelUnit u = unit == null ? null : accelUnit(unit);
            return unit != null && u == null ? Role.OTHER : new Role(Kind.ACCEL, axis, null, u, null);
        }
        if (oneOf(stem, GYRO_BASES)) {
            GyroUnit u = unit == null ? null : gyroUnit(unit);
            return unit != null && u == null ? Role.OTHER : new Role(Kind.GYRO, axis, null, null, u);
        }
        return Role.OTHER;
    }

    private static TimeScale impliedTimeScale(String base) {
        return switch (base) {
            case "millis" -> TimeScale.MS;
            case "micros" -> TimeScale.US;
            case "nanos" -> TimeScale.NS;
            case "seconds", "seconds_elapsed", "elapsed" -> TimeScale.S;
            default -> null;
        };
    }

    static AccelUnit accelUnit(String unit) {
        return switch (unit.replace(" ", "")) {
            case "g" -> AccelUnit.G;
            case "m/s^2", "m/s2", "ms2", "mps2", "m/s/s", "ms^2", "m_s2", "m_s^2" -> AccelUnit.MPS2;
            default -> null;
        };
    }

    static GyroUnit gyroUnit(String unit) {
        return switch (unit.replace(" ", "")) {
            case "dps", "deg/s", "degs", "deg_s", "degrees/s" -> GyroUnit.DPS;
            case "rad/s", "rads", "rad_s", "radians/s" -> GyroUnit.RADS;
            default -> null;
        };
    }

    private static int axisOf(String base) {
        if (base.length() < 2) {
            return -1;
        }
        return switch (base.charAt(base.length() - 1)) {
            case 'x' -> 0;
            case 'y' -> 1;
            case 'z' -> 2;
            default -> -1;
        };
    }

    private static String normalise(String cell) {
        String s = cell.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return splitCamelCase(s.trim()).toLowerCase(Locale.ROOT)
                .replace("²", "^2").replace("µ", "u").replace("μ", "u").replace("°", "deg");
    }

    /** "tMillis" → "t_Millis", "accX" → "acc_X", up to the first bracket (units keep their case). */
    private static String splitCamelCase(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        boolean inUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            inUnit |= c == '(' || c == '[';
            if (!inUnit && i > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))) {
                b.append('_');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean oneOf(String s, String[] options) {
        for (String o : options) {
            if (o.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
