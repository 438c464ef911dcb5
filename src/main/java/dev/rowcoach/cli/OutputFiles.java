package dev.rowcoach.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Writes a command's output to {@code -o OUT} so that nothing is destroyed and a reader never sees a half-written
 * file: a regular file (or a name not yet taken) is written beside itself and renamed over, atomically, keeping its
 * permissions; a symbolic link is followed and its target written that way; a FIFO or a device is written directly,
 * as a stream; {@code -} is standard output; a directory is refused.
 */
final class OutputFiles {

    /** What is written: bytes to a stream the caller must not close; its own failure leaves a regular file unchanged. */
    interface Body {
        void writeTo(OutputStream out) throws IOException, UserException;
    }

    /** Symbolic links followed before giving up, as the kernel's own limit. */
    private static final int MAX_LINKS = 40;

    private OutputFiles() {
    }

    /** Whether {@code out} names standard output. */
    static boolean isStandardOutput(Path out) {
        return out.toString().equals("-");
    }

    /**
     * Writes {@code body} to {@code out} as the class describes; on failure a regular file is unchanged.
     *
     * @param stdout standard output, for {@code -}
     * @throws UserException (exit 3) when {@code out} cannot be written, (exit 2) when it is a directory; or what
     *                       {@code body} throws
     */
    static void write(Path out, StandardOutput stdout, Body body) throws UserException {
        if (isStandardOutput(out)) {
            try {
                OutputStream buffered = new BufferedOutputStream(stdout, 64 * 1024);
                body.writeTo(buffered);
                buffered.flush();
            } catch (IOException e) {
                throw new UserException("cannot write the output: " + reason(e), ExitCode.IO);
            }
            return;
        }
        Path target;
        try {
            target = followLinks(out);
        } catch (IOException e) {
            throw new UserException(out + ": cannot write: " + reason(e), ExitCode.IO);
        }
        if (Files.isDirectory(target)) {
            throw new UserException(out + ": is a directory", ExitCode.USAGE_OR_INPUT);
        }
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                // A FIFO, a device, a socket: replacing it would destroy it; write into it as a stream.
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE), 64 * 1024)) {
                    body.writeTo(o);
                }
            } else {
                replace(target, body);
            }
        } catch (IOException e) {
            throw new UserException(out + ": cannot write: " + reason(e), ExitCode.IO);
        }
    }

    /** Where {@code out} leads once every symbolic link on the last name is followed (it may not exist yet). */
    private static Path followLinks(Path out) throws IOException {
        Path p = out;
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new FileSystemException(out.toString(), null, "too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            Path dir = p.toAbsolutePath().getParent();
            p = dir == null ? link : dir.resolve(link);
        }
        return p;
    }

    private static void replace(Path target, Body body) throws IOException, UserException {
        Path dir = target.toAbsolutePath().getParent();
        // Created like any new file (0666 less the umask), under a name no one else uses.
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".partial");
        try {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 64 * 1024)) {
                body.writeTo(o);
            }
            PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
            if (view != null && Files.exists(target)) {
                view.setPermissions(Files.readAttributes(target, PosixFileAttributes.class).permissions());
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }
}
