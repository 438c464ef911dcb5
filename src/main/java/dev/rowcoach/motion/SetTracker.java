package dev.rowcoach.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Numbers reps into sets: a rep starting more than {@code setGapS} after the previous rep ended opens a
 * new set; a set is reported ended as soon as that much rest has passed (or at the end of the stream).
 *
 * <p>When a set ends, its first and last movements are checked against the others: picking the bar up
 * from the floor and standing up to put it down look like reps to the detector, but they are much slower
 * and longer than the set's rows (measured on the simulator: rows 0.4–1.2 s at ≥ 0.36 m/s, those movements
 * 0.8–3.2 s at 0.13–0.58 m/s), or they end standing: the bar stays up 0.8–3 s before it comes down, where a
 * row pauses at most about 0.6 s, or they are off the set's beat (a pick-up is followed by standing, a
 * hinge and settling), or, begun from a bar lying still, slower and longer as estimated across holes; and a last
 * movement after which the bar goes down further than it rose, late, slow or after standing at the top, is standing
 * up before the put-down. Each is judged against the reps between the set's first and last movements (both may be
 * handling the bar). Such a movement is discarded from the set, and the listener is told.
 */
final class SetTracker {

    /**
     * How much faster than its estimate a pull bridged over holes in the data may have been, m/s: the estimate is off
     * by 0.1–0.15 m/s on average (MOTION.md, "Holes in the data").
     */
    private static final double BRIDGED_VELOCITY_ERROR = 0.15;
    /**
     * A rep with holes over at least this fraction of its pull's duration may be off by all of that; one bridged less,
     * in proportion (a pull bridged for 0.06 s of 0.55 s is nearly all measured).
     */
    private static final double FULLY_BRIDGED = 0.25;
    /** A first or last movement is judged against at least this many other reps. */
    private static final int MIN_REPS_TO_JUDGE = 3;
    /** Discarded when slower than this fraction of the set's median mean velocity … */
    static final double SLOWER = 0.6;
    /** … and longer than this multiple of its median concentric duration, … */
    static final double LONGER = 1.4;
    /** … or smaller than this fraction of its median ROM (lifting a dumbbell off the floor); … */
    private static final double SMALLER = 0.55;
    /**
     * … or when the bar stayed up longer than this before coming down, or the sensor was still that long at
     * the top (standing with the bar; rows pause ≤ 0.6 s), s …
     */
    private static final double STAND_S = 0.6;
    /**
     * … or, after a pull of any length, when the bar stayed up longer than this and this many times longer than
     * the set's reps pause at the top (a lifter who squeezes every rep for 2 s is not standing up; simulated
     * rows pause at most 0.53 s, stand-ups at row speed 0.97–2.2 s, the shortest at 12.5 Hz) …
     */
    private static final double HELD_S = 0.8;
    private static final double HELD_FACTOR = 3.0;
    /**
     * A set's last movement stood at the top before a put-down when it stayed up this many times longer than any of the
     * set's reps. A slow lowering starts slowly, so a set with 3–4 s eccentrics reads 0.45–0.65 s at the top of every rep
     * and a last rep only a little longer is not standing (last reps of the simulated corpora: 1.03–1.15 times the
     * longest; stand-ups before put-downs at least 1.5 times).
     */
    private static final double STOOD_FACTOR = 1.3;
    /**
     * … or when it is this many times the set's rep-to-rep interval away from its neighbour (a pick-up is
     * followed by standing, a hinge and settling before the first row) …
     */
    private static final double OFF_BEAT = 1.5;
    /**
     * … or, for the last movement, when the bar then went down more than this multiple of its rise (stand-ups
     * before a put-down on the simulator: 1.1–4.4; last reps followed by the bar lowered straight to the floor
     * go that far down too) …
     */
    private static final double FURTHER_DOWN = 1.12;
    /**
     * … while coming this much later than the set's rep-to-rep interval and later than any of its intervals (standing
     * up follows a hang; a last rep comes on the set's rhythm, and where dead stops of seconds break that rhythm, no
     * later than the set's longest), or after standing at the top for over {@link #STAND_S} and longer than any of
     * the set's reps (a set whose reps pause up to a second keeps a last rep that did too), or slower than
     * {@link #SLOWER} of the set's median: in a heavy set of three the stand-up comes on the set's slow rhythm.
     * Measured over the simulated corpora and short sets: the 42 true last reps that went down that far stood at
     * most 0.42 s at the top and kept at least 0.73 of the set's median velocity.
     */
    private static final double LATE = 1.25;
    /** … each after a pull longer than this multiple of the median. */
    private static final double SOMEWHAT_LONGER = 1.2;
    /**
     * … and, in a set whose reps squeeze at the top, larger than this multiple of its median ROM: standing up lifts
     * the bar by the torso's rise on top of the arms' pull (simulated stand-ups after squeezed sets: 1.45–1.8 times
     * the set's ROM; its reps' ROM varies by about a tenth).
     */
    private static final double LARGER = 1.25;
    /**
     * A set whose reps stay up at least this long at the top, s, squeezes them (the strict-row cue, 1–3 s); a heavy
     * set's slow turns at the top read up to about 0.6 s.
     */
    private static final double SQUEEZE_S = 1.0;

