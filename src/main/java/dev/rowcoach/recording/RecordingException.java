package dev.rowcoach.recording;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/**
 * A recording cannot be written or is not a recording at all: an I/O failure, a file that is not a
 * rowcoach recording, a damaged header, or a format version newer than this program. The message is
 * one line fit to show a user as is. Damage to individual records is never thrown: it is reported as
 * {@link dev.rowcoach.sensor.Malformed}.
 */
public final class RecordingException extends RuntimeException {

    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** One phrase for an I/O failure; some exceptions carry only the path as their message. */
    static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
