package dev.rowcoach.live;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.DepartureModel;
import dev.rowcoach.grading.ExerciseProfiles;
import dev.rowcoach.grading.Grader;
import dev.rowcoach.motion.MotionListener;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.recording.RecordingEvent;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingWriter;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.session.DiscardedMovement;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.PhysicalBounds;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionAnalysis;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.source.LinkQueue;
import dev.rowcoach.source.StreamGuard;
import dev.rowcoach.source.StreamStats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A live session: takes what the link's reader thread queued, appends every byte to the recording and
 * only then decodes it through the same decoders and {@link SessionAnalysis} as replay, and tells a
 * {@link LiveListener} about connections, gaps, reps and sets as they happen. Runs on the thread that
 * calls {@link #run}; {@link #requestStop} may be called from any thread.
 *
 * <p>The wire format is recognised from the first bytes (or forced); until then the bytes wait in a
 * bounded head buffer ({@value #HEAD_LIMIT_BYTES} bytes), and are written to the recording, with their
 * arrival times, as soon as the format is known. Because the recording holds the same bytes the decoder
 * was fed, in the same order, replaying it reports exactly the reps and sets the session reported.
 */
public final class LiveSession {

    /** Bytes of unrecognisable data after which the session gives up. */
    static final int HEAD_LIMIT_BYTES = 16 * 1024;
    /** Bytes after which recognition is tried even before {@link #DETECT_WAIT_NANOS} passed. */
    static final int DETECT_MIN_BYTES = 2048;
    /** Time after the first byte at which recognition is tried with whatever has arrived, ns. */
    static final long DETECT_WAIT_NANOS = 500_000_000L;
    /** Time after the first byte at which unrecognisable data ends the session, ns. */
    static final long DETECT_GIVE_UP_NANOS = 3_000_000_000L;
    /** Longest wait for the queue before checking the stop flag and the idle time, ms. */
    private static final long POLL_MS = 50;
    /** Period of {@link LiveListener#status}, s. */
    public static final int STATUS_PERIOD_S = 5;
    /** Malformed records are reported at most this often, ns. */
    private static final long MALFORMED_REPORT_NANOS = 1_000_000_000L;

    private final LiveSettings settings;
    private final LinkQueue queue;
    private final LiveListener listener;
    private final long startNanos = System.nanoTime();
    private final OffsetDateTime startedAt = OffsetDateTime.now();
    private final SessionAnalysis analysis;
    private final StreamStats stats;
    private volatile boolean stopRequested;

    private final byte[] head = new byte[HEAD_LIMIT_BYTES];
    private int headLen;
    private final List<long[]> headChunks = new ArrayList<>();
    private final List<RecordingEvent> pendingEvents = new ArrayList<>();
    private long firstByteNanos = -1;

    private WireFormat format;
    private Decoder decoder;
    private RecordingWriter recording;
    private long bytes;
    private long droppedReported;
    private long malformedReported;
    private long lastMalformedReportNanos;
    private long statusNanos = -1;
    private long statusSamples;
    private int connections;
    private int disconnects;

    public LiveSession(LiveSettings settings, LinkQueue queue, LiveListener listener) {
        this.settings = settings;
        this.queue = queue;
        this.listener = listener;
        ExerciseProfile profile = ExerciseProfiles.get(settings.exercise());
        // Graded as replay grades: against the lifter's stored calibration, or the one this session's first set makes.
        this.analysis = new SessionAnalysis(() -> new Grader(profile, DepartureModel.FITTED, settings.calibration(),
                settings.calibrate()), new GapWatch(), new Analysis());
        this.stats = analysis.stats();
        this.format = settings.protocol();
    }

    /** Ends the session at the next poll (within about 50 ms): the analysis finishes and the recording closes. */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Runs until {@link #requestStop}, or no byte arrived for {@link LiveSettings#exitAfterIdleS}.
     *
     * @return the session's report (null when the bytes were never recognised)
     * @throws LiveException when the bytes are not a sensor protocol or the recording cannot be written;
     *                       what was recorded up to then is closed properly first
     * @throws InterruptedException when the thread is interrupted
     */
    public SessionReport run() throws LiveException, InterruptedException {
        LinkQueue.Taken entry = new LinkQueue.Taken();
        long idleNanos = (long) (settings.exitAfterIdleS() * 1e9);
        long lastDataNanos = startNanos;
        String why = "stopped";
        try {
            while (true) {
                if (stopRequested) {
                    break;
                }
                if (queue.take(entry, POLL_MS)) {
                    switch (entry.kind()) {
                        case DATA -> {
                            lastDataNanos = entry.arrivedNanos();
                            onData(entry.data(), entry.length(), entry.arrivedNanos());
                        }
                        case CONNECTED -> onConnected(entry.text(), entry.arrivedNanos());
                        case LOST -> onLost(entry.text(), entry.arrivedNanos());
                    }
                }
                reportDropped();
                reportMalformed(false);
                reportStatus();
                if (idleNanos > 0 && System.nanoTime() - lastDataNanos >= idleNanos) {
                    why = "no data for " + settings.exitAfterIdleS() + " s";
                    break;
                }
            }
        } catch (RecordingException e) {
            end("the recording failed");
            throw new LiveException(e.getMessage(), false);
        } catch (LiveException e) {
            end("unrecognised data");
            throw e;
        }
        if (decoder == null && headLen > 0) {
            // The session ended before the bytes that did arrive could be recognised.
            end("unrecognised data");
            throw new LiveException(Recognition.failure(settings.source(), headLen, settings.baud()), true);
        }
        return end(why);
    }

    private void onConnected(String source, long at) {
        boolean again = connections++ > 0;
        if (again) {
            event(new RecordingEvent(offsetUs(at), RecordingEvent.RECONNECTED, source));
        }
        listener.connected(time(), source, again);
    }

    private void onLost(String reason, long at) {
        disconnects++;
        event(new RecordingEvent(offsetUs(at), RecordingEvent.DISCONNECTED, reason));
        listener.disconnected(time(), reason);
    }

    private void event(RecordingEvent e) {
        if (recording != null) {
            recording.appendEvent(e);
        } else if (pendingEvents.size() < 1000) {
            pendingEvents.add(e);
        }
    }

    private void onData(byte[] data, int len, long at) throws LiveException {
        bytes += len;
        if (decoder != null) {
            if (recording != null) {
                recording.appendData(data, 0, len, offsetUs(at));
            }
            decoder.feed(data, 0, len);
            return;
        }
        if (firstByteNanos < 0) {
            firstByteNanos = at;
        }
        int n = Math.min(len, head.length - headLen);
        System.arraycopy(data, 0, head, headLen, n);
        headLen += n;
        headChunks.add(new long[]{n, at});
        if (format == null && (headLen >= DETECT_MIN_BYTES || at - firstByteNanos >= DETECT_WAIT_NANOS)) {
            format = Recognition.recognise(head, headLen, settings.decoder());
        }
        if (format != null) {
            start();
            if (n < len) {
                onData(java.util.Arrays.copyOfRange(data, n, len), len - n, at);
            }
        } else if (headLen == head.length || at - firstByteNanos >= DETECT_GIVE_UP_NANOS) {
            throw new LiveException(Recognition.failure(settings.source(), headLen, settings.baud()), true);
        }
    }

    /** The format is known: starts the recording with the head's bytes and decodes them. */
    private void start() {
        if (settings.record() != null) {
            RecordingHeader header = RecordingHeader.start(format, settings.decoder(), null, settings.source(), startedAt)
                    .withSession(settings.exercise(), settings.loadKg(), settings.athlete(), null);
            recording = RecordingWriter.create(settings.record(), header);
            pendingEvents.forEach(recording::appendEvent);
        }
        pendingEvents.clear();
        decoder = Formats.decoder(format, settings.decoder(), new StreamGuard(analysis));
        listener.protocol(time(), format, settings.record() == null ? null : settings.record().toString());
        int off = 0;
        for (long[] chunk : headChunks) {
            int n = (int) chunk[0];
            if (recording != null) {
                recording.appendData(head, off, n, offsetUs(chunk[1]));
            }
            decoder.feed(head, off, n);
            off += n;
        }
        headChunks.clear();
        headLen = 0;
    }

    private SessionReport end(String why) {
        SessionReport report = null;
        try {
            if (decoder != null) {
                decoder.finish();
                reportMalformed(true);
                report = analysis.report(settings.record() != null ? settings.record().toString() : settings.source(),
                        format.id(), Loads.of(settings.loadKg()));
            }
        } finally {
            if (recording != null) {
                recording.close();
            }
            listener.ended(time(), report, new LiveCounts(bytes, queue.droppedBytes(), stats.samples(), stats.malformed(),
                    disconnects), why);
        }
        return report;
    }

    private void reportStatus() {
        long now = System.nanoTime();
        if (decoder == null) {
            return;
        }
        if (statusNanos < 0) {
            statusNanos = now;
            statusSamples = stats.samples();
        } else if (now - statusNanos >= STATUS_PERIOD_S * 1_000_000_000L) {
            double rate = (stats.samples() - statusSamples) / ((now - statusNanos) / 1e9);
            statusNanos = now;
            statusSamples = stats.samples();
            listener.status(time(), rate, bytes);
        }
    }

    private void reportDropped() {
        long dropped = queue.droppedBytes();
        if (dropped > droppedReported) {
            String text = (dropped - droppedReported) + " bytes from the sensor were lost before analysis: this machine "
                    + "fell behind the port (" + dropped + " lost in all)";
            droppedReported = dropped;
            event(RecordingEvent.note(offsetUs(System.nanoTime()), text));
            listener.warning(time(), text);
        }
    }

    private void reportMalformed(boolean atEnd) {
        long now = System.nanoTime();
        if (stats.malformed() > malformedReported && (atEnd || now - lastMalformedReportNanos >= MALFORMED_REPORT_NANOS)) {
            String reasons = String.join("; ", stats.malformedReasons().keySet().stream().limit(3).toList());
            listener.warning(time(), (stats.malformed() - malformedReported) + " malformed record(s) skipped ("
                    + stats.malformed() + " in all): " + reasons);
            malformedReported = stats.malformed();
            lastMalformedReportNanos = now;
        }
    }

    private long offsetUs(long nanos) {
        return Math.max(0, (nanos - startNanos) / 1000);
    }

    /** Now, on both clocks: the device clock where the last sample left it, the host's as it is. */
    public LiveTime time() {
        return time(stats.samples() > 0 ? stats.durationS() : null);
    }

    private LiveTime time(Double deviceS) {
        return new LiveTime(deviceS, (System.nanoTime() - startNanos) / 1e9, Instant.now());
    }

    /** Forwards the decoder's gaps to the listener, on the stream timeline. */
    private final class GapWatch implements StreamListener {
        @Override
        public void sample(Sample sample) {
        }

        @Override
        public void gap(Gap gap) {
            Double duration = gap.cause() == Gap.Cause.DEVICE_RESET ? null : (gap.endUs() - gap.startUs()) / 1e6;
            listener.gap(time(), gap, duration);
        }

        @Override
        public void notice(String message) {
            listener.warning(time(), message);
        }
    }

    /** The motion core's findings, graded and kept by the analysis, passed on as they come. */
    private final class Analysis implements MotionListener {
        @Override
        public void rep(Rep rep) {
            listener.rep(time(rep.reportedS()), rep.setIndex(), RepReport.of(rep, analysis.gradeOf(rep),
                    PhysicalBounds.of(analysis.profile())), false);
        }

        @Override
        public void repRevised(Rep previous, Rep revised) {
            // Its reportedS stays that of the first report; the revision itself happens now.
            listener.rep(time(), revised.setIndex(), RepReport.of(revised, analysis.gradeOf(revised),
                    PhysicalBounds.of(analysis.profile())), true);
        }

        @Override
        public void repDiscarded(Rep rep, String reason) {
            PhysicalBounds bounds = PhysicalBounds.of(analysis.profile());
            RepReport report = RepReport.of(rep, analysis.gradeOf(rep), bounds);
            listener.repDiscarded(time(), rep.setIndex(), report, DiscardedMovement.of(rep, reason, bounds).reason());
        }

        @Override
        public void setEnded(SetResult set) {
            listener.set(time(), analysis.setReport(set, settings.loadKg()));
        }

        @Override
        public void warning(String message) {
            listener.warning(time(), message);
        }
    }
}
