package dev.rowcoach.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingJson;
import dev.rowcoach.report.Rounding;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.source.StreamStats;

import java.util.List;
import java.util.Map;

/**
 * What {@code rowcoach inspect --format json} prints. The fields {@code format}, {@code samples},
 * {@code sampleRateHz}, {@code durationS}, {@code hasGyro}, {@code gaps} ({@code startS}, {@code endS})
 * and {@code malformed} are a contract other tools read; the rest may grow.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InspectResult(String file, String format, SensorInfo sensor, long samples, Double sampleRateHz,
                     Double nominalRateHz, Double distinctRateHz, long repeatedValues, Double durationS,
                     boolean hasGyro, List<GapJson> gaps, long malformed, long malformedBytes,
                     Map<String, Long> malformedReasons, List<String> notices, JsonNode recording) {

    /** A gap, seconds since the first sample. */
    record GapJson(double startS, double endS, long missingSamples, String cause) {
    }

    static InspectResult of(SensorFile file, StreamStats s, RecordingHeader recordingHeader) {
        List<GapJson> gaps = s.gaps().stream()
                .map(g -> new GapJson(Rounding.round(g.startS(), 6), Rounding.round(g.endS(), 6), g.missingSamples(),
                        g.cause().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        SensorInfo info = s.sensor();
        return new InspectResult(file.path().toString(), file.format().id(), info, s.samples(),
                Rounding.round(s.measuredRateHz(), 3), info.nominalRateHz(), Rounding.round(s.distinctRateHz(), 3),
                s.repeatedValues(), Rounding.round(s.durationS(), 6), s.hasGyro(), gaps, s.malformed(),
                s.malformedBytes(), s.malformedReasons(), s.notices(),
                recordingHeader == null ? null : RecordingJson.headerTree(recordingHeader));
    }
}
