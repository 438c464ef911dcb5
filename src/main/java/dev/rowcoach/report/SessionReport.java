package dev.rowcoach.report;

import dev.rowcoach.coach.Guidance;
import dev.rowcoach.grading.ExerciseProfile;

import java.util.List;

/**
 * The analysis of one session (a file replayed, later a live session): what was read, the sets and reps
 * found, and what lowers confidence in them. Rendered by {@link ReportJson} (schema
 * {@value #SCHEMA}) and {@link ReportText}.
 *
 * @param source   the input and its stream statistics
 * @param exercise the exercise profile the reps were graded with (its thresholds as overridden)
 * @param loadKg   load for the session, kg (the user's, else the recording's), or {@code null} when unknown
 * @param sets     sets in order
 * @param guidance coaching on the session as a whole (each set carries its own)
 * @param warnings one sentence each: source problems first, then the motion core's
 */
public record SessionReport(SourceInfo source, ExerciseProfile exercise, Double loadKg, List<SetReport> sets,
                            List<Guidance> guidance, List<String> warnings) {

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
}
