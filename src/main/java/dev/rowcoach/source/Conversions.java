package dev.rowcoach.source;

import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.protocol.text.AsciiEncoder;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.recording.RecordingWriter;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.sensor.StreamTee;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/** Converts a sensor file into a recording (lossless) or into the rowcoach ASCII format (decoded samples). */
public final class Conversions {

    private static final int CHUNK_BYTES = 64 * 1024;

    private Conversions() {
    }

    /** Session details for a recording's header; any may be null. */
    public record Session(String exercise, Double loadKg, String athlete, String notes, OffsetDateTime startedAt) {
    }

    /**
     * Wraps {@code in}'s bytes, unchanged, into a new recording at {@code out}, behind a header naming
     * their format and decoder settings, so the recording decodes exactly as {@code in} does.
     *
     * @param stats the decoded statistics of {@code in} (for the sensor description), already gathered
     */
    public static void toRecording(SensorFile in, StreamStats stats, Session session, Path out) throws IOException {
        if (in.format() == WireFormat.RECORDING) {
            throw new IllegalArgumentException("already a rowcoach recording");
        }
        if (in.format().isExport()) {
            throw new IllegalArgumentException("a " + in.format().id() + " export is several files, not one byte stream");
        }
        SensorInfo sensor = SensorInfo.UNKNOWN.equals(stats.sensor()) ? null : stats.sensor();
        RecordingHeader header = RecordingHeader.start(in.format(), in.settings(), sensor,
                        "file:" + in.path().getFileName(), session.startedAt() != null ? session.startedAt() : OffsetDateTime.now())
                .withSession(session.exercise(), session.loadKg(), session.athlete(), session.notes());
        try (RecordingWriter writer = RecordingWriter.create(out, header);
             InputStream input = Files.newInputStream(in.path())) {
            byte[] chunk = new byte[CHUNK_BYTES];
            int n;
            while ((n = input.read(chunk)) > 0) {
                // Host time is unknown for a file: every chunk is stamped 0, as RECORDING.md specifies.
                writer.appendData(chunk, 0, n, 0);
            }
        }
    }

    /**
     * Decodes {@code in} and writes its samples to {@code out} in the rowcoach ASCII format (US-ASCII); returns the
     * statistics of what was decoded.
     *
     * @throws IOException when {@code in} cannot be read or {@code out} written
     */
    public static StreamStats toAscii(SensorFile in, Writer out) throws IOException {
        StreamStats stats = new StreamStats();
        AsciiSink sink = new AsciiSink(out);
        in.decode(new StreamTee(stats, sink), RecordingListener.NONE);
        if (sink.failure != null) {
            throw sink.failure;
        }
        out.flush();
        return stats;
    }

    /** Writes samples as ASCII lines; the header waits for the first sample (gyro or not). */
    private static final class AsciiSink implements StreamListener {
        private final Writer out;
        private final StringBuilder line = new StringBuilder(128);
        private SensorInfo info = SensorInfo.UNKNOWN;
        private Boolean gyro;
        private IOException failure;

        AsciiSink(Writer out) {
            this.out = out;
        }

        @Override
        public void sensorInfo(SensorInfo sensorInfo) {
            info = sensorInfo;
        }

        @Override
        public void sample(Sample s) {
            if (failure != null) {
                return;
            }
            if (gyro == null) {
                gyro = s.hasGyro();
                line.append(AsciiEncoder.header(info, gyro));
            }
            AsciiEncoder.appendSample(line, s, gyro, info);
            write();
        }

        @Override
        public void end() {
            if (gyro == null && failure == null) {
                line.append(AsciiEncoder.header(info, false));
                write();
            }
        }

        private void write() {
            try {
                out.append(line);
            } catch (IOException e) {
                failure = e;
            }
            line.setLength(0);
        }
    }
}
