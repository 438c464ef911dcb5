package dev.rowcoach.recording;

import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps everything a {@link RecordingDecoder} reports, in order. */
final class Collector implements StreamListener, RecordingListener {

    /** One DATA chunk as delivered. */
    record Chunk(long hostOffsetUs, byte[] bytes) {
    }

    final List<Sample> samples = new ArrayList<>();
    final List<Malformed> malformed = new ArrayList<>();
    final List<SensorInfo> sensorInfos = new ArrayList<>();
    final List<Gap> gaps = new ArrayList<>();
    final List<DeviceStatus> statuses = new ArrayList<>();
    final List<RecordingHeader> headers = new ArrayList<>();
    final List<RecordingEvent> events = new ArrayList<>();
    final List<Chunk> chunks = new ArrayList<>();

    @Override
    public void sample(Sample sample) {
        samples.add(sample);
    }

    @Override
    public void malformed(Malformed m) {
        malformed.add(m);
    }

    @Override
    public void sensorInfo(SensorInfo info) {
        sensorInfos.add(info);
    }

    @Override
    public void gap(Gap gap) {
        gaps.add(gap);
    }

    @Override
    public void status(DeviceStatus status) {
        statuses.add(status);
    }

    @Override
    public void header(RecordingHeader header) {
        headers.add(header);
    }

    @Override
    public void event(RecordingEvent event) {
        events.add(event);
    }

    @Override
    public void data(long hostOffsetUs, byte[] buf, int off, int len) {
        chunks.add(new Chunk(hostOffsetUs, Arrays.copyOfRange(buf, off, off + len)));
    }

    /** All DATA bytes in order, concatenated. */
    byte[] dataBytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        chunks.forEach(c -> all.writeBytes(c.bytes()));
        return all.toByteArray();
    }

    long truncatedCount() {
        return malformed.stream().filter(m -> m.reason().startsWith("truncated")).count();
    }

    /** Decodes {@code bytes} with the fixed test decoder fed in chunks of {@code chunk} bytes. */
    static Collector decode(byte[] bytes, int chunk) {
        Collector c = new Collector();
        RecordingDecoder d = new RecordingDecoder(c, c, (f, s, l) -> new FixedRecordDecoder(l));
        for (int off = 0; off < bytes.length; off += chunk) {
            d.feed(bytes, off, Math.min(chunk, bytes.length - off));
        }
        d.finish();
        return c;
    }
}
