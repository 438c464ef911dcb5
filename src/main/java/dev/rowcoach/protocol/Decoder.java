package dev.rowcoach.protocol;

import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.StreamListener;

/**
 * A push decoder for one wire format: bytes go in as they arrive (any chunking, even one byte at a
 * time), events come out through the {@link StreamListener} it was built with.
 *
 * <p>Decoders treat input as hostile: bad bytes become {@link Malformed} events and are skipped, never
 * exceptions. The same decoder serves files (replay) and serial/BLE ports (live). Not thread-safe.
 */
public interface Decoder {

    /** Decodes {@code len} bytes of {@code buf} from {@code off}. */
    void feed(byte[] buf, int off, int len);

    /**
     * End of input: decodes what is complete; an incomplete trailing record is reported as
     * {@link Malformed} ("truncated ...").
     */
    void finish();
}
