package dev.rowcoach.sensor;

/**
 * A piece of input a decoder could not use and skipped. Decoders report each one and go on.
 *
 * @param byteOffset offset of the bad record in the decoder's input, bytes from the start; -1 (with length 0)
 *                   for a decoded sample that a check after the decoder dropped (source.StreamGuard)
 * @param length     bytes skipped
 * @param reason     one short phrase, e.g. "CRC mismatch" or "7 fields, expected 8"
 */
public record Malformed(long byteOffset, long length, String reason) {
}
