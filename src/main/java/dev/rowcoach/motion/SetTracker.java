package dev.rowcoach.motion;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers reps into sets: a rep starting more than {@code setGapS} after the previous rep ended opens a
 * new set; a set is reported ended as soon as that much rest has passed (or at the end of the stream).
 */
final class SetTracker {

    private final double setGapS;
    private final MotionListener listener;
    private final List<Rep> open = new ArrayList<>();
    private int setIndex;

    SetTracker(double setGapS, MotionListener listener) {
        this.setGapS = setGapS;
        this.listener = listener;
    }

    void add(RepMeasurement m, double confidence) {
        if (!open.isEmpty() && m.startS() - open.get(open.size() - 1).endS() > setGapS) {
            close();
        }
        if (open.isEmpty()) {
            setIndex++;
        }
        Rep rep = new Rep(setIndex, open.size() + 1, m.startS(), m.topS(), m.bottomS(), m.romM(), m.meanVelocityMps(),
                m.peakMps(), m.concentricS(), Math.max(0, m.bottomS() - m.eccentricS()), confidence, m.shape());
        open.add(rep);
        listener.rep(rep);
    }

    /** Called every grid step: ends the open set once the rest after its last rep is long enough. */
    void tick(double t) {
        if (!open.isEmpty() && t - open.get(open.size() - 1).endS() > setGapS) {
            close();
        }
    }

    void finish() {
        close();
    }

    private void close() {
        if (open.isEmpty()) {
            return;
        }
        listener.setEnded(new SetResult(setIndex, open.get(0).concentricStartS(), open.get(open.size() - 1).endS(), open));
        open.clear();
    }
}
