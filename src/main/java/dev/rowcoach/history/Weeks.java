package dev.rowcoach.history;

import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.coach.WeekSummary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Stored sessions summed per ISO week. */
public final class Weeks {

    private Weeks() {
    }

    /**
     * The last {@code weeks} ISO weeks up to and including the one holding {@code until}, oldest first, every week
     * present (zeros when nothing was stored). Sessions after {@code until}'s week or before the first are ignored.
     *
     * @throws IllegalArgumentException when {@code weeks} is not 1–520
     */
    public static List<WeekSummary> of(List<StoredSession> sessions, LocalDate until, int weeks, HardSetRule rule) {
        if (weeks < 1 || weeks > 520) {
            throw new IllegalArgumentException("--weeks must be 1–520, got " + weeks);
        }
        LocalDate lastMonday = until.with(DayOfWeek.MONDAY);
        LocalDate firstMonday = lastMonday.minusWeeks(weeks - 1L);
        int[][] c = new int[weeks][9];
        for (StoredSession s : sessions) {
            LocalDate monday = s.performedDate().with(DayOfWeek.MONDAY);
            if (monday.isBefore(firstMonday) || monday.isAfter(lastMonday)) {
                continue;
            }
            int[] w = c[(int) ChronoUnit.WEEKS.between(firstMonday, monday)];
            w[0]++;
            for (StoredSession.StoredSet set : s.sets()) {
                w[1]++;
                w[2] += set.isHard(rule) ? 1 : 0;
                w[set.reps() <= 6 ? 3 : set.reps() <= 12 ? 4 : 5]++;
                w[6] += set.strict();
                w[7] += set.cheat();
                w[8] += set.excessive();
            }
        }
        List<WeekSummary> out = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate monday = firstMonday.plusWeeks(i);
            int[] w = c[i];
            out.add(new WeekSummary(WeekSummary.isoWeek(monday), monday, w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
                    w[8]));
        }
        return out;
    }
}
