package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.require;

/**
 * ACK (0x04): the device's answer to one command.
 *
 * @param token       the token of the command answered, 0–255
 * @param commandCode type code of the command answered, 0x80–0xFF (also unknown ones)
 * @param result      the outcome
 */
public record AckMessage(int token, int commandCode, Result result) implements RowcoachMessage {

    /** Outcome of a command, with its wire code. */
    public enum Result {
        OK(0), UNSUPPORTED(1), INVALID_ARGUMENT(2), BUSY(3);

        private final int code;

        Result(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /** The result with this code, or {@code null} if there is none. */
        public static Result fromCode(int code) {
            for (Result r : values()) {
                if (r.code == code) {
                    return r;
                }
            }
            return null;
        }
    }

    public AckMessage {
        require(RowcoachProtocol.isU8(token), "token must be 0–255, got " + token);
        require(isCommandCode(commandCode), "command code must be 0x80–0xFF, got " + commandCode);
        require(result != null, "result is required");
    }

    static boolean isCommandCode(int code) {
        return code >= 0x80 && code <= 0xFF;
    }

    @Override
    public MessageType type() {
        return MessageType.ACK;
    }
}
