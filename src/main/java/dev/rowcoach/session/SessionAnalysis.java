package dev.rowcoach.session;

import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grader;
import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.motion.MotionListener;
import dev.rowcoach.motion.MotionPipeline;
import dev.rowcoach.motion.MotionSettings;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.sensor.StreamTee;
import dev.rowcoach.source.StreamStats;

import java.util.function.Supplier;

/**
 * The analysis of one session, the same for {@code replay}, {@code live}, {@code report} and the benches: a
 * stream listener that owns the stream statistics, the motion core and the grader, so a driver only feeds it
 * a decoder's events (end of stream included) and asks for the {@link SessionReport} at the end. Each event
 * goes to the statistics, then to the driver's stream watcher, then to the motion core; each rep and set the
 * motion core reports is graded and kept first, then passed to the driver's motion watcher. Keeps sets and
 * reps, never samples. Not thread-safe: feed it on one thread.
 */
public final class SessionAnalysis implements StreamListener {

    private final StreamStats stats = new StreamStats();
    private final ReportCollector collector;
    private final StreamListener events;

    /**
     * @param grader gives the session's grader when the first rep is reported: by then a recording's header,
     *               which may name the exercise, has been read
     */
    public SessionAnalysis(Supplier<Grader> grader) {
        this(grader, null, null);
    }

    /**
     * @param grader      as above
     * @param streamWatch sees each decoded event after the statistics and before the motion core, or null
     * @param motionWatch sees each rep, revision, discard, set and warning of the motion core once it is graded
     *                    and kept ({@link #gradeOf} answers for it), or null
     */
    public SessionAnalysis(Supplier<Grader> grader, StreamListener streamWatch, MotionListener motionWatch) {
        this.collector = new ReportCollector(grader, stats::hasGyro);
        MotionPipeline pipeline = new MotionPipeline(MotionSettings.DEFAULTS,
                motionWatch == null ? collector : new Watched(collector, motionWatch), collector.traceTap());
        this.events = streamWatch == null ? new StreamTee(stats, pipeline) : new StreamTee(stats, streamWatch, pipeline);
    }

    /** What was read so far: samples, timing, gaps, malformed records, notices. */
    public StreamStats stats() {
        return stats;
    }

    /** The grade given to {@code rep} when it was reported (or revised), or null when it is not graded. */
    public RepGrade gradeOf(Rep rep) {
        return collector.gradeOf(rep);
    }

    /** The exercise profile reps are graded with. */
    public ExerciseProfile profile() {
        return collector.profile();
    }

    /**
     * The report of {@code set}, which the motion core has just ended, lifted with {@code loadKg} (null: unknown):
     * graded, bounded, with what was discarded from it and its velocity trace.
     */
    public SetReport setReport(SetResult set, Double loadKg) {
        return collector.setReport(set.index()).withLoad(loadKg);
    }

    /** Adds a warning to the session's report. */
    public void warning(String message) {
        collector.warning(message);
    }

    /**
     * The report of everything received so far (after {@link #end}, of the whole session).
     *
     * @param source the source's name as the report shows it (a file path, a port)
     * @param format the wire format's id
     * @param loads  the load of each set
     */
    public SessionReport report(String source, String format, Loads loads) {
        return collector.report(SourceInfo.of(source, format, stats), loads);
    }

    @Override
    public void sensorInfo(SensorInfo info) {
        events.sensorInfo(info);
    }

    @Override
    public void sample(Sample sample) {
        events.sample(sample);
    }

    @Override
    public void gap(Gap gap) {
        events.gap(gap);
    }

    @Override
    public void malformed(Malformed malformed) {
        events.malformed(malformed);
    }

    @Override
    public void status(DeviceStatus status) {
        events.status(status);
    }

    @Override
    public void notice(String message) {
        events.notice(message);
    }

    @Override
    public void end() {
        events.end();
    }

    /** The collector first, so that the watcher can ask for the grade of what it is told about. */
    private record Watched(ReportCollector collector, MotionListener watch) implements MotionListener {

        @Override
        public void rep(Rep rep) {
            collector.rep(rep);
            watch.rep(rep);
        }

        @Override
        public void repRevised(Rep previous, Rep revised) {
            collector.repRevised(previous, revised);
            watch.repRevised(previous, revised);
        }

        @Override
        public void repDiscarded(Rep rep, String reason) {
            watch.repDiscarded(rep, reason);
            collector.repDiscarded(rep, reason);
        }

        @Override
        public void setEnded(SetResult set) {
            collector.setEnded(set);
            watch.setEnded(set);
        }

        @Override
        public void warning(String message) {
            collector.warning(message);
            watch.warning(message);
        }
    }
}
