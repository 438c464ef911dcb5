package dev.rowcoach.source;

import dev.rowcoach.protocol.Malformed;
import dev.rowcoach.protocol.StreamListener;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;

/** Passes every event on to another listener; subclasses override what they also want to see. */
public class ForwardingListener implements StreamListener {

    private final StreamListener next;

    public ForwardingListener(StreamListener next) {
        this.next = next;
    }

    @Override
    public void sensorInfo(SensorInfo info) {
        next.sensorInfo(info);
    }

    @Override
    public void sample(Sample sample) {
        next.sample(sample);
    }

    @Override
    public void gap(Gap gap) {
        next.gap(gap);
    }

    @Override
    public void malformed(Malformed malformed) {
        next.malformed(malformed);
    }

    @Override
    public void status(DeviceStatus status) {
        next.status(status);
    }

    @Override
    public void notice(String message) {
        next.notice(message);
    }
}
