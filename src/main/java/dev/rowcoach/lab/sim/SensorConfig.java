package dev.rowcoach.lab.sim;



/**
 * The simulated device's configuration, as a file states it.
 *
 * @param model           model string written into the file
 * @param deviceId        device identifier
 * @param accelRangeG     accelerometer full scale, ± g (4, 8 or 16; WitMotion always 16)
 * @param gyroRangeDps    gyroscope full scale, ± °/s (500, 1000 or 2000; WitMotion 2000), 0 without gyroscope
 * @param samplesPerFrame samples per rowcoach SAMPLES frame (1 for other formats)
 * @param statedRateHz    nominal rate the file states, Hz, or null when it states none (ASCII over BLE)
 * @param clockStartUs    the device clock at the session's start, µs (a 32-bit counter: 0 … 2³² − 1)
 */
public record SensorConfig(String model, long deviceId, int accelRangeG, int gyroRangeDps, int samplesPerFrame,
                           Double statedRateHz, long clockStartUs) {
}
