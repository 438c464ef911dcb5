package dev.rowcoach.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rowcoach.cli.Main;
import dev.rowcoach.cli.RunContext;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line's option parsing on any arguments: either they parse, or picocli's error becomes exactly the
 * two lines rowcoach prints (the problem, then where to find usage) and exit 2; never another exception, which the
 * user would see as an internal error. Arguments are drawn from rowcoach's own commands, options and awkward values
 * (empty, NUL, a right-to-left override, huge and non-finite numbers), joined with {@code =} or not, plus free text.
 */
class OptionParsingFuzzTest {

    /** Nothing is run, only parsed: the commands get no streams. */
    private static final RunContext NOWHERE = new RunContext(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
            OutputStream.nullOutputStream(), Map.of(), "", false);

    private static final String[] WORDS = {
        "inspect", "convert", "replay", "report", "history", "week", "simulate", "live", "devices", "bench", "help",
        "accuracy", "throughput", "-", "--", "-h", "--help", "-V", "--version", "-o", "--output", "--format", "--db",
        "--no-history", "--load", "--exercise", "--strict-max-deg", "--cheat-max-deg", "--athlete", "--notes", "--mvt",
        "--color", "--no-color", "--input-format", "--accel-unit", "--gyro-unit", "--rate", "--plan", "--seed",
        "--force", "--to", "--since", "--until", "--weeks", "--rebuild", "--started-at", "--hard-min-reps",
        "--hard-min-loss", "--port", "--baud", "--ble", "--protocol", "--record", "--no-record", "--events",
        "--exit-after-idle", "--stop-at-loss", "--audio", "--audio-out", "--mount", "--no-gyro", "--torso-angle",
        "--link", "--hours", "--columns", "--check", "--verbose", "--debug",
        "text", "json", "html", "ascii", "recording", "rowcoach", "witmotion", "always", "never", "auto", "TEXT", "Json",
        "g", "mps2", "dps", "rads", "barbell-row", "80", "80,90", "-1", "0", "1e400", "NaN", "Infinity", "0x10", "",
        " ", "\u0000", "\u202e", "2026-13-45", "9999999999999999999", "demo", "x.csv", "/dev/null", "=",
    };

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void parse(FuzzedDataProvider data) {
        int n = data.consumeInt(0, 10);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (data.consumeInt(0, 3)) {
                case 0, 1 -> args.add(data.pickValue(WORDS));
                case 2 -> args.add(data.pickValue(WORDS) + "=" + data.pickValue(WORDS));
                default -> args.add(data.consumeString(24));
            }
        }
        String[] argv = args.toArray(new String[0]);
        CommandLine cli = Main.commandLine(NOWHERE, false);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        try {
            cli.parseArgs(argv);
        } catch (CommandLine.ParameterException e) {
            int code;
            try {
                code = cli.getParameterExceptionHandler().handleParseException(e, argv);
            } catch (Exception handler) {
                throw new AssertionError("the parse error handler failed on " + args, handler);
            }
            assertEquals(2, code, "exit code for " + args);
            String printed = err.toString();
            // A value its option's type refuses is said in one line (OptionTypesTest); anything else ends with the hint.
            boolean oneLine = printed.lines().count() == 1;
            assertTrue(printed.startsWith("rowcoach: ") && (oneLine || printed.contains("--help' for usage.")), printed);
        }
    }
}
