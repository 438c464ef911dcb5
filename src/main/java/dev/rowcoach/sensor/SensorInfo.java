package dev.rowcoach.sensor;

/**
 * What a source says about the sensor. Fields the source does not state are {@code null}.
 *
 * @param model          IMU or device model, e.g. "LSM6DSOX" or "WT901"
 * @param deviceId       device identifier as the source gives it
 * @param firmware       firmware version string
 * @param accelRangeG    accelerometer full scale, ± g
 * @param gyroRangeDps   gyroscope full scale, ± °/s
 * @param nominalRateHz  output data rate the sensor is configured for, Hz
 */
public record SensorInfo(String model, String deviceId, String firmware,
                         Double accelRangeG, Double gyroRangeDps, Double nominalRateHz) {

    /** Nothing known. */
    public static final SensorInfo UNKNOWN = new SensorInfo(null, null, null, null, null, null);

    public SensorInfo {
        requirePositive(accelRangeG, "accelRangeG");
        requirePositive(gyroRangeDps, "gyroRangeDps");
        requirePositive(nominalRateHz, "nominalRateHz");
    }

    /** A copy with the nominal rate replaced. */
    public SensorInfo withNominalRateHz(Double rateHz) {
        return new SensorInfo(model, deviceId, firmware, accelRangeG, gyroRangeDps, rateHz);
    }

    private static void requirePositive(Double v, String name) {
        if (v != null && !(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + v);
        }
    }
}
