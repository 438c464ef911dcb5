package dev.rowcoach.history;

import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.coach.SetVelocity;

import java.time.LocalDate;
import java.util.List;

/**
 * A session as the history lists it.
 *
 * @param id             the database's id
 * @param contentSha256  SHA-256 of the recording's bytes
 * @param performedAt    ISO-8601 date-time with offset
 * @param performedDate  the local date it was performed on
 * @param storedAt       ISO-8601 instant it was (last) stored
 * @param athlete        or null
 * @param exercise       the exercise profile it was graded with
 * @param loadKg         kg, or null
 * @param notes          or null
 * @param recordingPath  the recording as named when stored
 * @param hasGyro        whether the sensor had a gyroscope (grades are less certain without)
 * @param strictMaxDeg   the grading thresholds it was graded with, degrees of torso swing
 * @param cheatMaxDeg    see {@code strictMaxDeg}
 * @param sets           its sets in order
 */
public record StoredSession(long id, String contentSha256, String performedAt, LocalDate performedDate,
                            String storedAt, String athlete, String exercise, Double loadKg, String notes,
                            String recordingPath, boolean hasGyro, double strictMaxDeg, double cheatMaxDeg,
                            List<StoredSet> sets) {

    public StoredSession {
        sets = List.copyOf(sets);
    }

    /** Reps over all sets. */
    public int reps() {
        return sets.stream().mapToInt(StoredSet::reps).sum();
    }

    /**
     * A set as the history summarises it.
     *
     * @param index     1-based in its session
     * @param loadKg    kg, or null
     * @param reps      rep count
     * @param velocity  its best MCV and velocity loss from the strict reps and from all reps, computed from the stored
     *                  reps when read (so a session stored by an older rowcoach follows the same rule)
     * @param strict    strict reps
     * @param cheat     cheat reps
     * @param excessive excessive reps
     */
    public record StoredSet(int index, Double loadKg, int reps, SetVelocity velocity, int strict, int cheat,
                            int excessive) {

        /** Velocity loss of the reps the coaching uses ({@link SetVelocity#basis()}), %, or null when it could not be computed. */
        public Double velocityLossPct() {
            return finite(velocity.used().lossPct());
        }

        /** The MCV of the fastest rep the coaching uses, m/s, or null when unknown. */
        public Double bestVelocityMps() {
            return finite(velocity.used().bestMps());
        }

        /** Whether this set is hard by {@code rule}. */
        public boolean isHard(HardSetRule rule) {
            return rule.isHard(reps, velocityLossPct());
        }

        private static Double finite(double v) {
            return Double.isFinite(v) ? v : null;
        }
    }
}
