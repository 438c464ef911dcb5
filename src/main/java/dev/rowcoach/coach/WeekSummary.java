package dev.rowcoach.coach;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Sets of rows in one ISO week (Monday to Sunday, weeks numbered as ISO 8601 does), for {@code rowcoach week} and
 * the volume rule of the coaching (docs/COACHING.md). Built from the training history.
 *
 * @param week      e.g. "2026-W02"
 * @param monday    the week's first day
 * @param sessions  sessions performed in it
 * @param sets      sets
 * @param hardSets  sets counted as hard (docs/HISTORY.md: enough reps and velocity loss)
 * @param lowReps   sets of at most 6 reps
 * @param midReps   sets of 7–12 reps
 * @param highReps  sets of more than 12 reps
 * @param strict    strict reps
 * @param cheat     cheat reps
 * @param excessive excessive reps
 */
public record WeekSummary(String week, LocalDate monday, int sessions, int sets, int hardSets, int lowReps,
                          int midReps, int highReps, int strict, int cheat, int excessive) {

    /**
     * The weekly volume guidance, 15 to 20 hard sets of rows a week: the {@code volume} rule's parameters in the
     * guidance resource ("3 Reasons Your Upper Back Is Not Growing", reason 3: make the upper back a priority).
     */
    public static final int GUIDANCE_MIN_SETS = GuidanceBook.standard().typed().volume().minHardSets();
    /** See {@link #GUIDANCE_MIN_SETS}. */
    public static final int GUIDANCE_MAX_SETS = GuidanceBook.standard().typed().volume().maxHardSets();

    /** Where the week stands against the guidance: "below", "within" or "above". */
    public String standing() {
        return hardSets < GUIDANCE_MIN_SETS ? "below" : hardSets <= GUIDANCE_MAX_SETS ? "within" : "above";
    }

    /** "2026-W02" for any day of that ISO week. */
    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
