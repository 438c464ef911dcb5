package dev.rowcoach.session;

import dev.rowcoach.coach.Guidance;
import dev.rowcoach.coach.PastSet;
import dev.rowcoach.coach.TrainingReview;
import dev.rowcoach.grading.ExerciseProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis of one session (a file replayed, or a live session): what was read, the sets and reps found, and
 * what lowers confidence in them. Rendered by the report package (JSON schema {@value #SCHEMA}, text, HTML).
 *
 * @param source   the input and its stream statistics
 * @param exercise the exercise profile the reps were graded with (its thresholds as overridden)
 * @param loadKg   load for the session when every set had the same, kg (the user's, else the recording's), or
 *                 {@code null} when unknown or different per set (each set carries its own)
 * @param sets     sets in order
 * @param guidance coaching on the session as a whole (each set carries its own), the training review's last
 * @param warnings one sentence each: source problems first, then the motion core's
 * @param training the coaching on training over time (weeks, load–velocity line), or {@code null} before
 *                 {@link #withTraining}
 */
public record SessionReport(SourceInfo source, ExerciseProfile exercise, Double loadKg, List<SetReport> sets,
                            List<Guidance> guidance, List<String> warnings, TrainingReview training) {

    /** The JSON schema id; its field names are a contract other tools read. */
    public static final String SCHEMA = "rowcoach.report/1";

    public SessionReport {
        sets = List.copyOf(sets);
        guidance = List.copyOf(guidance);
        warnings = List.copyOf(warnings);
    }

    /** Number of reps over all sets. */
    public int repCount() {
        return sets.stream().mapToInt(s -> s.reps().size()).sum();
    }

    /** This report with {@code review} added, its advice after the session's own. */
    public SessionReport withTraining(TrainingReview review) {
        List<Guidance> all = new ArrayList<>(guidance);
        all.addAll(review.guidance());
        return new SessionReport(source, exercise, loadKg, sets, all, warnings, review);
    }

    /** The sets of this session as the coaching looks back on them, lifted on {@code date}. */
    public List<PastSet> pastSets(LocalDate date) {
        return sets.stream().map(s -> new PastSet(date, exercise.name(), s.reps().size(), s.loadKg(),
                Double.isFinite(s.summary().bestVelocityMps()) ? s.summary().bestVelocityMps() : null,
                s.summary().velocity().basis())).toList();
    }
}
