package dev.rowcoach.protocol.rowcoach;

/** What a decoded frame turned out to be: a message, or the reason it was rejected. */
public sealed interface ParseResult permits RowcoachMessage, FrameError {
}
