package dev.rowcoach.sensor;

/**
 * An interval in which samples are missing from the stream.
 *
 * @param startUs        device time of the last sample before the gap, µs
 * @param endUs          device time of the first sample after it, µs
 * @param missingSamples samples known (from sequence numbers) or estimated (from the rate) to be lost;
 *                       -1 when not even an estimate is possible
 * @param cause          why the stream is discontinuous
 */
public record Gap(long startUs, long endUs, long missingSamples, Cause cause) {

    /**
     * A forward jump of the device clock longer than this (an hour), µs, is reported as a
     * {@link Cause#DEVICE_RESET}, not as an hour of missing samples: no session streams through such a hole,
     * and a clock that lands that far ahead has restarted (or a corrupt time was confirmed by the next).
     */
    public static final long MAX_TIME_JUMP_US = 3_600_000_000L;

    /** Why a gap was reported. */
    public enum Cause {
        /** Sequence numbers skipped: samples were dropped on the way. */
        MISSING_SAMPLES,
        /** The device clock jumped by more than the stream's rate allows. */
        TIME_JUMP,
        /** The device restarted: its clock and sequence numbers began again. */
        DEVICE_RESET,
        /** The connection was lost and later re-established. */
        DISCONNECTED
    }

    public Gap {
        if (endUs < startUs && cause != Cause.DEVICE_RESET) {
            throw new IllegalArgumentException("gap ends before it starts: " + startUs + " > " + endUs);
        }
        if (cause == null) {
            throw new IllegalArgumentException("cause is required");
        }
    }
}
