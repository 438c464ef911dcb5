package dev.rowcoach.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.grading.Calibration;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.grading.Sway;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The training history: an embedded SQLite database of every analysed session (docs/HISTORY.md). Opening it
 * creates the file if needed, turns foreign keys on, uses write-ahead logging and brings the schema to
 * {@link Migrations#LATEST}. Not thread-safe: one owner at a time; several processes may use one file (SQLite
 * locks it; a write waits up to {@link #BUSY_TIMEOUT_MS} for another's to finish).
 *
 * <p>Every failure is a {@link HistoryException} with a one-line message; the recordings are never touched.
 */
public final class History implements AutoCloseable {

    /** How many of a session's latest baseline reps its calibration is the median of. */
    static final int CALIBRATION_REPS = 8;

    /** Writes the warnings column: indented like every JSON rowcoach writes. */
    private static final ObjectWriter WARNINGS = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writer();

    /** How long a write waits for another process's write lock before saying it is waiting, ms. */
    public static final int BUSY_TIMEOUT_MS = 1000;
    /**
     * How long a write waits in all for other processes' write locks before giving up with one line, ms: far more
     * than any rowcoach holds one (a session's store takes milliseconds), so only a stuck process exhausts it.
     */
    public static final int WAIT_LIMIT_MS = 60_000;

    /** What {@link #store} did. */
    public enum Outcome { ADDED, REPLACED }

    /** @param sessionId the session's id @param outcome whether it was new or replaced an earlier analysis */
    public record Stored(long sessionId, Outcome outcome) {
    }

    private final Path path;
    private final Connection db;
    /** Told once when a write has waited {@link #BUSY_TIMEOUT_MS} for another process. */
    private final Runnable waiting;
    private final long waitLimitMs;
    private boolean waitingTold;

    private History(Path path, Connection db, Runnable waiting, long waitLimitMs) {
        this.path = path;
        this.db = db;
        this.waiting = waiting;
        this.waitLimitMs = waitLimitMs;
    }

    /** Opens the history as {@link #open(Path, Runnable)} does, waiting without a word. */
    public static History open(Path path) throws HistoryException {
        return open(path, () -> {
        });
    }

    /**
     * Opens (creating if needed, with its folder) the history at {@code path} and migrates its schema.
     *
     * @param waiting told once, on the waiting thread, when opening or a write has waited
     *                {@link #BUSY_TIMEOUT_MS} for another process's lock (the wait goes on up to {@link #WAIT_LIMIT_MS})
     * @throws HistoryException when it cannot be created or opened, is not a regular file, is not a rowcoach
     *                          history, is damaged, is locked for {@link #WAIT_LIMIT_MS}, or was written by a newer
     *                          rowcoach
     */
    public static History open(Path path, Runnable waiting) throws HistoryException {
        return open(path, waiting, WAIT_LIMIT_MS);
    }

    /** Opens the history as {@link #open(Path, Runnable)} does, waiting at most {@code waitLimitMs} for locks. */
    static History open(Path path, Runnable waiting, long waitLimitMs) throws HistoryException {
        if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
            // SQLite would create PATH-journal beside a device such as /dev/null, or hang on a FIFO.
            throw new HistoryException(HistoryException.Kind.IO, path + ": not a regular file, so not a history "
                    + "database; use another --db (or --no-history)");
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new HistoryException(HistoryException.Kind.IO, path + ": cannot create the history's folder ("
                    + e.getMessage() + ")");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        long start = System.nanoTime();
        boolean told = false;
        while (true) {
            Connection c = null;
            try {
                c = config.createConnection("jdbc:sqlite:" + path);
                History h = new History(path, c, waiting, waitLimitMs);
                h.waitingTold = told;
                h.check();
                h.migrate();
                return h;
            } catch (SQLException e) {
                closeQuietly(c);
                // Two processes creating the file at once: switching a new database to WAL can be refused at once
                // (SQLite does not wait on its busy handler there), so try again within the same time budget.
                long waitedMs = (System.nanoTime() - start) / 1_000_000;
                if (!isBusy(e) || waitedMs > waitLimitMs) {
                    throw failure(path, e, waitLimitMs);
                }
                if (!told && waitedMs >= BUSY_TIMEOUT_MS) {
                    told = true;
                    waiting.run();
                }
                pause();
            } catch (HistoryException e) {
                closeQuietly(c);
                throw e;
            }
        }
    }

    private static boolean isBusy(SQLException e) {
        int code = (e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode()) & 0xff;
        return code == 5 || code == 6;
    }

    private static void pause() throws HistoryException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryException(HistoryException.Kind.IO, "interrupted while waiting for the history database");
        }
    }

    /** The schema version of the open database. */
    public int schemaVersion() throws HistoryException {
        try {
            return userVersion();
        } catch (SQLException e) {
            throw failure(path, e);
        }
    }

    private int userVersion() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private void migrate() throws SQLException, HistoryException {
        int version = userVersion();
        if (version > Migrations.LATEST) {
            throw new HistoryException(HistoryException.Kind.NEWER_SCHEMA, path + ": history schema version " + version
                    + " was written by a newer rowcoach (this one knows up to " + Migrations.LATEST + "); use that version or another --db");
        }
        if (version == Migrations.LATEST) {
            return;
        }
        begin();
        try {
            // Re-read inside the write transaction: another process may have migrated meanwhile.
            version = userVersion();
            try (Statement s = db.createStatement()) {
                for (int v = version; v < Migrations.LATEST; v++) {
                    for (String sql : Migrations.STEPS.get(v)) {
                        s.executeUpdate(sql);
                    }
                }
                s.executeUpdate("PRAGMA user_version = " + Migrations.LATEST);
            }
            commit();
        } catch (SQLException e) {
            rollback(e);
            throw e;
        }
    }

    /**
     * Starts a write transaction, taking the write lock at once (waiting up to {@link #BUSY_TIMEOUT_MS}) so that
     * a transaction never fails half-way for want of it. Explicit statements rather than JDBC's auto-commit
     * switch: the driver re-begins a transaction after each commit or rollback, which would need the lock again.
     */
    private void begin() throws SQLException, HistoryException {
        long start = System.nanoTime();
        while (true) {
            try (Statement s = db.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                return;
            } catch (SQLException e) {
                // SQLite's busy handler waited BUSY_TIMEOUT_MS already; say so once and wait on, up to the limit.
                if (!isBusy(e) || (System.nanoTime() - start) / 1_000_000 > waitLimitMs) {
                    throw e;
                }
                if (!waitingTold) {
                    waitingTold = true;
                    waiting.run();
                }
                pause();
            }
        }
    }

    /** {@code PRAGMA quick_check}: every page readable and well formed, else the one verdict of a damaged file. */
    private void check() throws SQLException, HistoryException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new HistoryException(HistoryException.Kind.CORRUPT, path + ": the history database is damaged ("
                        + firstLine(verdict) + "); move it aside and rebuild it from the recordings with "
                        + "'rowcoach history --rebuild DIR'");
            }
        }
    }

    private void commit() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("COMMIT");
        }
    }

    /**
     * Stores {@code report} as the session {@code meta} names, in one transaction: a recording already in the
     * history (same content hash) has its analysis, athlete, notes and path replaced, never duplicated.
     *
     * @throws HistoryException when the database is locked, damaged or cannot be written (nothing is stored)
     */
    public Stored store(SessionReport report, SessionMeta meta) throws HistoryException {
        try {
            begin();
            try {
                Long existing = sessionId(meta.contentSha256());
                long id;
                if (existing != null) {
                    id = existing;
                    try (PreparedStatement del = db.prepareStatement("DELETE FROM lift_set WHERE session_id = ?")) {
                        del.setLong(1, id);
                        del.executeUpdate();
                    }
                    writeSession(report, meta, id);
                } else {
                    id = writeSession(report, meta, null);
                }
                for (SetReport set : report.sets()) {
                    writeSet(id, set);
                }
                writeCalibration(report, meta, id);
                commit();
                return new Stored(id, existing != null ? Outcome.REPLACED : Outcome.ADDED);
            } catch (SQLException e) {
                rollback(e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(path, e, waitLimitMs);
        }
    }

    private Long sessionId(String sha) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM session WHERE content_sha256 = ?")) {
            q.setString(1, sha);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private long writeSession(SessionReport report, SessionMeta meta, Long id) throws SQLException {
        String cols = "content_sha256, performed_at, performed_date, stored_at, athlete, exercise, load_kg, notes, "
                + "recording_path, source_format, samples, sample_rate_hz, duration_s, has_gyro, strict_max_deg, "
                + "cheat_max_deg, warnings, software";
        String sql = id == null
                ? "INSERT INTO session (" + cols + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE session SET (" + cols + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?";
        try (PreparedStatement p = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = 0;
            p.setString(++i, meta.contentSha256());
            p.setString(++i, meta.performedAt().toString());
            p.setString(++i, meta.performedAt().toLocalDate().toString());
            p.setString(++i, Instant.now().toString());
            p.setString(++i, meta.athlete());
            p.setString(++i, report.exercise().name());
            real(p, ++i, report.loadKg());
            p.setString(++i, meta.notes());
            p.setString(++i, meta.recordingPath());
            p.setString(++i, report.source().format());
            p.setLong(++i, report.source().samples());
            real(p, ++i, report.source().sampleRateHz());
            real(p, ++i, report.source().durationS());
            p.setInt(++i, report.source().hasGyro() ? 1 : 0);
            p.setDouble(++i, report.exercise().strictMaxDeg());
            p.setDouble(++i, report.exercise().cheatMaxDeg());
            p.setString(++i, warningsJson(report.warnings()));
            p.setString(++i, dev.rowcoach.Version.SOFTWARE);
            if (id != null) {
                p.setLong(++i, id);
                p.executeUpdate();
                return id;
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void writeSet(long sessionId, SetReport set) throws SQLException {
        long setId;
        try (PreparedStatement p = db.prepareStatement("INSERT INTO lift_set (session_id, set_index, start_s, end_s, "
                + "load_kg, reps, mean_velocity_mps, best_velocity_mps, velocity_loss_pct, strict_reps, cheat_reps, "
                + "excessive_reps, non_strict_reps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = 0;
            p.setLong(++i, sessionId);
            p.setInt(++i, set.index());
            p.setDouble(++i, set.startS());
            p.setDouble(++i, set.endS());
            real(p, ++i, set.loadKg());
            p.setInt(++i, set.summary().reps());
            real(p, ++i, set.summary().meanVelocityMps());
            real(p, ++i, set.summary().bestVelocityMps());
            real(p, ++i, set.summary().velocityLossPct());
            p.setInt(++i, set.summary().grades().get(Grade.STRICT));
            p.setInt(++i, set.summary().grades().get(Grade.CHEAT));
            p.setInt(++i, set.summary().grades().get(Grade.EXCESSIVE));
            p.setString(++i, set.summary().nonStrictReps());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                setId = keys.getLong(1);
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO rep (set_id, rep_index, concentric_start_s, "
                + "concentric_end_s, end_s, rom_m, mean_concentric_velocity_mps, peak_concentric_velocity_mps, "
                + "concentric_duration_s, eccentric_duration_s, confidence, reported_s, horizontal_m, dip_m, "
                + "torso_swing_deg, early_path_m, time_to_peak_fraction, start_velocity_mps, rom_vs_strict, grade, "
                + "grade_confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RepReport r : set.reps()) {
                int i = 0;
                p.setLong(++i, setId);
                p.setInt(++i, r.index());
                p.setDouble(++i, r.concentricStartS());
                p.setDouble(++i, r.concentricEndS());
                p.setDouble(++i, r.endS());
                real(p, ++i, r.romM());
                real(p, ++i, r.meanConcentricVelocityMps());
                real(p, ++i, r.peakConcentricVelocityMps());
                real(p, ++i, r.concentricDurationS());
                real(p, ++i, r.eccentricDurationS());
                real(p, ++i, r.confidence());
                real(p, ++i, r.reportedS());
                Sway s = r.sway();
                real(p, ++i, s == null ? Double.NaN : s.horizontalM());
                real(p, ++i, s == null ? Double.NaN : s.dipM());
                real(p, ++i, s == null ? Double.NaN : s.torsoSwingDeg());
                real(p, ++i, s == null ? Double.NaN : s.earlyPathM());
                real(p, ++i, s == null ? Double.NaN : s.timeToPeakFraction());
                real(p, ++i, s == null ? Double.NaN : s.startVelocityMps());
                real(p, ++i, s == null ? Double.NaN : s.romVsStrict());
                p.setString(++i, r.grade() == null ? null : r.grade().word());
                real(p, ++i, r.gradeConfidence());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * Keeps the session's calibration for its athlete and exercise: the median ROM of the reps that joined the
     * lifter's baseline (the last {@value #CALIBRATION_REPS}), replacing the one kept before; nothing when no rep joined.
     */
    private void writeCalibration(SessionReport report, SessionMeta meta, long sessionId) throws SQLException {
        Calibration c = calibrationOf(report);
        if (c == null) {
            return;
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO calibration (athlete, exercise, rom_m, reps, session_id, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (athlete, exercise) DO UPDATE SET rom_m = excluded.rom_m, "
                + "reps = excluded.reps, session_id = excluded.session_id, updated_at = excluded.updated_at")) {
            p.setString(1, meta.athlete() == null ? "" : meta.athlete());
            p.setString(2, report.exercise().name());
            p.setDouble(3, c.romM());
            p.setInt(4, c.reps());
            p.setLong(5, sessionId);
            p.setString(6, Instant.now().toString());
            p.executeUpdate();
        }
    }

    /** The calibration of {@code report}: the median ROM of its last baseline reps, or null when none joined. */
    static Calibration calibrationOf(SessionReport report) {
        List<Double> roms = new ArrayList<>();
        for (SetReport set : report.sets()) {
            for (RepReport r : set.reps()) {
                if (r.sway() != null && r.sway().baseline() && r.romM() > 0) {
                    roms.add(r.romM());
                }
            }
        }
        if (roms.isEmpty()) {
            return null;
        }
        List<Double> last = new ArrayList<>(roms.subList(Math.max(0, roms.size() - CALIBRATION_REPS), roms.size()));
        Collections.sort(last);
        int n = last.size();
        double median = n % 2 == 1 ? last.get(n / 2) : 0.5 * (last.get(n / 2 - 1) + last.get(n / 2));
        return new Calibration(median, n);
    }

    /**
     * The calibration kept for {@code athlete} (null: unnamed) and {@code exercise}, or null when there is none.
     *
     * @throws HistoryException when the database cannot be read
     */
    public Calibration calibration(String athlete, String exercise) throws HistoryException {
        try (PreparedStatement q = db.prepareStatement("SELECT rom_m, reps FROM calibration WHERE athlete = ? AND exercise = ?")) {
            q.setString(1, athlete == null ? "" : athlete);
            q.setString(2, exercise);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? new Calibration(r.getDouble(1), r.getInt(2)) : null;
            }
        } catch (SQLException e) {
            throw failure(path, e);
        }
    }

    /** Rolls back the transaction {@code cause} ended. */
    private void rollback(SQLException cause) {
        try (Statement s = db.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** A double, or NULL for null, NaN and infinities (unknown is never stored as a number). */
    private static void real(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null || !Double.isFinite(v)) {
            p.setNull(i, Types.REAL);
        } else {
            p.setDouble(i, v);
        }
    }

    /**
     * The stored sessions, oldest first (by when they were performed), with their sets.
     *
     * @param athlete only this athlete's (exact name), or null for everyone's
     * @param since   only sessions performed on or after this local date, or null for all
     * @throws HistoryException when the database is damaged or cannot be read
     */
    public List<StoredSession> sessions(String athlete, LocalDate since) throws HistoryException {
        return select(" WHERE (? IS NULL OR s.athlete = ?) AND (? IS NULL OR s.performed_date >= ?)",
                q -> bindFilter(q, athlete, since));
    }

    /**
     * The stored session with id {@code id}, or empty when there is none.
     *
     * @throws HistoryException when the database is damaged or cannot be read
     */
    public Optional<StoredSession> session(long id) throws HistoryException {
        return select(" WHERE s.id = ?", q -> q.setLong(1, id)).stream().findFirst();
    }

    private interface Binder {
        void bind(PreparedStatement q) throws SQLException;
    }

    private List<StoredSession> select(String where, Binder binder) throws HistoryException {
        try {
            // The three reads see one snapshot of the file (a read transaction under WAL): another process may store a
            // session between them, and a set read without the reps stored with it is no damage.
            try (Statement s = db.createStatement()) {
                s.execute("BEGIN");
            }
            try {
                return selectInSnapshot(where, binder);
            } finally {
                commit();
            }
        } catch (SQLException e) {
            throw failure(path, e);
        }
    }

    private List<StoredSession> selectInSnapshot(String where, Binder binder) throws SQLException, HistoryException {
        Map<Long, SetReps> reps = setReps(where, binder);
        Map<Long, List<StoredSession.StoredSet>> sets = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT l.session_id, l.set_index, l.load_kg, l.reps, "
                + "l.id, l.strict_reps, l.cheat_reps, l.excessive_reps FROM lift_set l "
                + "JOIN session s ON s.id = l.session_id" + where + " ORDER BY l.session_id, l.set_index")) {
            binder.bind(q);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    SetReps of = reps.get(r.getLong(5));
                    if (of == null) {
                        throw new HistoryException(HistoryException.Kind.CORRUPT, path + ": a stored set has no reps; "
                                + "move the history aside and rebuild it from the recordings with "
                                + "'rowcoach history --rebuild DIR'");
                    }
                    sets.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new StoredSession.StoredSet(
                            r.getInt(2), doubleOrNull(r, 3), r.getInt(4), SetVelocity.of(of.grades, of.mcvMps),
                            r.getInt(6), r.getInt(7), r.getInt(8)));
                }
            }
        }
        List<StoredSession> out = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT s.id, s.content_sha256, s.performed_at, "
                + "s.performed_date, s.stored_at, s.athlete, s.exercise, s.load_kg, s.notes, s.recording_path, "
                + "s.has_gyro, s.strict_max_deg, s.cheat_max_deg FROM session s" + where
                + " ORDER BY s.performed_at, s.id")) {
            binder.bind(q);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new StoredSession(id, r.getString(2), r.getString(3), LocalDate.parse(r.getString(4)),
                            r.getString(5), r.getString(6), r.getString(7), doubleOrNull(r, 8), r.getString(9),
                            r.getString(10), r.getInt(11) == 1, r.getDouble(12), r.getDouble(13),
                            sets.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    /** The grades and MCVs of a stored set's reps, in order (null grade: not graded or withheld; NaN: no MCV). */
    private record SetReps(List<Grade> grades, List<Double> mcvMps) {
    }

    /** The reps of the sets of the sessions {@code where} selects, by set id. */
    private Map<Long, SetReps> setReps(String where, Binder binder) throws SQLException {
        Map<Long, SetReps> out = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT r.set_id, r.grade, r.mean_concentric_velocity_mps FROM rep r "
                + "JOIN lift_set l ON l.id = r.set_id JOIN session s ON s.id = l.session_id" + where
                + " ORDER BY r.set_id, r.rep_index")) {
            binder.bind(q);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    SetReps set = out.computeIfAbsent(r.getLong(1), k -> new SetReps(new ArrayList<>(), new ArrayList<>()));
                    set.grades.add(r.getString(2) == null ? null : Grade.ofWord(r.getString(2)));
                    Double mcv = doubleOrNull(r, 3);
                    set.mcvMps.add(mcv == null ? Double.NaN : mcv);
                }
            }
        }
        return out;
    }

    private static void bindFilter(PreparedStatement q, String athlete, LocalDate since) throws SQLException {
        q.setString(1, athlete);
        q.setString(2, athlete);
        q.setString(3, since == null ? null : since.toString());
        q.setString(4, since == null ? null : since.toString());
    }

    private static Double doubleOrNull(ResultSet r, int col) throws SQLException {
        double v = r.getDouble(col);
        return r.wasNull() ? null : v;
    }

    @Override
    public void close() {
        closeQuietly(db);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // Nothing is pending on close: every write committed or rolled back already.
        }
    }

    /** One line saying what failed and what to do, by SQLite's primary result code. */
    static HistoryException failure(Path path, SQLException e) {
        return failure(path, e, WAIT_LIMIT_MS);
    }

    private static HistoryException failure(Path path, SQLException e, long waitLimitMs) {
        if (isBusy(e)) {
            return new HistoryException(HistoryException.Kind.LOCKED, path + ": the history database is locked by "
                    + "another process (waited " + Math.round(waitLimitMs / 1000.0) + " s); try again when it has finished");
        }
        int code = (e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode()) & 0xff;
        return switch (code) {
            case 11, 26 -> new HistoryException(HistoryException.Kind.CORRUPT, path + ": not a readable rowcoach history "
                    + "(the file is damaged or not an SQLite database); move it aside and rebuild it from the recordings "
                    + "with 'rowcoach history --rebuild DIR'");
            case 8 -> new HistoryException(HistoryException.Kind.IO, path + ": the history database is read-only "
                    + "(check the file's and its folder's permissions, or use another --db)");
            case 14 -> new HistoryException(HistoryException.Kind.IO, path + ": cannot open the history database "
                    + "(it is a folder, or its folder cannot be written; use another --db)");
            default -> new HistoryException(HistoryException.Kind.IO, path + ": history database failure: "
                    + firstLine(e.getMessage()));
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The warnings as the JSON array they are stored as (indented, as rowcoach prints JSON). */
    private static String warningsJson(List<String> warnings) {
        try {
            return WARNINGS.writeValueAsString(warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a list of strings always serialises
        }
    }
}
