package dev.rowcoach.session;

import dev.rowcoach.source.StreamStats;

import java.util.List;
import java.util.Locale;

/**
 * What was read: the input file and its stream statistics.
 *
 * @param path           the file as the user named it
 * @param format         wire format id (recording, rowcoach, ascii, witmotion, csv)
 * @param samples        exact number of samples decoded
 * @param sampleRateHz   samples per second delivered, Hz; NaN for fewer than two samples
 * @param distinctRateHz samples per second carrying new values (BLE repeats excluded), Hz; NaN likewise
 * @param durationS      stream duration, s
 * @param hasGyro        whether any sample carried angular rate
 * @param gaps           discontinuities, in stream order
 * @param malformed      records skipped as malformed
 */
public record SourceInfo(String path, String format, long samples, double sampleRateHz, double distinctRateHz,
                         double durationS, boolean hasGyro, List<GapInfo> gaps, long malformed) {

    /**
     * A gap on the stream timeline.
     *
     * @param startS s from the first sample
     * @param endS   s from the first sample (equal to {@code startS} for a device reset)
     * @param cause  lower-case {@code Gap.Cause} name, e.g. "missing_samples"
     */
    public record GapInfo(double startS, double endS, String cause) {
    }

    public SourceInfo {
        gaps = List.copyOf(gaps);
    }

    /** The source block of {@code stats}, gathered while decoding the file at {@code path}. */
    public static SourceInfo of(String path, String format, StreamStats stats) {
        List<GapInfo> gaps = stats.gaps().stream()
                .map(g -> new GapInfo(g.startS(), g.endS(), g.cause().name().toLowerCase(Locale.ROOT)))
                .toList();
        return new SourceInfo(path, format, stats.samples(), stats.measuredRateHz(), stats.distinctRateHz(),
                stats.durationS(), stats.hasGyro(), gaps, stats.malformed());
    }
}
