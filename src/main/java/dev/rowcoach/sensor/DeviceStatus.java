package dev.rowcoach.sensor;

/**
 * A status report from a device.
 *
 * @param timeUs         device clock, µs (unwrapped)
 * @param batteryPercent 0–100, or -1 when the device does not know
 * @param droppedSamples the device's running count of samples it could not send
 */
public record DeviceStatus(long timeUs, int batteryPercent, long droppedSamples) {
}
