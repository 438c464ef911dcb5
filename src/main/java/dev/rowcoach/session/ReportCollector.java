package dev.rowcoach.session;

import dev.rowcoach.coach.Coach;
import dev.rowcoach.coach.Guidance;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grader;
import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.motion.MotionListener;
import dev.rowcoach.motion.MotionPipeline;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Keeps what the motion core reports (sets with their reps, warnings; never samples), grades each rep as it is
 * reported, and turns it all into a {@link SessionReport} once the stream has ended. Not thread-safe: call it on
 * the thread that feeds the motion core.
 */
public final class ReportCollector implements MotionListener {

    /** Said once in a report of reps graded without a gyroscope. */
    static final String ACCEL_ONLY_GRADES = "Without a gyroscope the sway grades are of low confidence: the bar's tilt "
            + "comes from the accelerometer alone, which makes its horizontal path unreliable (horizontal bar measures "
            + "from IMUs are biased even with one), so the torso swing is estimated from the vertical path only; the "
            + "measured errors with and without a gyroscope are in docs/ACCURACY.md.";

    /** The trace of a set starts this long before its first movement and ends this long after its last, s. */
    static final double TRACE_MARGIN_S = 1.5;

    private final Supplier<Grader> graderSource;
    private final BooleanSupplier gyro;
    private final TraceRecorder trace = new TraceRecorder();
    private Grader grader;
    private final List<SetReport> sets = new ArrayList<>();
    /** The movements discarded from each set, by set number, until the set ends. */
    private final Map<Integer, List<DiscardedMovement>> discarded = new HashMap<>();
    /** Concentric start of the open set's first movement, s, or NaN when no set is open. */
    private double openSetStartS = Double.NaN;
    private final Set<String> warnings = new LinkedHashSet<>();
    /** Each reported rep's grade, by its concentric start (a rep renumbered in its set keeps that). */
    private final Map<Double, RepGrade> grades = new HashMap<>();
    private boolean gradedWithoutGyro;
    /** Whether the motion core discarded a movement it had reported as a rep since the last set ended. */
    private boolean discardedInSet;
    private int repsReported;

    /**
     * @param graderSource gives the session's grader when the first rep is reported (or the report is made): by
     *                     then a recording's header, which may name the exercise, has been read
     * @param gyro         whether the stream has had a gyroscope so far
     */
    public ReportCollector(Supplier<Grader> graderSource, BooleanSupplier gyro) {
        this.graderSource = graderSource;
        this.gyro = gyro;
    }

    /** The tap to give the motion pipeline, so each set's report carries its velocity trace. */
    public MotionPipeline.GridTap traceTap() {
        return trace;
    }

    @Override
    public void rep(Rep rep) {
        // A set's first rep counted without figures comes after its second (the motion core waits for the set's beat):
        // the trace is kept from it too, within the 30 s the recorder keeps anyway.
        if (Double.isNaN(openSetStartS) || rep.concentricStartS() < openSetStartS) {
            openSetStartS = rep.concentricStartS();
            trace.keepFrom(openSetStartS - TRACE_MARGIN_S);
        }
        repsReported++;
        boolean withGyro = gyro.getAsBoolean();
        gradedWithoutGyro |= !withGyro;
        RepGrade g = grade(rep, withGyro);
        if (g != null && g.withheld()) {
            warnings.add(String.format(Locale.ROOT, "Set %d rep %d: the bar's path read as a torso swing beyond %.0f°, which "
                    + "is not a row; its grade is withheld.", rep.setIndex(), rep.index(), Grader.MAX_SWING_DEG));
        }
        grades.put(rep.concentricStartS(), g);
    }

    /** The rep's grade; null (not graded) for a rep counted across a hole, whose bar path was not measured. */
    private RepGrade grade(Rep rep, boolean withGyro) {
        return rep.shape() == null ? null : grader().grade(rep, withGyro);
    }

    @Override
    public void repRevised(Rep previous, Rep revised) {
        grades.remove(previous.concentricStartS());
        grades.put(revised.concentricStartS(), revised.shape() == null ? null : grader().regrade(revised, gyro.getAsBoolean()));
    }

