package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.require;

/**
 * STATUS (0x03): the device's periodic report.
 *
 * @param timestampUs       u32 device clock when the status was taken, µs
 * @param batteryPercent    0–100, or {@link #BATTERY_UNKNOWN}
 * @param streaming         whether the device is sending samples
 * @param charging          whether the battery is charging
 * @param droppedSamples    u32 samples the device dropped since boot
 * @param temperatureCentiC sensor temperature in 0.01 °C, −32767 … 32767, or {@link #TEMPERATURE_UNKNOWN}
 */
public record StatusMessage(long timestampUs, int batteryPercent, boolean streaming, boolean charging,
                            long droppedSamples, int temperatureCentiC) implements RowcoachMessage {

    /** Battery byte meaning "the device does not know". */
    public static final int BATTERY_UNKNOWN = 255;
    /** Temperature value meaning "the device does not know". */
    public static final int TEMPERATURE_UNKNOWN = Short.MIN_VALUE;

    public StatusMessage {
        require(RowcoachProtocol.isU32(timestampUs), "timestamp must be a u32, got " + timestampUs);
        require(isBatteryByte(batteryPercent), "battery must be 0–100 or 255, got " + batteryPercent);
        require(RowcoachProtocol.isU32(droppedSamples), "dropped samples must be a u32, got " + droppedSamples);
        require(temperatureCentiC >= Short.MIN_VALUE && temperatureCentiC <= Short.MAX_VALUE,
                "temperature must fit an i16, got " + temperatureCentiC);
    }

    static boolean isBatteryByte(int v) {
        return (v >= 0 && v <= 100) || v == BATTERY_UNKNOWN;
    }

    @Override
    public MessageType type() {
        return MessageType.STATUS;
    }

    /** Battery charge 0–100 %, or −1 when unknown (the convention of {@code DeviceStatus}). */
    public int batteryPercentOrMinusOne() {
        return batteryPercent == BATTERY_UNKNOWN ? -1 : batteryPercent;
    }

    /** Sensor temperature, °C, or {@code null} when unknown. */
    public Double temperatureC() {
        return temperatureCentiC == TEMPERATURE_UNKNOWN ? null : temperatureCentiC / 100.0;
    }
}
