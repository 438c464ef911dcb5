package dev.rowcoach.cli;

/** Process exit codes; documented in docs/COMMANDS.md. */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** An internal error: a bug in rowcoach (the message says how to get details). */
    public static final int INTERNAL = 1;
    /** Bad usage or bad input: unknown option, missing or unrecognised file. */
    public static final int USAGE_OR_INPUT = 2;
    /** The environment failed: a write failed, a device vanished. */
    public static final int IO = 3;

    private ExitCode() {
    }
}
