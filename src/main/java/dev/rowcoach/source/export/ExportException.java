package dev.rowcoach.source.export;

import java.io.IOException;

/**
 * An app export that cannot be read as one: a zip over the size or entry limits, a zip that is not one,
 * no accelerometer file, a header with mixed units. The message is one sentence for the user.
 */
public final class ExportException extends IOException {

    public ExportException(String message) {
        super(message);
    }
}
