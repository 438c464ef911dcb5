package dev.rowcoach.cli;

/** A failure the user can act on: printed as one line, never with a stack trace. */
public final class UserException extends Exception {

    private final int exitCode;

    public UserException(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
