package dev.rowcoach.motion;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * A set's beat, kept from the tops of its reps, and the reps that holes in the data hid, counted from it without
 * figures ({@link RepDetector} decides what is a rep; this decides where one stands in the set's rhythm):
 * <ul>
 *   <li>a movement whose measurement holes failed counts when it keeps the set's cadence ({@link #onBeat}); one that
 *       comes before the set has a beat waits for its second rep ({@link #waitFor}, {@link #judgeWaiting}); movements off
 *       the beat, for the rep after them ({@link #keepOffBeat}, {@link #offBeatBefore}), and, when the beat then was
 *       not sure, for the set to keep its own ({@link #judgeGaps});</li>
 *   <li>a rep no lobe showed is counted between two reps that stand k beats apart with holes between them
 *       ({@link #missedBefore}), and, before the set has kept its beat, once it has ({@link #holdStretch}).</li>
 * </ul>
 * The beat is forgotten when the set ends ({@link #clear}).
 */
final class SetBeat {

    /**
     * A movement counted without figures keeps the set's cadence when its top comes this close to it after the previous
     * rep's top (fractions of the median top-to-top interval; the real sets' reps keep theirs within 5–15 %).
     */
    private static final double CADENCE_MIN = 0.85;
    private static final double CADENCE_MAX = 1.2;
    /** At most this many movements are kept waiting for a set's beat. */
    private static final int WAITING_MAX = 4;
    /**
     * A rep whose top comes k = 2…{@value #MISSED_MAX}+1 beats after the previous rep's (the interval split into k equal
     * parts, each within {@value #CADENCE_MIN}–{@value #CADENCE_MAX} of the set's beat) had k − 1 reps between the two
     * that holes in the data hid from the detection (a hole over most of a pull leaves no lobe, or merges it with the
     * next one): each is counted, without figures, when around it (from {@value #MISSED_BEFORE_TOP} of a beat before its
     * top to {@value #MISSED_AFTER_TOP} after) a hole lies and what was measured shows the bar moving as in a row (an
     * acceleration of at least {@value #MOVING_MPS2} m/s²): a bar held or resting between reps (a pause within the set)
     * shows neither, and without a hole the detection would have seen the rep. The beat is that of consecutive measured
     * reps.
     */
    private static final int MISSED_MAX = 3;
    /** … once the set has kept its beat this many times (a set's first movement may be the pick-up, off the beat). */
    private static final int MISSED_BEATS_KNOWN = 2;
    /**
     * … and, for an interval held from before the set kept its beat ({@link #holdStretch}), once it has kept it this
     * many times: nothing waits on that judgement, so it waits for a surer beat (with two, a deadlift set's shorter
     * first intervals made one interval three beats instead of two).
     */
    private static final int STRETCH_BEATS_KNOWN = 3;
    private static final double MISSED_BEFORE_TOP = 0.5;
    private static final double MISSED_AFTER_TOP = 0.4;
    /**
     * A row moves the bar with at least this vertical acceleration somewhere in what was measured of it, m/s²; a bar
     * held or resting does not, nor does a slow stand-up before the put-down.
     */
    static final double MOVING_MPS2 = 1.0;
    private static final RepMeasurement[] NONE = new RepMeasurement[0];

    private final RingBuffer buffer;
    private final HoleLog holes;
    private final RepDetector.Sink sink;
    /** Top-to-top intervals of the set's consecutive reps, s: its cadence. */
    private final RecentMedian intervals;
    /** The same between consecutive reps both measured (a rep counted unmeasured has only its detection's top), s. */
    private final RecentMedian measuredIntervals;
    /** Where the last rep counted had its top, s (NaN at the start of a set). */
    private double lastTopS = Double.NaN;
    /**
     * Movements that would be counted without figures but came before the set had a beat to judge them by: before its
     * first rep, or between its first and second; they are judged when the second rep gives the beat. The latest
     * {@value #WAITING_MAX}, oldest first.
     */
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>(WAITING_MAX);
    /**
     * Movements that would have been counted without figures but came off the set's beat since the last rep counted,
     * oldest first (at most {@value #MISSED_MAX}): judged when the rep after them comes ({@link #offBeatBefore}), and, when
     * the set's beat was not sure yet, again once it is ({@link #judgeGaps}).
     */
    private final ArrayDeque<Waiting> offBeat = new ArrayDeque<>(MISSED_MAX);
    /**
     * Intervals between two reps with movements kept off the beat inside them that split them evenly but did not keep
     * the beat known then, held until the set has kept its beat {@value #STRETCH_BEATS_KNOWN} times (at most
     * {@value #WAITING_MAX}).
     */
    private final ArrayDeque<Gap> gaps = new ArrayDeque<>(WAITING_MAX);
    /**
     * Intervals between reps counted before the set had kept its beat {@value #MISSED_BEATS_KNOWN} times that may hide
     * reps and that the interval after them showed to be longer than one beat ({@link #decideCandidate}); judged once it
     * has kept it {@value #STRETCH_BEATS_KNOWN} times ({@link #judgeStretches}). At most {@value #WAITING_MAX}.
     */
    private final ArrayDeque<Stretch> stretches = new ArrayDeque<>(WAITING_MAX);
    /** The last interval, too long for one beat of the intervals known, until the next interval tells (null: none). */
    private Stretch candidate;

    SetBeat(int adaptReps, RingBuffer buffer, HoleLog holes, RepDetector.Sink sink) {
        this.buffer = buffer;
        this.holes = holes;
        this.sink = sink;
        this.intervals = new RecentMedian(adaptReps);
        this.measuredIntervals = new RecentMedian(adaptReps);
    }

    /** Whether a rep of the set has been counted. */
    boolean started() {
        return !Double.isNaN(lastTopS);
    }

    /** Whether the set has a beat (an interval between two reps). */
    boolean known() {
        return !intervals.isEmpty();
    }

    /** The set has ended: its beat is forgotten (movements waiting for a beat wait for the next set's). */
    void clear() {
        intervals.clear();
        measuredIntervals.clear();
        stretches.clear();
        candidate = null;
        offBeat.clear();
        gaps.clear();
        lastTopS = Double.NaN;
    }

    /**
     * A rep counted, standing in the beat at {@code topS} (its top, or its detection's when holes moved the fitted one),
     * {@code previous} the one before it (null: none); {@code offTheSet}: not one of the set's rows (a pick-up), so no
     * interval to it. Keeps the beat, counts the reps waiting for it or hidden before this one.
     */
    void counted(RepMeasurement rep, double topS, RepMeasurement previous, boolean offTheSet, double romGate, double now) {
        if (started() && !offTheSet) {
            // Beats from the last rep's top to this one's (a movement counted in between splits the first interval).
            int beatsBetween;
            double interval = topS - lastTopS;
            decideCandidate(interval);
            if (intervals.isEmpty()) {
                beatsBetween = judgeWaiting(lastTopS, topS, romGate, now) ? 2 : 1;
            } else if (measuredIntervals.size() < MISSED_BEATS_KNOWN
                    && holdStretch(topS, rep.measured() && previous.measured())) {
                // Not a beat of the set's until the next interval tells: kept out of the beat that judges hidden reps
                // meanwhile, not out of its cadence.
                beatsBetween = 0;
                intervals.add(interval);
            } else {
                beatsBetween = missedBefore(topS) + 1;
                inferBetween(lastTopS, topS, beatsBetween, now);
                for (int j = 0; j < beatsBetween; j++) {
                    intervals.add(interval / beatsBetween);
                }
            }
            // Movements kept off the beat that split the interval evenly may have been reps (unless reps hidden in it
            // were counted already): it is no sure beat.
            Waiting[] inside = offBeat.toArray(Waiting[]::new);
            boolean split = inside.length > 0 && beatsBetween <= 1 && splitEvenly(lastTopS, inside, topS);
            if (rep.measured() && previous.measured() && beatsBetween == 1 && !split) {
                measuredIntervals.add(interval);
                judgeGaps(now);
                judgeStretches(now);
            }
            if (split) {
                keepLatest(gaps, new Gap(lastTopS, topS, inside), WAITING_MAX);
                judgeGaps(now);
            }
        }
        offBeat.clear();
        lastTopS = topS;
    }

    /**
     * Whether a movement whose top is at {@code topS} keeps the set's cadence: {@value #CADENCE_MIN}–{@value #CADENCE_MAX}
     * of its median interval after the previous rep's top, or whole beats after it with reps hidden between.
     */
    boolean onBeat(double topS) {
        return oneBeatApart(lastTopS, topS) || missedBefore(topS) > 0;
    }

    /** Whether two tops lie one beat apart ({@value #CADENCE_MIN}–{@value #CADENCE_MAX} of the set's median interval). */
    boolean oneBeatApart(double fromS, double toS) {
        double cadence = (toS - fromS) / intervals.median();
        return cadence >= CADENCE_MIN && cadence <= CADENCE_MAX;
    }

    /** A movement that came before the set had a beat, kept until its second rep gives one ({@link #judgeWaiting}). */
    void waitFor(Waiting w) {
        keepLatest(waiting, w, WAITING_MAX);
    }

    /** A movement that came off the set's beat, kept until the rep after it ({@link #offBeatBefore}). */
    void keepOffBeat(Waiting w) {
        keepLatest(offBeat, w, MISSED_MAX);
    }

    /** Adds {@code item} to {@code latest}, which keeps the latest {@code max}. */
    private static <T> void keepLatest(ArrayDeque<T> latest, T item, int max) {
        if (latest.size() == max) {
            latest.removeFirst();
        }
        latest.addLast(item);
    }

    /**
     * The movements kept off the beat ({@link #offBeat}), if with them the interval from the last rep's top to
     * {@code topS} is one beat of the set's cadence per movement and one more, split evenly: reps after all (their
     * detection's tops come early on slow reps), counted without figures. The movement after a set's last rep, putting
     * the bar down, has no rep after it. They are forgotten once counted; else kept for the rep after {@code topS}
     * (a movement off the beat too), and when that rep is counted, judged again once the beat is sure if they split its
     * interval evenly ({@link #gaps}).
     */
    RepMeasurement[] offBeatBefore(double topS) {
        if (offBeat.isEmpty() || Double.isNaN(lastTopS) || intervals.isEmpty()
                || !keepsTheBeat(lastTopS, offBeat.toArray(Waiting[]::new), topS, intervals.median())) {
            return NONE;
        }
        RepMeasurement[] reps = offBeat.stream().map(Waiting::unmeasured).toArray(RepMeasurement[]::new);
        offBeat.clear();
        return reps;
    }

    /**
     * Whether the movements between the tops {@code fromS} and {@code toS} make that interval one beat of {@code beatS}
     * per movement and one more, each of those intervals within {@value #CADENCE_MIN}/{@value #CADENCE_MAX} of the others.
     */
    private static boolean keepsTheBeat(double fromS, Waiting[] movements, double toS, double beatS) {
        return beats(toS - fromS, beatS) == movements.length + 1 && splitEvenly(fromS, movements, toS);
    }

    /**
     * Whether the movements' tops split the interval between the tops {@code fromS} and {@code toS} into intervals within
     * {@value #CADENCE_MIN}/{@value #CADENCE_MAX} of each other.
     */
    private static boolean splitEvenly(double fromS, Waiting[] movements, double toS) {
        double shortest = Double.POSITIVE_INFINITY, longest = 0, previous = fromS;
        for (int i = 0; i <= movements.length; i++) {
            double top = i < movements.length ? movements[i].topS() : toS;
            if (top <= previous) {
                return false;
            }
            shortest = Math.min(shortest, top - previous);
            longest = Math.max(longest, top - previous);
            previous = top;
        }
        return splitsEvenly(shortest, longest);
    }

    /**
     * Once the set has kept its beat {@value #STRETCH_BEATS_KNOWN} times, the {@link #gaps} whose movements keep it are
     * counted (the beat their set had when they were kept may have been its first, slower interval): without figures.
     */
    private void judgeGaps(double now) {
        if (gaps.isEmpty() || measuredIntervals.size() < STRETCH_BEATS_KNOWN) {
            return;
        }
        double median = measuredIntervals.median();
        for (Gap g : gaps) {
            if (keepsTheBeat(g.fromS(), g.movements(), g.toS(), median)) {
                for (Waiting w : g.movements()) {
                    sink.rep(w.unmeasured(), now);
                }
                stretches.removeIf(st -> st.fromS() == g.fromS() && st.toS() == g.toS());
            }
        }
        gaps.clear();
    }

    /** An interval between the tops of two reps, with the movements kept off the beat inside it, oldest first. */
    private record Gap(double fromS, double toS, Waiting[] movements) {
    }

    /** Whether two intervals that split one are within {@value #CADENCE_MIN}/{@value #CADENCE_MAX} of each other. */
    private static boolean splitsEvenly(double before, double after) {
        return Math.min(before, after) >= CADENCE_MIN / CADENCE_MAX * Math.max(before, after);
    }

    /**
     * The set's second rep, its top at {@code secondTopS}, gives the set's first beat: the interval from the first
     * rep's top, {@code firstTopS}, added here. Movements kept waiting ({@link #waiting}) count, without figures, when
     * their lobes are as large as the reps' and they keep that beat: before the first rep, each on the beat
     * ({@value #CADENCE_MIN}–{@value #CADENCE_MAX} of the interval, widened either way by the holes in its pull, which may
     * have moved its top that far) before the rep after it, back to the first that is not (a movement too close to the
     * rep after it is passed over: a rep has one lobe), or, off it, when it spans the place one beat before the rep after
     * it and a rep was hidden there ({@link #hidden}): then a rep is counted in that place; between the two, splitting
     * their interval into two intervals within that same ratio of each other, which are then the set's beat. A pick-up
     * comes well before the first row (standing, then the hinge into the row) and is not kept when it lifted a bar that
     * was lying still. Returns whether a movement was counted between the two.
     */
    private boolean judgeWaiting(double firstTopS, double secondTopS, double romGate, double now) {
        double interval = secondTopS - firstTopS;
        // A movement counted between the two replaces their interval by the two it splits it into.
        boolean splitsInterval = false;
        double nextTopS = firstTopS;
        for (Iterator<Waiting> it = waiting.descendingIterator(); it.hasNext(); ) {
            Waiting w = it.next();
            if (w.lobeM() < romGate || w.topS() >= secondTopS) {
                continue;
            }
            if (w.topS() > firstTopS) {
                double before = w.topS() - firstTopS, after = secondTopS - w.topS();
                if (!splitsInterval && splitsEvenly(before, after)) {
                    splitsInterval = true;
                    intervals.add(before);
                    intervals.add(after);
                    sink.rep(w.unmeasured(), now);
                }
                continue;
            }
            double cadence = (nextTopS - w.topS()) / interval;
            // A hole in its pull may have moved its detection's top by up to the hole's length, either way.
            double moved = holes.within(w.startS(), w.topS()) / interval;
            if (cadence >= CADENCE_MIN - moved && cadence <= CADENCE_MAX + moved) {
                intervals.add(nextTopS - w.topS());
                sink.rep(w.unmeasured(), now);
                nextTopS = w.topS();
                continue;
            }
            // Off the beat, but spanning the place one beat before the rep after it, where holes lie and the bar moved: its
            // lobe merged with others across the holes, and a rep stood there.
            double beatTopS = nextTopS - interval;
            if (w.startS() < beatTopS - MISSED_BEFORE_TOP * interval && w.bottomS() > beatTopS
                    && holes.within(w.startS(), w.bottomS()) > 0 && hidden(beatTopS - interval, nextTopS, 2)) {
                intervals.add(interval);
                sink.rep(hiddenRep(beatTopS, interval, w.rest()), now);
                nextTopS = beatTopS;
            } else if (cadence > CADENCE_MAX + moved) {
                break;
            }
        }
        if (!splitsInterval) {
            intervals.add(interval);
        }
        waiting.clear();
        return splitsInterval;
    }

    /** A movement kept waiting for the set's beat ({@link #judgeWaiting}). */
    record Waiting(double startS, double topS, double bottomS, double lobeM, boolean rest) {
        RepMeasurement unmeasured() {
            return RepMeasurement.unmeasured(startS, topS, bottomS, rest);
        }
    }

    /**
     * How many reps holes in the data hid between the last rep counted and one whose top is at {@code topS}: the
     * interval must be k beats of the set's cadence, and each of the k − 1 missing reps must have holes and measured
     * motion around it (see {@link #MISSED_MAX}). 0 when not.
     */
    private int missedBefore(double topS) {
        if (Double.isNaN(lastTopS) || measuredIntervals.size() < MISSED_BEATS_KNOWN) {
            return 0;
        }
        int k = beats(topS - lastTopS, measuredIntervals.median());
        return k > 0 && hidden(lastTopS, topS, k) ? k - 1 : 0;
    }

    /**
     * How many beats of {@code median} s an interval of {@code interval} s holds: k = 2…{@value #MISSED_MAX}+1 when
     * split into k equal parts each within {@value #CADENCE_MIN}–{@value #CADENCE_MAX} of the beat, else 0.
     */
    private static int beats(double interval, double median) {
        int k = (int) Math.round(interval / median);
        double beat = interval / k;
        return k < 2 || k > MISSED_MAX + 1 || beat < CADENCE_MIN * median || beat > CADENCE_MAX * median ? 0 : k;
    }

    /**
     * Whether around each of the k − 1 reps that would split the interval between the tops {@code fromS} and
     * {@code toS} into k beats holes cover enough and what was measured shows the bar moving (see {@link #MISSED_MAX}).
     */
    private boolean hidden(double fromS, double toS, int k) {
        double beat = (toS - fromS) / k;
        for (int j = 1; j < k; j++) {
            double from = fromS + (j - MISSED_BEFORE_TOP) * beat, to = fromS + (j + MISSED_AFTER_TOP) * beat;
            if (holes.within(from, to) == 0 || buffer.maxAbsVerticalMeasured(from, to, holes) < MOVING_MPS2) {
                return false;
            }
        }
        return true;
    }

    /** The reps holes hid between the tops {@code fromS} and {@code toS}, k beats apart, counted without figures. */
    private void inferBetween(double fromS, double toS, int k, double now) {
        double beat = (toS - fromS) / k;
        for (int j = 1; j < k; j++) {
            sink.inferred(hiddenRep(fromS + j * beat, beat, false), now);
        }
    }

    /** A rep holes hid, its top at {@code topS} in a beat of {@code beatS} s, counted without figures. */
    private static RepMeasurement hiddenRep(double topS, double beatS, boolean rest) {
        return RepMeasurement.unmeasured(topS - MISSED_BEFORE_TOP * beatS, topS, topS + MISSED_AFTER_TOP * beatS, rest);
    }

    /**
     * Before the set has kept its beat, an interval too long for one beat of the intervals known may hide reps: for
     * each number of beats it could hold, whether the history shows them hidden is judged now, while it is still
     * held, and the interval waits ({@link #candidate}) for the next one to tell whether it is a beat after all (the
     * intervals known may be the set's first, slower or faster than the rest). Says whether it waits.
     */
    private boolean holdStretch(double topS, boolean measured) {
        double interval = topS - lastTopS;
        double reference = (measuredIntervals.isEmpty() ? intervals : measuredIntervals).median();
        if (interval <= CADENCE_MAX * reference) {
            return false;
        }
        int hiddenK = 0;
        for (int k = 2; k <= MISSED_MAX + 1; k++) {
            if (hidden(lastTopS, topS, k)) {
                hiddenK |= 1 << k;
            }
        }
        if (hiddenK == 0) {
            return false;
        }
        candidate = new Stretch(lastTopS, topS, hiddenK, reference, measured);
        return true;
    }

    /**
     * The interval after the {@link #candidate}, {@code nextS} s, tells what it was: shorter than two beats of that
     * interval or of those known before it, one beat, which joins the set's beat when both its reps were measured (a
     * deadlift set's first intervals were shorter than the rest, whose real beats were then kept out of the beat);
     * else a stretch that may hide reps, held to be judged on the beat the set keeps ({@link #stretches}).
     */
    private void decideCandidate(double nextS) {
        if (candidate == null) {
            return;
        }
        double interval = candidate.toS() - candidate.fromS();
        if (interval < 2 * CADENCE_MIN * Math.min(candidate.referenceS(), nextS)) {
            if (candidate.measured()) {
                measuredIntervals.add(interval);
            }
        } else {
            keepLatest(stretches, candidate, WAITING_MAX);
        }
        candidate = null;
    }

    /**
     * Once the set has kept its beat {@value #STRETCH_BEATS_KNOWN} times, the reps hidden in the stretches held before
     * it had kept it twice are counted on it ({@link #holdStretch}); each stretch is in the set's cadence already.
     */
    private void judgeStretches(double now) {
        if (stretches.isEmpty() || measuredIntervals.size() < STRETCH_BEATS_KNOWN) {
            return;
        }
        double median = measuredIntervals.median();
        for (Stretch st : stretches) {
            int k = beats(st.toS() - st.fromS(), median);
            if (k > 0 && (st.hiddenK() & 1 << k) != 0) {
                inferBetween(st.fromS(), st.toS(), k, now);
            }
        }
        stretches.clear();
    }

    /**
     * An interval between two tops held for the set's beat; bit k of {@code hiddenK}: k beats would hide reps;
     * {@code referenceS}: the beat known when it was held; {@code measured}: both its reps were.
     */
    private record Stretch(double fromS, double toS, int hiddenK, double referenceS, boolean measured) {
    }
}
