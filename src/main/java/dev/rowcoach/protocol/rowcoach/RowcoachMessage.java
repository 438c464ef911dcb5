package dev.rowcoach.protocol.rowcoach;

/**
 * One decoded rowcoach frame. Implementations hold the raw wire values (codes, counts, µs), so that
 * encoding a decoded message reproduces its bytes exactly. Constructors validate every field and
 * throw {@link IllegalArgumentException} for values the wire format cannot carry.
 */
public sealed interface RowcoachMessage extends ParseResult
        permits DeviceInfoMessage, SamplesMessage, StatusMessage, AckMessage, Command {

    /** The message type. */
    MessageType type();
}