    /**
     * … or, for the first movement, when its top comes less than this fraction of the set's median top-to-top interval
     * before the next rep's (a row keeps the set's beat: 0.85–1.2 of it; a movement before a set's first row, the pick-up
     * or settling into the row, need not) …
     */
    private static final double EARLY = 0.85;
    /**
     * … while it rose less than this fraction of the set's median ROM, as measured: a first row bridged over holes can
     * read far less than it rose, but then it keeps the beat (docs/MOTION.md, step 10, "Sets") …
     */
    private static final double TINY = 0.3;
    /** … and holes cover at most this fraction of it, from its start to its end: what it rose was measured. */
    private static final double MOSTLY_MEASURED = 0.5;

    /** A row's rep-to-rep interval when a set has only one rep so far, s. */
    private static final double DEFAULT_INTERVAL_S = 2.5;

    private final double setGapS;
    private final MotionListener listener;
    /** The open set's movements, in order of start. */
    private final List<Movement> open = new ArrayList<>();
    private int setIndex;

    SetTracker(double setGapS, MotionListener listener) {
        this.setGapS = setGapS;
        this.listener = listener;
    }

    /**
     * A rep for the open set (a new set when it starts more than the set gap after the last); {@code fromBeat}: one
     * holes in the data hid, counted from the set's beat up to the rep after it, with which it stands or falls;
     * {@code fromRest}: it began as the bar left a long rest (lying on the floor), as a pick-up does.
     */
    void add(RepMeasurement m, double confidence, double gapS, double concentricGapS, double reportedS,
             boolean fromBeat, boolean fromRest) {
        if (!open.isEmpty() && m.startS() - open.get(open.size() - 1).rep().endS() > setGapS) {
            close();
        }
        if (open.isEmpty()) {
            setIndex++;
        }
        // In order of start: a set's first rep counted without figures is known only once its second rep is.
        int at = open.size();
        while (at > 0 && open.get(at - 1).rep().concentricStartS() > m.startS()) {
            at--;
        }
        // A rep counted without a measurement has its detection's times only: its durations are not known either.
        Rep rep = new Rep(setIndex, at + 1, m.startS(), m.topS(), m.bottomS(), m.romM(), m.meanVelocityMps(),
                m.peakMps(), m.measured() ? m.concentricS() : Double.NaN,
                m.measured() ? Math.max(0, m.bottomS() - m.eccentricS()) : Double.NaN, confidence, m.shape(), reportedS,
                gapS, concentricGapS, m.topHoldS());
        open.add(at, new Movement(rep, m.stillAtTopS(), m.descentM() / m.romM(), fromBeat, fromRest));
        listener.rep(rep);
    }

