package dev.rowcoach.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * {@code System.err} for CLI runs in this JVM ({@link Cli#run}): while a run is on, what its thread, or a thread
 * it started, prints there (the logger's warnings, a library's complaint, a thread's last words) goes to that run's
 * standard error, as in a process of its own; everything else goes where {@code System.err} went before. Installed
 * once, at the first run.
 */
final class RunErr extends OutputStream {

    private static final InheritableThreadLocal<ByteArrayOutputStream> CURRENT = new InheritableThreadLocal<>();
    private static volatile PrintStream original;

    private RunErr() {
    }

    /**
     * Sends this thread's (and its new threads') {@code System.err} to {@code err} until {@link #release}; the run
     * writes its own standard error there too (a {@link ByteArrayOutputStream} takes one write at a time).
     */
    static synchronized void capture(ByteArrayOutputStream err) {
        if (original == null) {
            original = System.err;
            System.setErr(new PrintStream(new RunErr(), true, Charset.defaultCharset()));
        }
        CURRENT.set(err);
    }

    /** Ends this thread's capture. */
    static void release() {
        CURRENT.remove();
    }

    @Override
    public void write(int b) {
        ByteArrayOutputStream run = CURRENT.get();
        if (run == null) {
            original.write(b);
        } else {
            run.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ByteArrayOutputStream run = CURRENT.get();
        if (run == null) {
            original.write(b, off, len);
        } else {
            run.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        original.flush();
    }
}
