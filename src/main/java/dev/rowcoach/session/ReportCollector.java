package dev.rowcoach.session;

import dev.rowcoach.coach.Coach;
import dev.rowcoach.coach.Guidance;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grader;
import dev.rowcoach.grading.RepGrade;
import dev.rowcoach.motion.MotionListener;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;

import java.util.ArrayList;
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

    private final Supplier<Grader> graderSource;
    private final BooleanSupplier gyro;
    private Grader grader;
    private final List<SetResult> sets = new ArrayList<>();
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

    @Override
    public void rep(Rep rep) {
        repsReported++;
        boolean withGyro = gyro.getAsBoolean();
        gradedWithoutGyro |= !withGyro;
        RepGrade g = grader().grade(rep, withGyro);
        if (g.withheld()) {
            warnings.add(String.format(Locale.ROOT, "Set %d rep %d: the bar's path read as a torso swing beyond %.0f°, which "
                    + "is not a row; its grade is withheld.", rep.setIndex(), rep.index(), Grader.MAX_SWING_DEG));
        }
        grades.put(rep.concentricStartS(), g);
    }

    @Override
    public void repRevised(Rep previous, Rep revised) {
        grades.remove(previous.concentricStartS());
        grades.put(revised.concentricStartS(), grader().regrade(revised, gyro.getAsBoolean()));
    }

    @Override
    public void repDiscarded(Rep rep, String reason) {
        repsReported--;
        grades.remove(rep.concentricStartS());
        grader().discard(rep);
        discardedInSet = true;
        warnings.add(reason);
    }

    @Override
    public void setEnded(SetResult set) {
        if (discardedInSet) {
            // A movement taken for a rep (a pick-up) may have joined the lifter's baseline before it was discarded:
            // the set's reps are graded again without it, and join the baseline again as they would have.
            boolean withGyro = gyro.getAsBoolean();
            set.reps().forEach(grader()::discard);
            set.reps().forEach(r -> grades.put(r.concentricStartS(), grader().grade(r, withGyro)));
            discardedInSet = false;
        }
        sets.add(set);
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
        List<SetReport> setReports = sets.stream().map(s -> SetReport.of(s, loads.forSet(s.index()),
                r -> grades.get(r.concentricStartS()), grader().profile())).toList();
        Set<String> all = new LinkedHashSet<>(SourceWarnings.of(source));
        all.addAll(warnings);
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
