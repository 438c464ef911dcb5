package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.require;

import dev.rowcoach.sensor.SensorInfo;

/**
 * DEVICE_INFO (0x01): what the device is and how its sensor is configured.
 *
 * @param firmwareMajor  firmware version major, 0–255
 * @param firmwareMinor  firmware version minor, 0–255
 * @param firmwarePatch  firmware version patch, 0–255
 * @param gyroPresent    whether the device has a gyroscope
 * @param deviceId       u64 unique device id (any 64-bit pattern)
 * @param accelRangeCode accelerometer full-scale code, 0–4 (±2 … ±32 g)
 * @param gyroRangeCode  gyroscope full-scale code, 0–5 (±125 … ±4000 °/s); 0 when there is no gyroscope
 * @param rateMilliHz    configured output data rate, mHz, 1 … 2³²−1
 * @param model          IMU model, printable ASCII, at most 32 characters, may be empty
 */
public record DeviceInfoMessage(int firmwareMajor, int firmwareMinor, int firmwarePatch, boolean gyroPresent,
                                long deviceId, int accelRangeCode, int gyroRangeCode, long rateMilliHz,
                                String model) implements RowcoachMessage {

    public DeviceInfoMessage {
        require(RowcoachProtocol.isU8(firmwareMajor) && RowcoachProtocol.isU8(firmwareMinor)
                && RowcoachProtocol.isU8(firmwarePatch), "firmware version parts must be 0–255");
        require(RowcoachProtocol.isAccelRangeCode(accelRangeCode), "accelerometer range code must be 0–4, got " + accelRangeCode);
        require(RowcoachProtocol.isGyroRangeCode(gyroRangeCode), "gyroscope range code must be 0–5, got " + gyroRangeCode);
        require(RowcoachProtocol.isPositiveU32(rateMilliHz), "rate must be 1 … 2^32−1 mHz, got " + rateMilliHz);
        require(model != null && model.length() <= RowcoachProtocol.MAX_MODEL_CHARS
                && RowcoachProtocol.isPrintableAscii(model), "model must be printable ASCII, at most 32 characters");
    }

    @Override
    public MessageType type() {
        return MessageType.DEVICE_INFO;
    }

    /** The device id as 16 lowercase hex digits of its value. */
    public String deviceIdHex() {
        return String.format("%016x", deviceId);
    }

    /** The firmware version as "major.minor.patch". */
    public String firmwareVersion() {
        return firmwareMajor + "." + firmwareMinor + "." + firmwarePatch;
    }

    /** The configured output data rate, Hz. */
    public double rateHz() {
        return rateMilliHz / 1000.0;
    }

    /** This information as the sensor model sees it; an empty model and an absent gyroscope become null. */
    public SensorInfo toSensorInfo() {
        return new SensorInfo(model.isEmpty() ? null : model, deviceIdHex(), firmwareVersion(),
                (double) RowcoachProtocol.accelRangeG(accelRangeCode),
                gyroPresent ? (double) RowcoachProtocol.gyroRangeDps(gyroRangeCode) : null, rateHz());
    }
}
