package dev.rowcoach.report;

import dev.rowcoach.motion.MotionPipeline;
import dev.rowcoach.motion.MotionSettings;
import dev.rowcoach.protocol.StreamTee;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.source.StreamStats;

import java.io.IOException;

/**
 * The replay pipeline, shared by {@code replay}, {@code bench accuracy} and the accuracy tests, so that
 * what is benchmarked is exactly what users run: the file is decoded in chunks and every event goes, as it
 * is decoded, to a {@link StreamStats} (the source block) and to a {@link MotionPipeline}; only sets and
 * reps are kept.
 */
public final class Replay {

    /** The exercise assumed when neither the user nor the recording's header names one. */
    public static final String DEFAULT_EXERCISE = "barbell-row";

    private Replay() {
    }

    /**
     * Analyses {@code file}.
     *
     * @param exercise the user's exercise, or null for the header's, else {@value #DEFAULT_EXERCISE}
     * @param loadKg   the user's load, kg, or null for the header's, else unknown
     * @throws IOException when the file cannot be read
     * @throws dev.rowcoach.recording.RecordingException when a file read as a recording is not one
     */
    public static SessionReport of(SensorFile file, String exercise, Double loadKg) throws IOException {
        StreamStats stats = new StreamStats();
        ReportCollector collector = new ReportCollector();
        MotionPipeline pipeline = new MotionPipeline(MotionSettings.DEFAULTS, collector);
        RecordingHeader[] header = new RecordingHeader[1];
        file.decode(new StreamTee(stats, pipeline), new RecordingListener() {
            @Override
            public void header(RecordingHeader h) {
                header[0] = h;
            }
        });
        pipeline.finish();
        String ex = exercise != null ? exercise
                : header[0] != null && header[0].exercise() != null ? header[0].exercise() : DEFAULT_EXERCISE;
        Double load = loadKg != null ? loadKg : header[0] != null ? header[0].loadKg() : null;
        return collector.report(SourceInfo.of(file.path().toString(), file.format().id(), stats), ex, load);
    }
}
