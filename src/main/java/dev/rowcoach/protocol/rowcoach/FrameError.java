package dev.rowcoach.protocol.rowcoach;

/**
 * Why a span of the stream was rejected, in the order a receiver checks (PROTOCOL.md section 5).
 * The phrases are the {@code Malformed} reasons and are identical in the C implementation.
 */
public enum FrameError implements ParseResult {
    TOO_LONG("too long"),
    BAD_COBS("bad COBS"),
    TOO_SHORT("too short"),
    CRC_MISMATCH("CRC mismatch"),
    UNKNOWN_VERSION("unknown version"),
    UNKNOWN_TYPE("unknown type"),
    BAD_LENGTH("bad length"),
    BAD_VALUE("bad value"),
    TRUNCATED("truncated frame");

    private final String phrase;

    FrameError(String phrase) {
        this.phrase = phrase;
    }

    /** The reason as reported in {@code Malformed.reason()}. */
    public String phrase() {
        return phrase;
    }
}
