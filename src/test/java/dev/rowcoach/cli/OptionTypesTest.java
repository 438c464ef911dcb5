package dev.rowcoach.cli;

import dev.rowcoach.live.LiveException;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.session.Loads;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionTypesTest {

    @Test
    void eachConverterTypesAGoodValueAndSaysInOneLineWhatIsWrongWithABadOne() {
        assertEquals("kroc-row", new OptionTypes.Exercise().convert("kroc-row").name());
        assertEquals("--exercise must name an exercise",
                assertThrows(OptionTypes.BadValue.class, () -> new OptionTypes.Exercise().convert(" ")).getMessage());
        assertEquals(List.of(60.0, 70.0), new OptionTypes.LoadsPerSet().convert("60,70").perSetKg());
        assertEquals("--load must be a weight in kg, not -3.0",
                assertThrows(OptionTypes.BadValue.class, () -> new OptionTypes.LoadsPerSet().convert("-3")).getMessage());
        assertEquals("--load must be a weight in kg, not -3.0",
                assertThrows(OptionTypes.BadValue.class, () -> new OptionTypes.LoadKg().convert("-3")).getMessage());
        assertEquals(Loads.of(80.0), new OptionTypes.LoadsPerSet().convert("80"));
        assertNull(new OptionTypes.Protocol().convert("AUTO"));
        assertEquals(WireFormat.WITMOTION, new OptionTypes.Protocol().convert("witmotion"));
        assertThrows(OptionTypes.BadValue.class, () -> new OptionTypes.Protocol().convert("recording"),
                "a recording is a file, not what a sensor speaks");
        assertEquals(AccelUnit.MPS2, new OptionTypes.Accel().convert("mps2"));
        assertThrows(OptionTypes.BadValue.class, () -> new OptionTypes.RateHz().convert("0"));
        assertEquals(50.0, new OptionTypes.RateHz().convert("50"));
    }

    /** What the command line writes to standard error for {@code args}, which it must refuse with exit code 2. */
    private static String refused(String... args) {
        var err = new java.io.StringWriter();
        var cli = Main.commandLine(HelpTextTest.NOWHERE, false);
        cli.setErr(new java.io.PrintWriter(err));
        assertEquals(ExitCode.USAGE_OR_INPUT, cli.execute(args));
        return err.toString();
    }

    @Test
    void aBadValueIsOneLineAndExit2WithoutTheUsageHint() {
        assertEquals("rowcoach: --load must be a weight in kg, not -3.0" + System.lineSeparator(),
                refused("replay", "--load", "-3", "x.csv"));
    }

    @Test
    void aBadValueWithALineBreakIsStillOneLine() {
        String err = refused("replay", "--input-format", "cs\nv", "x.csv");
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("'cs\\nv'"), err);
    }

    @Test
    void oneMapTurnsFailuresIntoExitCodes() {
        assertEquals(ExitCode.IO, Main.exitCode(new UserException("x", ExitCode.IO)));
        assertEquals(ExitCode.USAGE_OR_INPUT, Main.exitCode(new LiveException("garbage", true)));
        assertEquals(ExitCode.IO, Main.exitCode(new LiveException("disk full", false)));
        assertEquals(ExitCode.INTERNAL, Main.exitCode(new IllegalStateException("a bug")));
    }
}
