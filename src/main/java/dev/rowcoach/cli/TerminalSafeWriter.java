package dev.rowcoach.cli;

import dev.rowcoach.report.Printable;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything rowcoach prints to standard output or error passes through here: each {@linkplain Printable#isUnsafe
 * unsafe} character is written as a visible escape, so that no text from a recording, the history or a file name
 * can steer the terminal. The one sequence let through is the colour rowcoach itself writes: ESC {@code [} digits
 * and semicolons {@code m} (select graphic rendition), which can colour text but not move, clear or retitle.
 */
final class TerminalSafeWriter extends FilterWriter {

    /** Longest colour sequence held back while deciding, chars (ESC [ 38;5;196 m is 11). */
    private static final int MAX_SEQUENCE = 16;

    /** An ESC and what followed it, while it may still become a colour sequence; empty otherwise. */
    private final StringBuilder pending = new StringBuilder(MAX_SEQUENCE);

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (!pending.isEmpty()) {
            pending.append(ch);
            if (pending.length() == 2 ? ch == '[' : ch >= '0' && ch <= '9' || ch == ';') {
                if (pending.length() > MAX_SEQUENCE) {
                    release();
                }
                return;
            }
            if (ch == 'm' && pending.length() > 2) {
                out.write(pending.toString());
                pending.setLength(0);
                return;
            }
            release();
            return;
        }
        if (ch == 0x1b) {
            pending.append(ch);
        } else if (Printable.isUnsafe(ch)) {
            out.write(Printable.escape(ch));
        } else {
            out.write(c);
        }
    }

    /** Not a colour sequence: the ESC is escaped and what followed it is judged afresh. */
    private void release() throws IOException {
        String held = pending.substring(1);
        pending.setLength(0);
        out.write(Printable.escape((char) 0x1b));
        for (int i = 0; i < held.length(); i++) {
            write(held.charAt(i));
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!pending.isEmpty()) {
            release();
        }
        out.close();
    }
}