    /**
     * The last rep reported, measured again: the open set keeps the new measurement (same number, confidence
     * and report time) and the listener is told.
     */
    void revise(RepMeasurement m, double concentricGapS) {
        if (open.isEmpty()) {
            return;
        }
        int last = open.size() - 1;
        Movement before = open.get(last);
        Rep old = before.rep();
        Rep rep = new Rep(old.setIndex(), old.index(), m.startS(), m.topS(), m.bottomS(), m.romM(), m.meanVelocityMps(),
                m.peakMps(), m.concentricS(), Math.max(0, m.bottomS() - m.eccentricS()), old.confidence(), m.shape(),
                old.reportedS(), old.gapS(), concentricGapS, m.topHoldS());
        open.set(last, new Movement(rep, m.stillAtTopS(), m.descentM() / m.romM(), before.fromBeat(), before.fromRest()));
        listener.repRevised(old, rep);
    }

    /**
     * The open set's median rep-to-rep interval, s: {@link #DEFAULT_INTERVAL_S} with a single rep so far, NaN when
     * no set is open.
     */
    double openRepIntervalS() {
        if (open.isEmpty()) {
            return Double.NaN;
        }
        if (open.size() < 2) {
            return DEFAULT_INTERVAL_S;
        }
        double[] intervals = new double[open.size() - 1];
        for (int i = 1; i < open.size(); i++) {
            intervals[i - 1] = open.get(i).rep().concentricStartS() - open.get(i - 1).rep().concentricStartS();
        }
        return median(intervals);
    }

    /**
     * Called every grid step: ends the open set once the rest after its last rep is long enough, unless a movement
     * that began within that rest ({@code movementSinceS}; NaN: none) is still waiting to be confirmed as a rep: a rep
     * followed by a long hold at the hang is confirmed seconds after it began, and the set is not over until it is.
     */
    void tick(double t, double movementSinceS) {
        if (open.isEmpty()) {
            return;
        }
        double lastEndS = open.get(open.size() - 1).rep().endS();
        if (t - lastEndS > setGapS && !(movementSinceS - lastEndS <= setGapS)) {
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
        List<Movement> kept = new ArrayList<>(open);
        if (discardIfNotARow(kept, kept.size() - 1, "standing up to put the bar down")) {
            // Reps counted from the set's beat up to the put-down lose the rep that kept that beat.
            while (!kept.isEmpty() && kept.get(kept.size() - 1).fromBeat()) {
                Rep r = kept.remove(kept.size() - 1).rep();
                listener.repDiscarded(r, String.format(Locale.ROOT, "Set %d: a rep at %.1f s counted from the set's "
                        + "beat across gaps in the data is not counted: the movement after it was the put-down.",
                        r.setIndex(), r.concentricStartS()));
            }
        }
        discardIfNotARow(kept, 0, "picking the bar up");
        List<Rep> numbered = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            numbered.add(renumbered(kept.get(i).rep(), i + 1));
        }
        open.clear();
        if (numbered.isEmpty()) {
            return;
        }
        listener.setEnded(new SetResult(setIndex, numbered.get(0).concentricStartS(),
                numbered.get(numbered.size() - 1).endS(), numbered));
    }

