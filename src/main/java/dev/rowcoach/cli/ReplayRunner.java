package dev.rowcoach.cli;

import dev.rowcoach.protocol.StreamTee;
import dev.rowcoach.motion.MotionPipeline;
import dev.rowcoach.motion.MotionSettings;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.report.ReportCollector;
import dev.rowcoach.report.SessionReport;
import dev.rowcoach.report.SourceInfo;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.source.StreamStats;

import java.nio.file.Path;

/**
 * The replay pipeline, shared by {@code replay} and {@code bench accuracy} so that what is benchmarked
 * is exactly what users run: the file is decoded in chunks and every event goes, as it is decoded, to
 * a {@link StreamStats} (the source block) and to a {@link MotionPipeline}; only sets and reps are kept.
 */
final class ReplayRunner {

    /** The exercise assumed when neither the user nor the recording's header names one. */
    static final String DEFAULT_EXERCISE = "barbell-row";

    private ReplayRunner() {
    }

    /**
     * Analyses {@code path}.
     *
     * @param exercise the user's exercise, or null for the header's, else {@value #DEFAULT_EXERCISE}
     * @param loadKg   the user's load, kg, or null for the header's, else unknown
     * @throws UserException when the file cannot be opened, recognised or read (one line, exit 2 or 3)
     */
    static SessionReport run(Path path, InputOptions input, String exercise, Double loadKg) throws UserException {
        SensorFile file = Inputs.open(path, input);
        StreamStats stats = new StreamStats();
        ReportCollector collector = new ReportCollector();
        MotionPipeline pipeline = new MotionPipeline(MotionSettings.DEFAULTS, collector);
        RecordingHeader[] header = new RecordingHeader[1];
        Inputs.decode(file, new StreamTee(stats, pipeline), new RecordingListener() {
            @Override
            public void header(RecordingHeader h) {
                header[0] = h;
            }
        });
        pipeline.finish();
        String ex = exercise != null ? exercise
                : header[0] != null && header[0].exercise() != null ? header[0].exercise() : DEFAULT_EXERCISE;
        Double load = loadKg != null ? loadKg : header[0] != null ? header[0].loadKg() : null;
        return collector.report(SourceInfo.of(path.toString(), file.format().id(), stats), ex, load);
    }
}
