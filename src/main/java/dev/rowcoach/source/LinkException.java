package dev.rowcoach.source;

/** A live link could not be opened or was lost; the message is one line a user can act on. */
public final class LinkException extends Exception {

    public LinkException(String message) {
        super(message);
    }
}
