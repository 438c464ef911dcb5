package dev.rowcoach.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes command output to a file so that a reader never sees it half-written. */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Writes {@code text} (UTF-8) to a temporary file beside {@code out} and moves it over {@code out}
     * atomically; on failure {@code out} is unchanged and the temporary file is removed.
     *
     * @throws UserException (exit 3) when the file cannot be written
     */
    static void writeAtomically(Path out, String text) throws UserException {
        Path tmp = out.resolveSibling(out.getFileName() + ".partial");
        try {
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserException(out + ": cannot write: " + reason(e), ExitCode.IO);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }
}
