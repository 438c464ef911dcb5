package dev.rowcoach.source;

import java.util.List;

/** A file that no decoder recognises; the message names the formats tried. */
public final class UnrecognisedFormatException extends Exception {

    private final List<String> tried;

    public UnrecognisedFormatException(String reason, List<String> tried) {
        super(reason + " (tried: " + String.join(", ", tried) + ")", null, false, false);
        this.tried = List.copyOf(tried);
    }

    public List<String> tried() {
        return tried;
    }
}
