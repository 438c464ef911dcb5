package dev.rowcoach.cli;

import dev.rowcoach.motion.MotionPipeline;
import dev.rowcoach.motion.MotionSettings;
import dev.rowcoach.protocol.Malformed;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.report.ReportCollector;
import dev.rowcoach.report.SessionReport;
import dev.rowcoach.report.SourceInfo;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.source.ForwardingListener;
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
        Inputs.decode(file, new Tee(stats, pipeline), new RecordingListener() {
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

    /** Sends every event to the statistics first, then to the motion core. */
    private static final class Tee extends ForwardingListener {
        private final MotionPipeline motion;

        Tee(StreamStats stats, MotionPipeline motion) {
            super(stats);
            this.motion = motion;
        }

        @Override
        public void sensorInfo(SensorInfo info) {
            super.sensorInfo(info);
            motion.sensorInfo(info);
        }

        @Override
        public void sample(Sample sample) {
            super.sample(sample);
            motion.sample(sample);
        }

        @Override
        public void gap(Gap gap) {
            super.gap(gap);
            motion.gap(gap);
        }

        @Override
        public void malformed(Malformed malformed) {
            super.malformed(malformed);
            motion.malformed(malformed);
        }

        @Override
        public void status(DeviceStatus status) {
            super.status(status);
            motion.status(status);
        }

        @Override
        public void notice(String message) {
            super.notice(message);
            motion.notice(message);
        }
    }
}
