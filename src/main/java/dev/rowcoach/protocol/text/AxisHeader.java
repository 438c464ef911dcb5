package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The header of a per-sensor CSV as phone and IMU apps export them: one time column and three axis columns
 * of one sensor ({@code time,seconds_elapsed,z,y,x}, {@code "Time (s)","Acceleration x (m/s^2)",…},
 * {@code epoch (ms),time (…),elapsed (s),x-axis (g),…}).
 *
 * @param cells       the header cells as written (quotes removed by trimming only)
 * @param delimiter   the field delimiter: comma, semicolon or tab
 * @param timeColumn  index of the time column used: an {@code epoch} column if there is one (shared by
 *                    sibling files), else the first time column with a known unit
 * @param timeToUs    factor from the time column's unit to µs
 * @param axes        indices of the x, y and z columns
 * @param quantity    the words before the axis letter, lower case: "acceleration", "linear acceleration",
 *                    "gyroscope", or "" for bare axes ({@code x}, {@code x-axis})
 * @param unit        the axes' unit as written in brackets, lower case, or null when the header gives none
 * @param problem     why the header cannot be read although it looks like one (mixed units), or null
 * @param otherSensor whether the header also names axes of another quantity ("Gyroscope x" beside
 *                    "Acceleration x"): then it is not a one-sensor file, and only the generic CSV reader
 *                    reads all of it
 */
public record AxisHeader(List<String> cells, byte delimiter, int timeColumn, double timeToUs, int[] axes,
                         String quantity, String unit, String problem, boolean otherSensor) {

    /**
     * The header on the first non-blank line of {@code head[0..len)}, or null when that line is not a
     * time column plus x, y and z columns.
     */
    public static AxisHeader read(byte[] head, int len) {
        int start = 0;
        if (len >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < len && (head[start] == '\n' || head[start] == '\r' || head[start] == ' ')) {
            start++;
        }
        int end = start;
        while (end < len && head[end] != '\n') {
            end++;
        }
        if (end > start && head[end - 1] == '\r') {
            end--;
        }
        if (end == start || end - start > TextDecoder.MAX_LINE) {
            return null;
        }
        byte delimiter = Delimiters.detect(head, start, end);
        return of(Delimiters.cells(head, start, end, delimiter), delimiter);
    }

    private static AxisHeader of(List<String> cells, byte delimiter) {
        int time = -1;
        double toUs = 0;
        int[] axes = {-1, -1, -1};
        String quantity = null;
        String unit = null;
        String problem = null;
        boolean otherSensor = false;
        int first = -1;
        for (int i = 0; i < cells.size(); i++) {
            ColumnNames.Role role = ColumnNames.classify(cells.get(i));
            if (role.kind() == ColumnNames.Kind.TIME && role.timeScale() != null) {
                boolean epoch = cells.get(i).replace("\"", "").trim().toLowerCase(java.util.Locale.ROOT).startsWith("epoch");
                if (time < 0 || epoch) {
                    time = i;
                    toUs = role.timeScale().toUs;
                }
                continue;
            }
            ColumnNames.AxisCell axis = ColumnNames.axisCell(cells.get(i));
            if (axis == null) {
                continue;
            }
            if (quantity != null && !quantity.equals(axis.quantity())) {
                otherSensor = true;
                continue;
            }
            if (axes[axis.axis()] >= 0) {
                continue;
            }
            if (first >= 0 && problem == null && !java.util.Objects.equals(unit, axis.unit())) {
                problem = "mixed units in the header (" + cells.get(first) + " vs " + cells.get(i) + ")";
            }
            if (first < 0) {
                first = i;
                quantity = axis.quantity();
                unit = axis.unit();
            }
            axes[axis.axis()] = i;
        }
        if (time < 0 || axes[0] < 0 || axes[1] < 0 || axes[2] < 0) {
            return null;
        }
        return new AxisHeader(List.copyOf(cells), delimiter, time, toUs, axes, quantity, unit, problem, otherSensor);
    }

    /** The axes' unit as an accelerometer unit, or null when the header gives none or another. */
    public AccelUnit accelUnit() {
        return unit == null ? null : ColumnNames.accelUnit(unit);
    }

    /** The axes' unit as a gyroscope unit, or null when the header gives none or another. */
    public GyroUnit gyroUnit() {
        return unit == null ? null : ColumnNames.gyroUnit(unit);
    }

    /** The header line as a user would recognise it. */
    public String text() {
        return String.join(new String(new byte[] {delimiter}, StandardCharsets.US_ASCII), cells);
    }

    /** Columns a data line must have. */
    int minFields() {
        return Math.max(timeColumn, Math.max(axes[0], Math.max(axes[1], axes[2]))) + 1;
    }
}
