package dev.rowcoach.history;

import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.coach.WeekSummary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WeeksTest {

    private static StoredSession session(String date, StoredSession.StoredSet... sets) {
        return new StoredSession(1, "0".repeat(64), date + "T10:00:00Z", LocalDate.parse(date), "now", null,
                "barbell-row", null, null, "f", true, 10, 25, List.of(sets));
    }

    private static StoredSession.StoredSet set(int reps, Double lossPct, int strict, int cheat, int excessive) {
        SetVelocity.Figures all = new SetVelocity.Figures(reps, 1.0, lossPct == null ? Double.NaN : lossPct);
        return new StoredSession.StoredSet(1, null, reps, new SetVelocity(SetVelocity.Basis.ALL, null, all), strict, cheat,
                excessive);
    }

    @Test
    void countsHardSetsRepRangesAndGradesPerIsoWeek() {
        List<StoredSession> sessions = List.of(
                // Sunday 2026-01-04 belongs to 2026-W01 (Monday 2025-12-29), Monday 2026-01-05 to W02.
                session("2026-01-04", set(8, 20.0, 6, 2, 0), set(8, 10.0, 8, 0, 0)),
                session("2026-01-05", set(5, 15.0, 5, 0, 0), set(2, 40.0, 2, 0, 0), set(15, null, 0, 13, 2),
                        set(13, 30.0, 10, 3, 0)),
                session("2025-12-01", set(8, 50.0, 8, 0, 0)));
        List<WeekSummary> weeks = Weeks.of(sessions, LocalDate.parse("2026-01-11"), 3, HardSetRule.DEFAULTS);
        assertEquals(List.of("2025-W52", "2026-W01", "2026-W02"), weeks.stream().map(WeekSummary::week).toList());
        assertEquals(0, weeks.get(0).sets());
        WeekSummary w1 = weeks.get(1);
        assertEquals(1, w1.hardSets(), "20 % counts, 10 % does not");
        assertEquals(2, w1.midReps());
        WeekSummary w2 = weeks.get(2);
        assertEquals(4, w2.sets());
        assertEquals(2, w2.hardSets(), "5 reps at 15 % and 13 at 30 %; 2 reps is too few, unknown loss is not hard");
        assertEquals(List.of(2, 0, 2), List.of(w2.lowReps(), w2.midReps(), w2.highReps()));
        assertEquals(List.of(17, 16, 2), List.of(w2.strict(), w2.cheat(), w2.excessive()));
        assertEquals("below", w2.standing());
    }

    @Test
    void standingAgainstFifteenToTwenty() {
        StoredSession.StoredSet hard = set(8, 25.0, 8, 0, 0);
        for (int[] c : new int[][] {{14, 0}, {15, 1}, {20, 1}, {21, 2}}) {
            StoredSession.StoredSet[] sets = new StoredSession.StoredSet[c[0]];
            java.util.Arrays.fill(sets, hard);
            WeekSummary w = Weeks.of(List.of(session("2026-03-04", sets)), LocalDate.parse("2026-03-04"), 1,
                    HardSetRule.DEFAULTS).get(0);
            assertEquals(List.of("below", "within", "above").get(c[1]), w.standing(), c[0] + " hard sets");
        }
    }
}
