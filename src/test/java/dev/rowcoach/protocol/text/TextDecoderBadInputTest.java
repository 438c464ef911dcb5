package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and corrupt text, as fuzzing and users produced it: each case failed before its fix. */
class TextDecoderBadInputTest {

    private static EventLog csv(String text) {
        return TextDecoderTest.csv(text);
    }

    private static EventLog ascii(String text) {
        return TextDecoderTest.ascii(text);
    }

    @Test
    void aShortRowAmongTheRowsUnitsAreGuessedFromIsMalformedNotACrash() {
        EventLog log = csv("t_ms,ax,ay,az\n0,0,0,9.8\n10,0,0,9.8\n20,0\n30,0,0,9.8\n");
        assertEquals(3, log.samples().size());
        assertEquals(List.of("2 fields, expected at least 4"), reasons(log));

        EventLog headerless = csv("0,0,0,9.8,0.1,0.1,0.1\n10,0,0,9.8,0.1,0.1,0.1\n20,0\n30,0,0,9.8,0.1,0.1,0.1\n40,0,0,9.8,0.1,0.1,0.1\n");
        assertEquals(4, headerless.samples().size());

        EventLog ascii = ascii("# rowcoach-ascii 1\nt,ax,ay,az,gx,gy,gz\n0,0,0,1,1,1,1\n10,0,0,1,1,1,1\n20,0\n30,0,0,1,1,1,1\n");
        assertEquals(3, ascii.samples().size());
    }

    @Test
    void aHeaderNamingMoreColumnsThanAnyRowHasIsNotACrash() {
        EventLog log = csv("t,ax,ay,az,gx,gy,gz\n0,0,0,9.8\n10,0,0,9.8\n20,0,0,9.8\n");
        assertEquals(0, log.samples().size());
        assertEquals(3, log.malformed().size());
    }

    @Test
    void aCorruptTimeValueIsOneMalformedLineNotA292000YearGap() {
        // 1.e12 ms: a digit of a timestamp turned into an exponent.
        EventLog log = csv("t_ms,ax,ay,az\n0,0,0,9.8\n10,0,0,9.8\n20,0,0,9.8\n1.e12,0,0,9.8\n40,0,0,9.8\n50,0,0,9.8\n");
        assertEquals(List.of(0L, 10_000L, 20_000L, 40_000L, 50_000L), times(log));
        assertEquals(List.of("time jumped and came back (a corrupt timestamp)"), reasons(log));
        assertTrue(log.gaps().isEmpty(), log.gaps().toString());

        EventLog huge = csv("t_ms,ax,ay,az\n0,0,0,9.8\n10,0,0,9.8\n20,0,0,9.8\n9e300,0,0,9.8\n40,0,0,9.8\n");
        assertEquals(List.of(0L, 10_000L, 20_000L, 40_000L), times(huge));
        assertEquals(List.of("time out of range"), reasons(huge));
    }

    @Test
    void aCorruptTimeValueBackwardsIsOneMalformedLineNotADeviceReset() {
        EventLog log = ascii("# rowcoach-ascii 1\n# rate_hz=100\nt_us,ax,ay,az\n"
                + "50000000,0,0,1\n50010000,0,0,1\n10000,0,0,1\n50030000,0,0,1\n50040000,0,0,1\n");
        assertEquals(List.of(50_000_000L, 50_010_000L, 50_030_000L, 50_040_000L), times(log));
        assertEquals(1, log.malformed().size());
        assertTrue(log.gaps().isEmpty(), log.gaps().toString());
    }

    @Test
    void aJumpThatTheNextLineContinuesIsAGapAndAnUnconfirmedLastJumpIsMalformed() {
        EventLog log = ascii("# rowcoach-ascii 1\n# rate_hz=100\nt_us,ax,ay,az\n"
                + "0,0,0,1\n10000,0,0,1\n510000,0,0,1\n520000,0,0,1\n900000000000,0,0,1\n");
        assertEquals(List.of(0L, 10_000L, 510_000L, 520_000L), times(log));
        assertEquals(1, log.gaps().size());
        assertEquals(Gap.Cause.TIME_JUMP, log.gaps().get(0).cause());
        assertEquals(List.of("time jumps at the last line, nothing after it confirms it"), reasons(log));
    }

    @Test
    void aConfirmedJumpOfMoreThanAnHourIsAClockRestartNotMissingSamples() {
        EventLog log = ascii("# rowcoach-ascii 1\n# rate_hz=100\nt_us,ax,ay,az\n"
                + "0,0,0,1\n10000,0,0,1\n9000000000000,0,0,1\n9000000010000,0,0,1\n");
        assertEquals(4, log.samples().size());
        assertEquals(Gap.Cause.DEVICE_RESET, log.gaps().get(0).cause());
        assertEquals(-1, log.gaps().get(0).missingSamples());
    }

    @Test
    void valuesThatOverflowInTheUnitConversionAreMalformedNeverInfinite() {
        EventLog log = ascii("# rowcoach-ascii 1\nt_us,ax,ay,az,gx,gy,gz\n"
                + "0,0,0,1,0,0,0\n10000,1e308,0,1,0,0,0\n20000,0,0,-1.7e308,0,0,0\n30000,0,0,1,0,0,0\n");
        assertEquals(2, log.samples().size());
        assertEquals(List.of("a value out of range", "a value out of range"), reasons(log));
        for (Sample s : log.samples()) {
            assertTrue(Double.isFinite(s.ax() + s.gz()));
        }
    }

    @Test
    void heldSamplesComeOutInTimeOrderWhateverTheChunking() {
        String text = "t_ms,ax,ay,az\n0,0,0,9.8\n10,0,0,9.8\n20,0,0,9.8\n900,0,0,9.8\n910,0,0,9.8\n5,0,0,9.8\n920,0,0,9.8\n";
        List<Object> whole = TextDecoderTest.decode(WireFormat.CSV, DecoderSettings.DEFAULTS, text, 0).events;
        for (int chunk = 1; chunk < 12; chunk++) {
            assertEquals(whole, TextDecoderTest.decode(WireFormat.CSV, DecoderSettings.DEFAULTS, text, chunk).events);
        }
        EventLog log = csv(text);
        assertEquals(List.of(0L, 10_000L, 20_000L, 900_000L, 910_000L, 920_000L), times(log));
        assertEquals(1, log.gaps().size());
    }

    static List<Long> times(EventLog log) {
        return log.samples().stream().map(Sample::timeUs).toList();
    }

    static List<String> reasons(EventLog log) {
        return log.malformed().stream().map(Malformed::reason).toList();
    }
}
