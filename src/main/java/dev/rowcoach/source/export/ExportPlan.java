package dev.rowcoach.source.export;

import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.protocol.text.AxisHeader;

import java.util.List;

/**
 * Which files of an export make the sample stream, decided from names and headers alone.
 *
 * @param app          the app that wrote the export
 * @param accel        the accelerometer file
 * @param accelHeader  its header
 * @param withGravity  whether {@code accel} includes gravity (else {@code gravity} is added to it)
 * @param gravity      the gravity file when {@code accel} is gravity-free, else null
 * @param gravityHeader its header, or null
 * @param gyro         the gyroscope file, or null when the export has none
 * @param gyroHeader   its header, or null
 * @param negateAccel  whether acceleration and gravity are written with the opposite sign to rowcoach's
 *                     (Sensor Logger on iOS without "Standardise Units &amp; Frames")
 * @param notes        what the user should know about the choice, one sentence each
 */
record ExportPlan(WireFormat app, String accel, AxisHeader accelHeader, boolean withGravity, String gravity,
                  AxisHeader gravityHeader, String gyro, AxisHeader gyroHeader, boolean negateAccel,
                  List<String> notes) {
}
