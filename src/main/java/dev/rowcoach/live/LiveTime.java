package dev.rowcoach.live;

import java.time.Instant;

/**
 * When a live event happened, on both clocks.
 *
 * @param deviceS  the sensor's stream time, s since its first sample (forward clock steps only, as in
 *                 reports), or {@code null} before the first sample
 * @param hostS    host time since the session started, s (monotonic)
 * @param hostTime host wall clock (µs resolution where the platform has it), to line events up with other
 *                 programs on the same machine
 */
public record LiveTime(Double deviceS, double hostS, Instant hostTime) {
}
