package dev.rowcoach.history;

import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.coach.PastSet;
import dev.rowcoach.coach.TrainingFacts;
import dev.rowcoach.coach.WeekSummary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the coaching on training over time reads from the history. */
public final class TrainingHistory {

    /** Weeks of hard sets a report shows. */
    public static final int WEEKS = 8;

    private TrainingHistory() {
    }

    /**
     * The facts as of {@code date} (sessions performed later are left out, so an old recording is coached as of its
     * day), from the sessions of {@code athlete} (null: everyone's) that {@code history} holds.
     *
     * @param exercise the exercise profile of the session being reported
     * @throws HistoryException when the history cannot be read
     */
    public static TrainingFacts facts(History history, String athlete, String exercise, LocalDate date)
            throws HistoryException {
        LocalDate firstMonday = date.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1L);
        LocalDate lookBack = date.minusDays(TrainingFacts.lookBackDays());
        List<StoredSession> sessions = history.sessions(athlete, firstMonday.isBefore(lookBack) ? firstMonday : lookBack)
                .stream().filter(s -> !s.performedDate().isAfter(date)).toList();
        List<PastSet> sets = new ArrayList<>();
        for (StoredSession s : sessions) {
            for (StoredSession.StoredSet set : s.sets()) {
                sets.add(new PastSet(s.performedDate(), s.exercise(), set.reps(), set.loadKg(), set.bestVelocityMps(),
                        set.velocity().basis()));
            }
        }
        List<WeekSummary> weeks = Weeks.of(sessions, date, WEEKS, HardSetRule.DEFAULTS);
        return new TrainingFacts(date, exercise, true, sets, weeks);
    }
}