    /** Discards movement {@code i} from the set if it looks like handling the bar ({@code looksLike}); says whether. */
    private boolean discardIfNotARow(List<Movement> set, int i, String looksLike) {
        if (set.size() < MIN_REPS_TO_JUDGE + 1) {
            return false;
        }
        Rep candidate = set.get(i).rep();
        // The reference: the reps between the set's first and last movements, both of which may be handling the
        // bar (in a set of three, a pick-up left among the others moves their medians a long way); the other edge
        // joins them only when fewer than MIN_REPS_TO_JUDGE would be left.
        int last = set.size() - 1;
        boolean withoutOtherEdge = set.size() - 2 >= MIN_REPS_TO_JUDGE;
        int from = i == 0 || withoutOtherEdge ? 1 : 0;
        int to = i == last || withoutOtherEdge ? last - 1 : last;
        int m = to - from + 1;
        double[] velocity = new double[m];
        double[] duration = new double[m];
        double[] rom = new double[m];
        double[] stands = new double[m];
        double[] peak = new double[m];
        double[] cadence = new double[m - 1];
        double[] beat = new double[m - 1];
        double[] risen = new double[m];
        for (int j = from; j <= to; j++) {
            Rep r = set.get(j).rep();
            velocity[j - from] = measured(r, r.meanConcentricVelocityMps());
            duration[j - from] = measured(r, r.concentricDurationS());
            rom[j - from] = measured(r, r.romM());
            peak[j - from] = measured(r, r.peakConcentricVelocityMps());
            stands[j - from] = set.get(j).standS();
            risen[j - from] = r.romM();
        }
        // Start-to-start and top-to-top intervals among the reference reps, and the candidate's own interval to its
        // neighbour.
        for (int j = from; j < to; j++) {
            cadence[j - from] = set.get(j + 1).rep().concentricStartS() - set.get(j).rep().concentricStartS();
            beat[j - from] = set.get(j + 1).rep().concentricEndS() - set.get(j).rep().concentricEndS();
        }
        double ownInterval = i == 0 ? set.get(1).rep().concentricStartS() - candidate.concentricStartS()
                : candidate.concentricStartS() - set.get(i - 1).rep().concentricStartS();
        double typicalVelocity = median(velocity), typicalDuration = median(duration);
        double standS = set.get(i).standS();
        // A pull bridged over holes is judged on what the holes leave sure: it was at most this fast (a bridged pull's
        // velocity is off by up to BRIDGED_VELOCITY_ERROR, in proportion to how much of the rep was bridged) and lasted
        // at least as long as was measured of it (a hole moves its top by up to the hole's length); its ROM, read as low
        // as a quarter of the truth, is no evidence that it was large, and it rose at most as far as measured plus the
        // set's peak speed over every bridged second of the rep (holes next to the pull move it too).
        boolean bridged = candidate.pullBridged();
        double bridgedShare = Math.min(1, candidate.gapS() / (FULLY_BRIDGED * candidate.concentricDurationS()));
        double ownVelocity = candidate.meanConcentricVelocityMps() + (bridged ? BRIDGED_VELOCITY_ERROR * bridgedShare : 0);
        double ownDuration = candidate.concentricDurationS() - candidate.concentricGapS();
        double ownRom = measured(candidate, candidate.romM());
        double ownRomAtMost = bridged ? candidate.romM() + candidate.gapS() * median(peak) : candidate.romM();
        boolean slower = ownVelocity < SLOWER * typicalVelocity;
        boolean slowAndLong = slower && ownDuration > LONGER * typicalDuration;
        // The ROM gate adapts to the set's reps, which a set's first movement has none of yet: judge it now.
        boolean slowAndSmall = slower && ownRomAtMost < SMALLER * median(rom);
        boolean longer = ownDuration > SOMEWHAT_LONGER * typicalDuration;
        // Standing with the bar: after a longer pull, or for much longer than the set's reps pause at the top. When
        // the set's reps themselves stay up longer than a row's pause (squeezes), a longer pull held as long as the
        // others is a slow rep (a set's last one often is); standing up also raises the bar further than the arms do.
        boolean squeezes = median(stands) >= SQUEEZE_S;
        boolean larger = ownRom > LARGER * median(rom);
        boolean heldLong = standS > HELD_S && standS > HELD_FACTOR * median(stands);
        boolean stoodUp = standS > STAND_S && longer && (!squeezes || larger) || heldLong;
        // Up at the top for longer than a row's pause and than the set's reps; in a set that squeezes, where that says
        // nothing, for much longer than its reps or after a longer pull.
        boolean stoodAtTop = squeezes ? heldLong || longer : standS > STAND_S && standS > STOOD_FACTOR * max(stands);
        boolean offBeat = ownInterval > OFF_BEAT * median(cadence) && longer;
        // Standing up before a put-down, the bar then goes down to the floor: further than it came up.
        double down = set.get(i).descentRatio();
        boolean toTheFloor = i == last && i > 0 && down > FURTHER_DOWN
                && (ownInterval > LATE * median(cadence) && ownInterval > max(cadence) || stoodAtTop || slower);
        // Before the first row: early for the set's beat, and small as measured, holes and all, when mostly measured.
        boolean beforeTheRows = i == 0 && set.get(1).rep().concentricEndS() - candidate.concentricEndS() < EARLY * median(beat)
                && candidate.romM() < TINY * median(risen)
                && candidate.gapS() <= MOSTLY_MEASURED * (candidate.endS() - candidate.concentricStartS());
        // From the floor: a set's first movement that began as the bar left a long rest is a pick-up more often than a row
        // (only a row that starts every rep from the floor, a Pendlay row, does so too, fast): slower and longer than the
        // set's reps as estimated, holes and all, is enough.
        boolean pickedUp = i == 0 && set.get(0).fromRest() && candidate.meanConcentricVelocityMps() < SLOWER * typicalVelocity
                && candidate.concentricDurationS() > typicalDuration;
        if (slowAndLong || slowAndSmall || stoodUp || offBeat || toTheFloor || beforeTheRows || pickedUp) {
            set.remove(i);
            // A pull bridged over holes in the data has estimates, not figures, to quote.
            listener.repDiscarded(candidate, candidate.concentricGapS() > 0 || Double.isNaN(candidate.romM())
                    ? String.format(Locale.ROOT, "Set %d: a movement at %.1f s, partly in gaps in the data, looked like "
                    + "%s, not a row; it is not counted.", candidate.setIndex(), candidate.concentricStartS(), looksLike)
                    : String.format(Locale.ROOT, "Set %d: a movement of %.2f m at %.2f m/s "
                    + "over %.1f s (the set's reps: %.2f m/s over %.1f s) looked like %s, not a row; it is not counted.",
                    candidate.setIndex(), candidate.romM(), candidate.meanConcentricVelocityMps(),
                    candidate.concentricDurationS(), typicalVelocity, typicalDuration, looksLike));
            return true;
        }
        return false;
    }

