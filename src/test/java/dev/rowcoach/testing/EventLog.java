package dev.rowcoach.testing;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Records every callback in order (notices as strings), so tests can count them and check their sequence. */
public final class EventLog implements StreamListener {

    public final List<Object> events = new ArrayList<>();

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

    @Override
    public void notice(String message) {
        events.add(message);
    }

    /**
     * Feeds {@code bytes} to the decoder {@code factory} builds, in chunks of {@code chunk} bytes (0: all
     * at once), finishes it, and returns what it said.
     */
    public static EventLog decode(Function<StreamListener, Decoder> factory, byte[] bytes, int chunk) {
        EventLog log = new EventLog();
        Decoder d = factory.apply(log);
        int step = chunk <= 0 ? Math.max(1, bytes.length) : chunk;
        for (int off = 0; off < bytes.length; off += step) {
            d.feed(bytes, off, Math.min(step, bytes.length - off));
        }
        d.finish();
        return log;
    }

    /** How many events of {@code type} were received. */
    public long count(Class<?> type) {
        return of(type).size();
    }

    public List<Sample> samples() {
        return of(Sample.class);
    }

    public List<Gap> gaps() {
        return of(Gap.class);
    }

    public List<Malformed> malformed() {
        return of(Malformed.class);
    }

    public List<SensorInfo> infos() {
        return of(SensorInfo.class);
    }

    public List<String> notices() {
        return of(String.class);
    }

    private <T> List<T> of(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }
}
