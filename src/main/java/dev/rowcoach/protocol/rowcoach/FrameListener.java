package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.sensor.Malformed;

/** Receives what a {@link RowcoachFrameDecoder} finds, in stream order. */
public interface FrameListener {

    /**
     * A valid frame.
     *
     * @param byteOffset stream offset of the frame's first encoded byte
     * @param length     encoded bytes, delimiter not included
     */
    void message(RowcoachMessage message, long byteOffset, int length);

    /** A span that was skipped; its reason is a {@link FrameError#phrase()}. */
    void malformed(Malformed malformed);
}
