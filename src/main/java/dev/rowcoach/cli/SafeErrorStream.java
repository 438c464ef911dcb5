package dev.rowcoach.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The process's {@code System.err} as {@link Main} sets it: what the logger and the JVM's last-resort handlers write
 * there goes, as each print is flushed, through the same {@link TerminalSafeWriter} as everything else rowcoach prints, so a
 * file name in a {@code --verbose} line cannot steer the terminal either.
 */
final class SafeErrorStream extends OutputStream {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final Charset charset;
    private final PrintWriter out;

    SafeErrorStream(Charset charset, PrintWriter out) {
        this.charset = charset;
        this.out = out;
    }

    /** A print stream in {@code charset} whose text reaches {@code out}, escaped. */
    static PrintStream over(PrintWriter out) {
        Charset charset = Charset.defaultCharset();
        return new PrintStream(new SafeErrorStream(charset, out), true, charset);
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() {
        if (line.size() > 0) {
            out.write(line.toString(charset));
            line.reset();
        }
        out.flush();
    }
}