    /**
     * A movement of the open set: its rep, how long the sensor was still at its top, s, how far the bar came down
     * after it as a fraction of its ROM, whether it was counted from the set's beat across holes, not seen, and whether
     * it began from rest.
     */
    private record Movement(Rep rep, double stillAtTopS, double descentRatio, boolean fromBeat, boolean fromRest) {

        /** How long the bar stayed up at the top before coming down, s. */
        double standS() {
            return Math.max(rep.endS() - rep.eccentricDurationS() - rep.concentricEndS(), stillAtTopS);
        }
    }

    /** {@code figure} of rep {@code r}, or NaN when its pull was bridged over holes ({@link Rep#pullBridged}). */
    private static double measured(Rep r, double figure) {
        return r.pullBridged() ? Double.NaN : figure;
    }

    private static Rep renumbered(Rep r, int index) {
        return r.index() == index ? r : new Rep(r.setIndex(), index, r.concentricStartS(), r.concentricEndS(), r.endS(),
                r.romM(), r.meanConcentricVelocityMps(), r.peakConcentricVelocityMps(), r.concentricDurationS(),
                r.eccentricDurationS(), r.confidence(), r.shape(), r.reportedS(), r.gapS(), r.concentricGapS(),
                r.topHoldS());
    }

    /** The largest of the finite values; NaN when there are none. */
    private static double max(double[] x) {
        return java.util.Arrays.stream(x).filter(Double::isFinite).max().orElse(Double.NaN);
    }

    /** The median of the finite values (a rep counted across a hole has no figures); NaN when there are none. */
    private static double median(double[] x) {
        double[] s = java.util.Arrays.stream(x).filter(Double::isFinite).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
