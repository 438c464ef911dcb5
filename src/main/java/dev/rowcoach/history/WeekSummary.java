package dev.rowcoach.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sets of rows per ISO week (Monday to Sunday, weeks numbered as ISO 8601 does), for {@code rowcoach week}.
 *
 * @param week          e.g. "2026-W02"
 * @param monday        the week's first day
 * @param sessions      sessions performed in it
 * @param sets          sets
 * @param hardSets      sets the {@link HardSetRule} counts as hard
 * @param lowReps       sets of at most 6 reps
 * @param midReps       sets of 7–12 reps
 * @param highReps      sets of more than 12 reps
 * @param strict        strict reps
 * @param cheat         cheat reps
 * @param excessive     excessive reps
 */
public record WeekSummary(String week, LocalDate monday, int sessions, int sets, int hardSets, int lowReps,
                          int midReps, int highReps, int strict, int cheat, int excessive) {

    /**
     * The weekly volume guidance: 15 to 20 hard sets of rows a week ("3 Reasons Your Upper Back Is Not Growing",
     * rule 3: make the upper back a priority).
     */
    public static final int GUIDANCE_MIN_SETS = 15;
    /** See {@link #GUIDANCE_MIN_SETS}. */
    public static final int GUIDANCE_MAX_SETS = 20;

    /** Where the week stands against the guidance: "below", "within" or "above". */
    public String standing() {
        return hardSets < GUIDANCE_MIN_SETS ? "below" : hardSets <= GUIDANCE_MAX_SETS ? "within" : "above";
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
        int[][] c = new int[weeks][10];
        for (StoredSession s : sessions) {
            LocalDate monday = s.performedDate().with(DayOfWeek.MONDAY);
            if (monday.isBefore(firstMonday) || monday.isAfter(lastMonday)) {
                continue;
            }
            int[] w = c[(int) java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, monday)];
            w[0]++;
            for (StoredSession.StoredSet set : s.sets()) {
                w[1]++;
                w[2] += rule.isHard(set) ? 1 : 0;
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
            out.add(new WeekSummary(isoWeek(monday), monday, w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]));
        }
        return out;
    }

    /** "2026-W02" for any day of that ISO week. */
    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
