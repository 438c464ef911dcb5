package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.sensor.Gap;

/**
 * Places each SAMPLES frame on the unwrapped device clock and decides whether it continues the previous
 * one (PROTOCOL.md section 4): a sequence number or time going back is a device reset, a sequence
 * number jumping forward is missing samples (counted exactly), a contiguous sequence with a late start
 * is a time jump (e.g. STOP then START).
 */
final class SampleContinuity {

    private final DeviceClock clock;
    private boolean havePrevious;
    private long expectedSequence;
    private long previousLastUs;
    private long expectedStartUs;
    private long previousPeriodUs;
    private long startUs;

    SampleContinuity(DeviceClock clock) {
        this.clock = clock;
    }

    /**
     * Accounts for the frame and moves the clock.
     *
     * @return the discontinuity before this frame, or {@code null} when it continues the previous one
     */
    Gap accept(SamplesMessage frame) {
        long start = clock.peek(frame.timestampUs());
        Gap gap = null;
        if (!havePrevious) {
            clock.advance(frame.timestampUs());
        } else {
            int missing = (int) (frame.sequence() - expectedSequence);
            if (missing < 0 || start <= previousLastUs) {
                start = clock.restart(frame.timestampUs());
                gap = new Gap(previousLastUs, start, -1, Gap.Cause.DEVICE_RESET);
            } else {
                clock.advance(frame.timestampUs());
                if (missing > 0) {
                    gap = new Gap(previousLastUs, start, missing, Gap.Cause.MISSING_SAMPLES);
                } else if (start - expectedStartUs > 2 * previousPeriodUs) {
                    gap = new Gap(previousLastUs, start, 0, Gap.Cause.TIME_JUMP);
                }
            }
        }
        int count = frame.count();
        havePrevious = true;
        startUs = start;
        expectedSequence = (frame.sequence() + count) & RowcoachProtocol.U32_MAX;
        previousLastUs = start + (count - 1) * frame.periodUs();
        expectedStartUs = start + count * frame.periodUs();
        previousPeriodUs = frame.periodUs();
        return gap;
    }

    /** Unwrapped device time of the first sample of the frame last accepted, µs. */
    long startUs() {
        return startUs;
    }
}
