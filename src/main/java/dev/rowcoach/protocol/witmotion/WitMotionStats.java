package dev.rowcoach.protocol.witmotion;

/**
 * A snapshot of what a {@link WitMotionDecoder} has seen so far, for diagnostics ({@code rowcoach inspect}).
 *
 * @param rateHz              nominal rate the clock is reconstructed from, Hz
 * @param validPackets        packets with sync byte, known type and matching checksum
 * @param accelPackets        valid 0x51 packets
 * @param gyroPackets         valid 0x52 packets
 * @param otherPackets        valid packets of every other known type (time, angle, magnetometer, ...)
 * @param combinedPackets     20-byte packets of the BLE variants (0x61 data, 0x71 register replies); not
 *                            counted in {@code validPackets}
 * @param malformedRuns       {@code Malformed} events reported (runs of skipped bytes, including a truncated tail)
 * @param malformedBytes      bytes skipped in those runs
 * @param samples             samples delivered
 * @param missingSamples      samples reported missing in gaps (estimated: the stream has no sequence numbers)
 * @param incompleteCycles    accel packets dropped because their gyro packet was lost, in a stream with gyro
 * @param unpairedGyroPackets gyro packets dropped because their accel packet was lost
 * @param chipClockRateHz     accel packets per second of the device's own chip time (0x50 packets), Hz;
 *                            NaN when the stream has fewer than two usable time packets. Far from
 *                            {@code rateHz} means the reconstructed clock runs at the wrong speed
 * @param lastTemperatureC    temperature from the latest accel packet, °C; NaN before the first
 * @param lastRollDeg         roll from the latest angle packet (the device's own fusion), degrees; NaN before the first
 * @param lastPitchDeg        pitch from the latest angle packet, degrees; NaN before the first
 * @param lastYawDeg          yaw from the latest angle packet, degrees; NaN before the first
 */
public record WitMotionStats(double rateHz, long validPackets, long accelPackets, long gyroPackets,
                             long otherPackets, long combinedPackets, long malformedRuns, long malformedBytes, long samples,
                             long missingSamples, long incompleteCycles, long unpairedGyroPackets,
                             double chipClockRateHz, double lastTemperatureC, double lastRollDeg,
                             double lastPitchDeg, double lastYawDeg) {
}
