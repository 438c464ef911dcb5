package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.Malformed;

/** Receives the rows of one per-sensor file from an {@link AxisDecoder}, in file order. */
public interface AxisListener {

    /**
     * One reading: time in µs on the file's clock and the three axes in the file's own unit
     * ({@link AxisHeader#unit()}), in x, y, z order whatever the column order.
     */
    void row(long timeUs, double x, double y, double z);

    /** A line was skipped (too few fields, not a number, time not increasing). */
    void malformed(Malformed malformed);
}
