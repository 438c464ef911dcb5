package dev.rowcoach.coach;

import java.util.List;

/**
 * The coaching on training over time that goes with a session's report.
 *
 * @param weeks        hard sets per ISO week, oldest first, the last one the session's week; empty without history
 * @param loadVelocity the load–velocity line of the session's exercise, or null when no set had a load
 * @param guidance     the advice of the rules on training over time
 */
public record TrainingReview(List<WeekSummary> weeks, LoadVelocityProfile loadVelocity, List<Guidance> guidance) {

    public TrainingReview {
        weeks = List.copyOf(weeks);
        guidance = List.copyOf(guidance);
    }

    /** The session's ISO week, or null without history. */
    public WeekSummary week() {
        return weeks.isEmpty() ? null : weeks.get(weeks.size() - 1);
    }
}
