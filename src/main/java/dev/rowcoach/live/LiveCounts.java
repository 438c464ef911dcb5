package dev.rowcoach.live;

/**
 * Totals of a live session, for its end.
 *
 * @param bytes         bytes received from the link (every one is in the recording)
 * @param droppedBytes  bytes lost between the link and the session because it fell behind (0 unless the
 *                      machine is overloaded; reported as warnings as it happens)
 * @param samples       samples decoded
 * @param malformed     malformed records skipped by the decoder
 * @param disconnects   times the link was lost
 */
public record LiveCounts(long bytes, long droppedBytes, long samples, long malformed, int disconnects) {
}
