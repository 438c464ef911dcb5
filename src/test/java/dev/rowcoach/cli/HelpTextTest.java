package dev.rowcoach.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Help texts are format strings (picocli expands {@code %n} in them): a bare {@code %} garbles a command's help with a warning. */
class HelpTextTest {

    /** A run that reads and writes nothing: these tests parse and render help only. */
    static final RunContext NOWHERE = new RunContext(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
            OutputStream.nullOutputStream(), Map.of(), "", false);

    @Test
    void everyCommandsHelpRendersWithoutAWarning() {
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            render(Main.commandLine(NOWHERE, false));
        } finally {
            System.setErr(original);
        }
        // Only picocli's own lines: other code in the same test JVM (a fuzzer's instrumentation) may write there too.
        assertEquals(List.of(), warnings.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("picocli")).toList());
    }

    private static void render(CommandLine cli) {
        cli.getUsageMessage();
        cli.getSubcommands().values().forEach(HelpTextTest::render);
    }
}
