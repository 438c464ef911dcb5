package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * Which columns of a delimited text file hold time, acceleration and angular rate, and in which units.
 *
 * @param timeColumn  index of the time column
 * @param timeScale   unit of the time column
 * @param accel       indices of the x, y, z accelerometer columns
 * @param accelUnit   unit of the accelerometer columns
 * @param gyro        indices of the x, y, z gyroscope columns, or null when there is no gyroscope
 * @param gyroUnit    unit of the gyroscope columns (null when there is no gyroscope)
 * @param source      how the columns were found, e.g. "header row" or "no header: guessed from the data"
 * @param inferred    which units were inferred from the data rather than stated: "time", "accel", "gyro"
 * @param evidence    for each inferred unit, one phrase saying what in the data decided it
 * @param doubtful    one sentence per inferred unit that the data does not clearly show (a guess a user
 *                    should check); empty when every inference is clear
 * @param gyroGuessed whether the gyroscope's unit is among the doubtful ones (more rows may settle it)
 */
record CsvLayout(int timeColumn, TimeScale timeScale, int[] accel, AccelUnit accelUnit, int[] gyro,
                 GyroUnit gyroUnit, String source, List<String> inferred, List<String> evidence, List<String> doubtful,
                 boolean gyroGuessed) {

    /** Columns a data line must have for this layout to read it. */
    int minFields() {
        int max = Math.max(timeColumn, Math.max(accel[0], Math.max(accel[1], accel[2])));
        if (gyro != null) {
            max = Math.max(max, Math.max(gyro[0], Math.max(gyro[1], gyro[2])));
        }
        return max + 1;
    }

    boolean hasGyro() {
        return gyro != null;
    }

    /** The layout in {@code --columns} notation, e.g. "-,t_ms,ax,ay,az,gx,gy,gz". */
    String mapping(int fieldCount) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.max(fieldCount, minFields()); i++) {
            names.add("-");
        }
        names.set(timeColumn, "t_" + timeScale.id);
        String[] axes = {"x", "y", "z"};
        for (int a = 0; a < 3; a++) {
            names.set(accel[a], "a" + axes[a]);
            if (gyro != null) {
                names.set(gyro[a], "g" + axes[a]);
            }
        }
        return String.join(",", names);
    }

    /** One line for {@code inspect}: the mapping, how it was found, and the units with the inferred ones marked. */
    String describe(int fieldCount) {
        StringBuilder b = new StringBuilder("columns ").append(mapping(fieldCount)).append(" (").append(source)
                .append("); units: time ").append(timeScale.id).append(mark("time"))
                .append(", accel ").append(accelUnit.id()).append(mark("accel"));
        if (gyro != null) {
            b.append(", gyro ").append(gyroUnit.id()).append(mark("gyro"));
        } else {
            b.append(", no gyroscope");
        }
        if (!inferred.isEmpty()) {
            b.append(" (* inferred from the data; override with --columns, --accel-unit, --gyro-unit)");
        }
        return b.toString();
    }

    private String mark(String unit) {
        return inferred.contains(unit) ? "*" : "";
    }

    /** Thrown when no layout can be found; its message says why in a few words. */
    static final class Unresolved extends Exception {
        Unresolved(String why) {
            super(why, null, false, false);
        }
    }
}
