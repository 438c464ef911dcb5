package dev.rowcoach.lab.sim;

import dev.rowcoach.lab.truth.TruthFiles;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.protocol.rowcoach.SampleFrameEncoder;
import dev.rowcoach.protocol.text.AsciiEncoder;
import dev.rowcoach.protocol.witmotion.WitMotionEncoder;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingWriter;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes a simulated session in its format, and its truth beside it ({@code FILE.truth.json}).
 *
 * <ul>
 * <li>ascii: the header (rate stated, except over BLE), then one line per sample the file holds; time
 *     stamps as a 32-bit µs counter, so long sessions may wrap as an Arduino's {@code micros()} does</li>
 * <li>rowcoach: a DEVICE_INFO frame, then SAMPLES frames; frames the session drops are left out whole,
 *     so the decoder reports the exact number of missing samples from the sequence numbers</li>
 * <li>witmotion: an acceleration (and angular velocity) packet per sample, nothing dropped</li>
 * <li>recording: the rowcoach bytes inside a recording, one DATA record per frame, host time the frame's
 *     device time since the first sample plus 1.5 ms; header with exercise, load and athlete "simulated"</li>
 * </ul>
 */
public final class SimulatedFileWriter {

    /** Host latency stamped on recording DATA records, µs. */
    private static final long HOST_LATENCY_US = 1500;

    private SimulatedFileWriter() {
    }

    /**
     * Writes {@code file} (which must not exist) and its truth file beside it.
     *
     * @return the truth file
     * @throws IOException when either file exists already or cannot be written
     */
    public static Path write(SimulatedSession session, Path file) throws IOException {
        Path truthFile = TruthFiles.beside(file);
        if (Files.exists(truthFile)) {
            throw new FileAlreadyExistsException(truthFile.toString());
        }
        if (session.request().format() == OutputFormat.RECORDING) {
            writeRecording(session, file);
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                encode(session, out);
            }
        }
        TruthFiles.write(truthFile, session.truth());
        return truthFile;
    }

    /**
     * The bytes of the session in its raw format (ascii, rowcoach or witmotion).
     *
     * @throws IllegalArgumentException for a recording, which is only written to a file
     */
    public static byte[] encode(SimulatedSession session) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            encode(session, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void encode(SimulatedSession session, OutputStream out) throws IOException {
        switch (session.request().format()) {
            case ASCII -> ascii(session, out);
            case ROWCOACH -> rowcoach(session, (bytes, deviceUs) -> out.write(bytes));
            case WITMOTION -> witmotion(session, out);
            case RECORDING -> throw new IllegalArgumentException("a recording is written to a file: use write()");
        }
    }

    /** The sensor as the file describes it. */
    static SensorInfo sensorInfo(SimulatedSession session) {
        SensorConfig c = session.sensor();
        return new SensorInfo(c.model(), Long.toHexString(c.deviceId()), "sim", (double) c.accelRangeG(),
                c.gyroRangeDps() == 0 ? null : (double) c.gyroRangeDps(), c.statedRateHz());
    }

    private static void ascii(SimulatedSession session, OutputStream out) throws IOException {
        boolean gyro = session.request().gyro();
        StringBuilder b = new StringBuilder(AsciiEncoder.header(sensorInfo(session), gyro));
        int i = 0;
        for (Sample s : session.producedSamples()) {
            if (!session.isDropped(i++)) {
                // The column is a 32-bit µs counter: the decoder unwraps it.
                AsciiEncoder.appendSample(b, new Sample(s.timeUs() & 0xFFFF_FFFFL, s.ax(), s.ay(), s.az(), s.gx(),
                        s.gy(), s.gz()), gyro);
            }
            if (b.length() > 1 << 16) {
                out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
                b.setLength(0);
            }
        }
        out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Receives encoded frames with the device time of their last sample. */
    public interface FrameSink {
        void accept(byte[] bytes, long deviceUs) throws IOException;
    }

    /**
     * The session as the rowcoach binary frames a sensor sends (the bytes of the rowcoach format, frame by
     * frame, dropped frames left out), each with the device time of its last sample, µs: what a sensor
     * streaming in real time would send at that time.
     */
    public static void rowcoachFrames(SimulatedSession session, FrameSink sink) throws IOException {
        rowcoach(session, sink);
    }

    private static void rowcoach(SimulatedSession session, FrameSink sink) throws IOException {
        SensorConfig c = session.sensor();
        SampleFrameEncoder encoder = new SampleFrameEncoder(c.accelRangeG(), c.gyroRangeDps(), session.request().rateHz(),
                c.samplesPerFrame());
        var produced = session.producedSamples();
        long first = produced.get(0).timeUs();
        sink.accept(encoder.deviceInfo(c.model(), c.deviceId(), 1, 0, 0), first);
        for (int i = 0; i < produced.size(); i++) {
            byte[] frame = encoder.add(produced.get(i));
            if (frame.length > 0 && !session.isDropped(i)) {
                sink.accept(frame, produced.get(i).timeUs());
            }
        }
        int last = produced.size() - 1;
        byte[] tail = encoder.flush();
        if (tail.length > 0 && !session.isDropped(last)) {
            sink.accept(tail, produced.get(last).timeUs());
        }
    }

    private static void witmotion(SimulatedSession session, OutputStream out) throws IOException {
        byte[] cycle = new byte[22];
        for (Sample s : session.producedSamples()) {
            out.write(cycle, 0, WitMotionEncoder.cycle(s, cycle, 0));
        }
    }

    private static void writeRecording(SimulatedSession session, Path file) throws IOException {
        SimulationRequest r = session.request();
        ExerciseBlock first = r.plan().blocks().get(0);
        double load = session.truth().sets().get(0).loadKg();
        OffsetDateTime startedAt = OffsetDateTime.of(2026, 1, 5, 18, 0, 0, 0, ZoneOffset.UTC)
                .plusSeconds(Math.floorMod(r.seed(), 86_400L));
        RecordingHeader header = RecordingHeader.start(WireFormat.ROWCOACH, DecoderSettings.DEFAULTS, sensorInfo(session),
                        "simulator:seed=" + r.seed(), startedAt)
                .withSession(first.exercise().id(), load, "simulated", "plan: " + r.plan().text());
        long firstUs = session.producedSamples().get(0).timeUs();
        try (RecordingWriter writer = RecordingWriter.create(file, header)) {
            rowcoach(session, (bytes, deviceUs) -> writer.appendData(bytes, 0, bytes.length,
                    deviceUs - firstUs + HOST_LATENCY_US));
        } catch (RecordingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
