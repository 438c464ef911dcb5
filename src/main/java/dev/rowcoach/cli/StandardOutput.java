package dev.rowcoach.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A run's standard output as a stream that keeps its first write failure (a full disk, a closed pipe), so
 * that output lost anywhere, even through a {@link java.io.PrintWriter} that swallows errors, ends the command with
 * exit 3 and one line rather than a silent success.
 */
final class StandardOutput extends OutputStream {

    private final OutputStream out;
    private IOException failure;

    /** @param out the run's standard output, unbuffered (callers buffer) */
    StandardOutput(OutputStream out) {
        this.out = out;
    }

    /**
     * A writer on {@code out} in the terminal's encoding, flushing at each line as picocli's own does, that shows
     * control characters rather than obeying them ({@link TerminalSafeWriter}).
     */
    static PrintWriter writer(OutputStream out) {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset charset = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
        return new PrintWriter(new TerminalSafeWriter(new BufferedWriter(new OutputStreamWriter(out, charset))), true);
    }

    /** The first write or flush failure, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw kept(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw kept(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw kept(e);
        }
    }

    private IOException kept(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
