package dev.rowcoach.testing;

import dev.rowcoach.protocol.Malformed;
import dev.rowcoach.protocol.StreamListener;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;

import java.util.ArrayList;
import java.util.List;

/** A listener that keeps everything it is told, for assertions. */
public final class EventLog implements StreamListener {

    public final List<Object> events = new ArrayList<>();
    public final List<Sample> samples = new ArrayList<>();
    public final List<Gap> gaps = new ArrayList<>();
    public final List<Malformed> malformed = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<SensorInfo> infos = new ArrayList<>();

    @Override
    public void sensorInfo(SensorInfo info) {
        infos.add(info);
        events.add(info);
    }

    @Override
    public void sample(Sample sample) {
        samples.add(sample);
        events.add(sample);
    }

    @Override
    public void gap(Gap gap) {
        gaps.add(gap);
        events.add(gap);
    }

    @Override
    public void malformed(Malformed m) {
        malformed.add(m);
        events.add(m);
    }

    @Override
    public void status(DeviceStatus status) {
        events.add(status);
    }

    @Override
    public void notice(String message) {
        notices.add(message);
        events.add(message);
    }
}
