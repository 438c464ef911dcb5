package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.protocol.Malformed;
import dev.rowcoach.protocol.StreamListener;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import java.util.ArrayList;
import java.util.List;

/** Keeps every callback, in order, as the object it was called with. */
final class RecordingListener implements StreamListener {

    final List<Object> events = new ArrayList<>();

    @Override
    public void sensorInfo(SensorInfo info) {
        events.add(info);
    }

    @Override
    public void sample(Sample sample) {
        events.add(sample);
    }

    @Override
    public void gap(Gap gap) {
        events.add(gap);
    }

    @Override
    public void malformed(Malformed malformed) {
        events.add(malformed);
    }

    @Override
    public void status(DeviceStatus status) {
        events.add(status);
    }

    long count(Class<?> type) {
        return events.stream().filter(type::isInstance).count();
    }

    /** Decodes {@code bytes} fed in chunks of {@code chunk} bytes (0: all at once) and returns the events. */
    static List<Object> decode(byte[] bytes, int chunk) {
        RecordingListener listener = new RecordingListener();
        RowcoachDecoder decoder = new RowcoachDecoder(dev.rowcoach.protocol.DecoderSettings.DEFAULTS, listener);
        int step = chunk <= 0 ? Math.max(1, bytes.length) : chunk;
        for (int off = 0; off < bytes.length; off += step) {
            decoder.feed(bytes, off, Math.min(step, bytes.length - off));
        }
        decoder.finish();
        return listener.events;
    }
}
