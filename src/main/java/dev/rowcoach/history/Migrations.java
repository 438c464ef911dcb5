package dev.rowcoach.history;

import java.util.List;

/**
 * The schema, as the list of migrations that build it. Migration {@code i} (0-based) takes a database from
 * {@code PRAGMA user_version} {@code i} to {@code i + 1}; a new schema version is a new entry at the end, never an
 * edit of an old one. Distances in m, velocities in m/s, times in s from the recording's first sample, loads in kg;
 * a value that could not be computed is NULL, never 0.
 */
final class Migrations {

    static final List<List<String>> STEPS = List.of(List.of(
            """
            CREATE TABLE session (
              id               INTEGER PRIMARY KEY,
              content_sha256   TEXT NOT NULL UNIQUE CHECK (length(content_sha256) = 64),
              performed_at     TEXT NOT NULL,
              performed_date   TEXT NOT NULL,
              stored_at        TEXT NOT NULL,
              athlete          TEXT,
              exercise         TEXT NOT NULL,
              load_kg          REAL CHECK (load_kg IS NULL OR load_kg >= 0),
              notes            TEXT,
              recording_path   TEXT NOT NULL,
              source_format    TEXT NOT NULL,
              samples          INTEGER NOT NULL,
              sample_rate_hz   REAL,
              duration_s       REAL,
              has_gyro         INTEGER NOT NULL CHECK (has_gyro IN (0, 1)),
              strict_max_deg   REAL NOT NULL,
              cheat_max_deg    REAL NOT NULL,
              warnings         TEXT NOT NULL,
              software         TEXT NOT NULL
            )""",
            "CREATE INDEX session_athlete_date ON session (athlete, performed_date)",
            "CREATE INDEX session_date ON session (performed_date)",
            """
            CREATE TABLE lift_set (
              id                  INTEGER PRIMARY KEY,
              session_id          INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
              set_index           INTEGER NOT NULL,
              start_s             REAL NOT NULL,
              end_s               REAL NOT NULL,
              load_kg             REAL,
              reps                INTEGER NOT NULL CHECK (reps > 0),
              mean_velocity_mps   REAL,
              best_velocity_mps   REAL,
              velocity_loss_pct   REAL,
              strict_reps         INTEGER NOT NULL,
              cheat_reps          INTEGER NOT NULL,
              excessive_reps      INTEGER NOT NULL,
              non_strict_reps     TEXT,
              UNIQUE (session_id, set_index)
            )""",
            """
            CREATE TABLE rep (
              id                           INTEGER PRIMARY KEY,
              set_id                       INTEGER NOT NULL REFERENCES lift_set (id) ON DELETE CASCADE,
              rep_index                    INTEGER NOT NULL,
              concentric_start_s           REAL NOT NULL,
              concentric_end_s             REAL NOT NULL,
              end_s                        REAL NOT NULL,
              rom_m                        REAL,
              mean_concentric_velocity_mps REAL,
              peak_concentric_velocity_mps REAL,
              concentric_duration_s        REAL,
              eccentric_duration_s         REAL,
              confidence                   REAL,
              reported_s                   REAL,
              horizontal_m                 REAL,
              dip_m                        REAL,
              torso_swing_deg              REAL,
              early_path_m                 REAL,
              time_to_peak_fraction        REAL,
              start_velocity_mps           REAL,
              rom_vs_strict                REAL,
              grade                        TEXT CHECK (grade IS NULL OR grade IN ('strict', 'cheat', 'excessive')),
              grade_confidence             REAL,
              UNIQUE (set_id, rep_index)
            )""",
            "CREATE INDEX rep_set ON rep (set_id)",
            "CREATE INDEX lift_set_session ON lift_set (session_id)"),
            // 2: the lifter's strict-rep calibration per athlete ('' when unnamed) and exercise (docs/GRADING.md).
            List.of("""
            CREATE TABLE calibration (
              athlete     TEXT NOT NULL,
              exercise    TEXT NOT NULL,
              rom_m       REAL NOT NULL CHECK (rom_m > 0),
              reps        INTEGER NOT NULL CHECK (reps > 0),
              session_id  INTEGER REFERENCES session (id) ON DELETE SET NULL,
              updated_at  TEXT NOT NULL,
              PRIMARY KEY (athlete, exercise)
            )"""));

    /** The schema version this program writes: the number of migrations. */
    static final int LATEST = STEPS.size();

    private Migrations() {
    }
}
