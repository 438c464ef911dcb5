package dev.rowcoach.live;

import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;

import java.util.List;

/** Hands every live event to several listeners in the order given (e.g. the screen, then the sound). */
public final class LiveTee implements LiveListener {

    private final List<LiveListener> listeners;

    public LiveTee(List<LiveListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void connected(LiveTime at, String source, boolean again) {
        listeners.forEach(l -> l.connected(at, source, again));
    }

    @Override
    public void disconnected(LiveTime at, String reason) {
        listeners.forEach(l -> l.disconnected(at, reason));
    }

    @Override
    public void protocol(LiveTime at, WireFormat format, String recording) {
        listeners.forEach(l -> l.protocol(at, format, recording));
    }

    @Override
    public void status(LiveTime at, double samplesPerS, long bytes) {
        listeners.forEach(l -> l.status(at, samplesPerS, bytes));
    }

    @Override
    public void gap(LiveTime at, Gap gap, Double durationS) {
        listeners.forEach(l -> l.gap(at, gap, durationS));
    }

    @Override
    public void rep(LiveTime at, int setIndex, RepReport rep, boolean revised) {
        listeners.forEach(l -> l.rep(at, setIndex, rep, revised));
    }

    @Override
    public void repDiscarded(LiveTime at, int setIndex, RepReport rep, String reason) {
        listeners.forEach(l -> l.repDiscarded(at, setIndex, rep, reason));
    }

    @Override
    public void set(LiveTime at, SetReport set) {
        listeners.forEach(l -> l.set(at, set));
    }

    @Override
    public void warning(LiveTime at, String message) {
        listeners.forEach(l -> l.warning(at, message));
    }

    @Override
    public void coaching(LiveTime at, TrainingReview review) {
        listeners.forEach(l -> l.coaching(at, review));
    }

    @Override
    public void ended(LiveTime at, SessionReport report, LiveCounts counts, String why) {
        listeners.forEach(l -> l.ended(at, report, counts, why));
    }
}
