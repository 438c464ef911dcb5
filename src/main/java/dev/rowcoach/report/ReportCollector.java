package dev.rowcoach.report;

import dev.rowcoach.motion.MotionListener;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps what the motion core reports (sets with their reps, warnings; never samples) and turns it into a
 * {@link SessionReport} once the stream has ended. Not thread-safe: call it on the thread that feeds
 * the motion core.
 */
public final class ReportCollector implements MotionListener {

    private final List<SetResult> sets = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private int repsReported;

    @Override
    public void rep(Rep rep) {
        repsReported++;
    }

    @Override
    public void repDiscarded(Rep rep, String reason) {
        repsReported--;
        warnings.add(reason);
    }

    @Override
    public void setEnded(SetResult set) {
        sets.add(set);
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    /**
     * The report of everything received so far.
     *
     * @param source   what was read
     * @param exercise exercise name the analysis assumed
     * @param loadKg   load for every set, kg, or null when unknown
     */
    public SessionReport report(SourceInfo source, String exercise, Double loadKg) {
        List<SetReport> setReports = sets.stream().map(s -> SetReport.of(s, loadKg)).toList();
        Set<String> all = new LinkedHashSet<>(SourceWarnings.of(source));
        all.addAll(warnings);
        int inSets = setReports.stream().mapToInt(s -> s.reps().size()).sum();
        if (inSets != repsReported) {
            // The motion core ends the open set on finish(), so every rep should belong to a set; say so if not
            // rather than let a count disagree silently.
            all.add("The analysis reported " + repsReported + " reps but its sets hold " + inSets
                    + "; the report lists the reps of its sets.");
        }
        return new SessionReport(source, exercise, loadKg, setReports, List.copyOf(all));
    }
}
