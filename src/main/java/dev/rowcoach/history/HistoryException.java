package dev.rowcoach.history;

/**
 * The training history could not be opened, read or written. The message is one line naming the database and
 * what to do; {@link #kind()} says which failure it was. Never carries a stack trace to the user.
 */
public final class HistoryException extends Exception {

    /** What went wrong. */
    public enum Kind {
        /** The file is not an SQLite database, or its pages are damaged. */
        CORRUPT,
        /** Another process holds a write lock for longer than {@link History#WAIT_LIMIT_MS}. */
        LOCKED,
        /** The database was written by a newer rowcoach (a schema version this one does not know). */
        NEWER_SCHEMA,
        /** Any other failure of the file system or the database (cannot create, read-only, disk full). */
        IO
    }

    private final Kind kind;

    HistoryException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