    @Override
    public void repDiscarded(Rep rep, String reason) {
        repsReported--;
        grades.remove(rep.concentricStartS());
        if (grader().calibrated()) {
            // Only a calibration's baseline can have taken the movement in; without one, grades stay as they were
            // given, as live sent them.
            grader().discard(rep);
            discardedInSet = true;
        }
        DiscardedMovement d = DiscardedMovement.of(rep, reason, PhysicalBounds.of(profile()));
        discarded.computeIfAbsent(rep.setIndex(), k -> new ArrayList<>()).add(d);
        warnings.add(d.reason());
    }

    @Override
    public void setEnded(SetResult set) {
        if (discardedInSet) {
            // A movement taken for a rep (a pick-up) may have joined the lifter's baseline before it was discarded:
            // the set's reps are graded again without it, and join the baseline again as they would have.
            boolean withGyro = gyro.getAsBoolean();
            set.reps().forEach(grader()::discard);
            set.reps().forEach(r -> grades.put(r.concentricStartS(), grade(r, withGyro)));
            discardedInSet = false;
        }
        sets.add(build(set));
        discarded.remove(set.index());
        openSetStartS = Double.NaN;
        trace.keepFrom(Double.POSITIVE_INFINITY);
    }

    /**
     * The report of set {@code index}, which has ended (its reps graded and bounded, the movements discarded from it,
     * its velocity trace), with no load; null when no such set has ended.
     */
    public SetReport setReport(int index) {
        return sets.stream().filter(s -> s.index() == index).findFirst().orElse(null);
    }

    private SetReport build(SetResult set) {
        List<DiscardedMovement> thrown = discarded.getOrDefault(set.index(), List.of()).stream()
                .sorted(Comparator.comparingDouble(DiscardedMovement::concentricStartS)).toList();
        double from = set.startS();
        double to = set.endS();
        for (DiscardedMovement d : thrown) {
            from = Math.min(from, d.concentricStartS());
            to = Math.max(to, d.endS());
        }
        return SetReport.of(set, null, r -> grades.get(r.concentricStartS()), profile(), thrown,
                trace.between(from - TRACE_MARGIN_S, to + TRACE_MARGIN_S));
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    /** The grade given to {@code rep} when it was reported (or revised), or null when it is not graded. */
    public RepGrade gradeOf(Rep rep) {
        return grades.get(rep.concentricStartS());
    }

    /** The exercise profile reps are graded with (and sets coached by). */
    public ExerciseProfile profile() {
        return grader().profile();
    }

    /**
     * The report of everything received so far.
     *
     * @param source what was read
     * @param loads  the load of each set
     */
    public SessionReport report(SourceInfo source, Loads loads) {
        List<SetReport> setReports = sets.stream().map(s -> s.withLoad(loads.forSet(s.index()))).toList();
        Set<String> all = new LinkedHashSet<>(SourceWarnings.of(source));
        all.addAll(warnings);
        setReports.forEach(s -> all.addAll(s.withheldSentences()));
        int inSets = setReports.stream().mapToInt(s -> s.reps().size()).sum();
        if (inSets != repsReported) {
            // The motion core ends the open set on finish(), so every rep should belong to a set; say so if not
            // rather than let a count disagree silently.
            all.add("The analysis reported " + repsReported + " reps but its sets hold " + inSets
                    + "; the report lists the reps of its sets.");
        }
        if (gradedWithoutGyro && inSets > 0) {
            all.add(ACCEL_ONLY_GRADES);
        }
        int disagreeing = 0;
        for (SetReport s : setReports) {
            for (RepReport r : s.reps()) {
                disagreeing += r.sway() != null && !r.sway().featuresAgree() ? 1 : 0;
            }
        }
        if (disagreeing > 0) {
            all.add(disagreeing + " rep(s) were graded at lower confidence because the baseline's reading and the bar's "
                    + "early movement disagree about the swing.");
        }
        List<Guidance> session = Coach.standard().forSession(setReports.stream().map(SetReport::facts).toList());
        return new SessionReport(source, grader().profile(), loads.session(), setReports, session, List.copyOf(all),
                null);
    }

    private Grader grader() {
        if (grader == null) {
            grader = graderSource.get();
        }
        return grader;
    }
}
