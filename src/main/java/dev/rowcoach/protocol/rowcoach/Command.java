package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.RowcoachProtocol.require;

/**
 * A host → device command. Each carries a token (0–255, chosen by the host) that the device echoes
 * in its {@link AckMessage}.
 */
public sealed interface Command extends RowcoachMessage {

    /** The host's token, 0–255. */
    int token();

    /** START (0x81): begin streaming samples. */
    record Start(int token) implements Command {
        public Start {
            require(RowcoachProtocol.isU8(token), "token must be 0–255, got " + token);
        }

        @Override
        public MessageType type() {
            return MessageType.START;
        }
    }

    /** STOP (0x82): stop streaming; the ACK follows the last SAMPLES frame. */
    record Stop(int token) implements Command {
        public Stop {
            require(RowcoachProtocol.isU8(token), "token must be 0–255, got " + token);
        }

        @Override
        public MessageType type() {
            return MessageType.STOP;
        }
    }

    /**
     * SET_RATE (0x83): ask for an output data rate; the device picks the nearest it supports.
     *
     * @param rateMilliHz requested rate, mHz, 1 … 2³²−1
     */
    record SetRate(int token, long rateMilliHz) implements Command {
        public SetRate {
            require(RowcoachProtocol.isU8(token), "token must be 0–255, got " + token);
            require(RowcoachProtocol.isPositiveU32(rateMilliHz), "rate must be 1 … 2^32−1 mHz, got " + rateMilliHz);
        }

        @Override
        public MessageType type() {
            return MessageType.SET_RATE;
        }
    }

    /** IDENTIFY (0x84): answer with DEVICE_INFO and blink the LED. */
    record Identify(int token) implements Command {
        public Identify {
            require(RowcoachProtocol.isU8(token), "token must be 0–255, got " + token);
        }

        @Override
        public MessageType type() {
            return MessageType.IDENTIFY;
        }
    }
}
