package dev.rowcoach.coach;

import java.time.LocalDate;
import java.util.List;

/**
 * What the session-level rules on training over time look at (docs/COACHING.md, rules heavy-low-reps, volume and
 * load-velocity).
 *
 * @param date        the day the session was lifted on: the windows of the rules end on it
 * @param exercise    the session's exercise profile name
 * @param fromHistory whether {@code sets} come from the training history (the session included) or from this
 *                    session alone; the history-only rules stay silent without it
 * @param sets        sets up to {@code date}, oldest first, over at least the longest window of the rules
 * @param weeks       hard sets per ISO week from the history, oldest first, the last one {@code date}'s week; empty
 *                    without history
 */
public record TrainingFacts(LocalDate date, String exercise, boolean fromHistory, List<PastSet> sets,
                            List<WeekSummary> weeks) {

    public TrainingFacts {
        sets = List.copyOf(sets);
        weeks = List.copyOf(weeks);
    }

    /** The longest look back any rule takes, days: how far back a history query must reach. */
    public static int lookBackDays() {
        CoachingRules rules = GuidanceBook.standard().typed();
        return Math.max(rules.heavyLowReps().windowDays(), rules.loadVelocity().windowDays());
    }
}
