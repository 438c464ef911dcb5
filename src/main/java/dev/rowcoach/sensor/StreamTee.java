package dev.rowcoach.sensor;

import java.util.List;

/** Hands every event to several listeners, in the order given (e.g. statistics first, then analysis). */
public final class StreamTee implements StreamListener {

    private final StreamListener[] listeners;

    public StreamTee(StreamListener... listeners) {
        this.listeners = List.of(listeners).toArray(new StreamListener[0]);
    }

    @Override
    public void sensorInfo(SensorInfo info) {
        for (StreamListener l : listeners) {
            l.sensorInfo(info);
        }
    }

    @Override
    public void sample(Sample sample) {
        for (StreamListener l : listeners) {
            l.sample(sample);
        }
    }

    @Override
    public void gap(Gap gap) {
        for (StreamListener l : listeners) {
            l.gap(gap);
        }
    }

    @Override
    public void malformed(Malformed malformed) {
        for (StreamListener l : listeners) {
            l.malformed(malformed);
        }
    }

    @Override
    public void status(DeviceStatus status) {
        for (StreamListener l : listeners) {
            l.status(status);
        }
    }

    @Override
    public void notice(String message) {
        for (StreamListener l : listeners) {
            l.notice(message);
        }
    }

    @Override
    public void warning(String message) {
        for (StreamListener l : listeners) {
            l.warning(message);
        }
    }

    @Override
    public void end() {
        for (StreamListener l : listeners) {
            l.end();
        }
    }
}
