package dev.rowcoach.protocol.rowcoach;

/** Message type codes. Bit 7 set: host → device command; clear: device → host. */
public enum MessageType {
    DEVICE_INFO(0x01),
    SAMPLES(0x02),
    STATUS(0x03),
    ACK(0x04),
    START(0x81),
    STOP(0x82),
    SET_RATE(0x83),
    IDENTIFY(0x84);

    private static final MessageType[] BY_CODE = new MessageType[256];

    static {
        for (MessageType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    MessageType(int code) {
        this.code = code;
    }

    /** The type byte on the wire, 0–255. */
    public int code() {
        return code;
    }

    /** Whether this type travels from the host to the device. */
    public boolean isCommand() {
        return (code & 0x80) != 0;
    }

    /** The type with this code, or {@code null} for an unknown code (bad input is not exceptional). */
    public static MessageType fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
