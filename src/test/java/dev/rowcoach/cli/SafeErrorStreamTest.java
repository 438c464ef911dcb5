package dev.rowcoach.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the logger writes to standard error is escaped like everything else rowcoach prints. */
class SafeErrorStreamTest {

    @Test
    void aLogLineCannotRetitleTheTerminal() {
        StringWriter text = new StringWriter();
        PrintStream err = SafeErrorStream.over(new PrintWriter(new TerminalSafeWriter(text), true));
        err.print("rowcoach: INFO: /tmp/y\u001b]0;pwned\u0007.rcrec: détecté\n");
        err.print("then \u001b[2J");
        err.print("and a colour \u001b[31mred\u001b[0m");
        err.flush();
        assertEquals("rowcoach: INFO: /tmp/y\\u001b]0;pwned\\u0007.rcrec: détecté\nthen \\u001b[2Jand a colour "
                + "\u001b[31mred\u001b[0m", text.toString());
    }
}
