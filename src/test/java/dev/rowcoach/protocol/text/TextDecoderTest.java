package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.GyroUnit;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private static final double G = Sample.STANDARD_GRAVITY;
    private static final double DEG = Math.PI / 180;

    static EventLog decode(WireFormat format, DecoderSettings settings, String text, int chunk) {
        return EventLog.decode(l -> new TextDecoder(format, settings, l), text.getBytes(StandardCharsets.UTF_8), chunk);
    }

    static EventLog ascii(String text) {
        return decode(WireFormat.ASCII, DecoderSettings.DEFAULTS, text, 8192);
    }

    static EventLog csv(String text) {
        return decode(WireFormat.CSV, DecoderSettings.DEFAULTS, text, 8192);
    }

    @Test
    void readsTheAsciiExampleWithUnitsConverted() {
        EventLog log = ascii("""
                # rowcoach-ascii 1
                # rate_hz=200 accel_unit=g gyro_unit=dps
                t_us,ax,ay,az,gx,gy,gz
                0,-0.7969,0.1749,-0.5487,-0.46,-0.92,0.77
                5000,-0.7970,0.1750,-0.5480,-0.40,-0.90,0.70
                """);
        assertEquals(2, log.samples().size());
        Sample s = log.samples().get(0);
        assertEquals(0, s.timeUs());
        assertEquals(-0.7969 * G, s.ax(), 1e-12);
        assertEquals(0.1749 * G, s.ay(), 1e-12);
        assertEquals(-0.5487 * G, s.az(), 1e-12);
        assertEquals(-0.46 * DEG, s.gx(), 1e-12);
        assertEquals(0.77 * DEG, s.gz(), 1e-12);
        assertEquals(5000, log.samples().get(1).timeUs());
        assertEquals(200.0, log.infos().get(0).nominalRateHz());
        assertTrue(log.malformed().isEmpty());
    }

    @Test
    void asciiWithoutGyroColumnsIsAccelOnlyAndMissingUnitsDefaultToGWithANotice() {
        EventLog log = ascii("# rowcoach-ascii 1\nt_us,ax,ay,az\n0,0,0,1\n10000,0,0,1.01\n20000,0,0,0.99\n");
        assertEquals(3, log.samples().size());
        assertFalse(log.samples().get(0).hasGyro());
        assertEquals(G, log.samples().get(0).az(), 1e-12);
        assertTrue(log.notices().stream().anyMatch(n -> n.contains("accel_unit not given")), log.notices().toString());
    }

    @Test
    void emptyGyroFieldsMakeThatSampleAccelOnly() {
        EventLog log = ascii("# rowcoach-ascii 1\n# accel_unit=mps2 gyro_unit=rads\nt_us,ax,ay,az,gx,gy,gz\n"
                + "0,0,0,9.8,0.1,0.2,0.3\n1000,0,0,9.8,,,\n2000,0,0,9.8,0.1,0.2,0.3\n");
        assertEquals(3, log.samples().size());
        assertTrue(log.samples().get(0).hasGyro());
        assertFalse(log.samples().get(1).hasGyro());
        assertTrue(log.malformed().isEmpty());
    }

    @Test
    void anyChunkingGivesTheSameEvents() {
        String text = AsciiRoundTripTest.sampleText(300, true, 7);
        List<Object> whole = decode(WireFormat.ASCII, DecoderSettings.DEFAULTS, text, 1 << 20).events;
        for (int chunk : new int[] {1, 2, 3, 20, 244, 4095}) {
            assertEquals(whole, decode(WireFormat.ASCII, DecoderSettings.DEFAULTS, text, chunk).events, "chunk " + chunk);
        }
        assertEquals(300, whole.stream().filter(e -> e instanceof Sample).count());
    }

    @Test
    void recognisesCommonHeaderSpellingsAndUnits() {
        EventLog log = csv("timestamp_ms,acc_x (g),acc_y (g),acc_z (g),Gyroscope x (rad/s),Gyroscope y (rad/s),Gyroscope z (rad/s),temp\n"
                + "1000,0,0,1,0.5,0,0,25\n1010,0,0,1,0.5,0,0,25\n1020,0,0.5,1,0.5,0,0,25\n");
        assertEquals(3, log.samples().size());
        assertEquals(1_010_000, log.samples().get(1).timeUs());
        assertEquals(0.5 * G, log.samples().get(2).ay(), 1e-12);
        assertEquals(0.5, log.samples().get(0).gx(), 1e-12);

        EventLog suffixed = csv("t_us,ax_mps2,ay_mps2,az_mps2,gx_dps,gy_dps,gz_dps\n0,0,0,9.8,90,0,0\n1000,0,0,9.8,90,0,0\n2000,0,0,9.8,90,0,0\n");
        assertEquals(3, suffixed.samples().size());
        assertEquals(9.8, suffixed.samples().get(0).az(), 1e-12);
        assertEquals(Math.PI / 2, suffixed.samples().get(0).gx(), 1e-12);
    }

    @Test
    void infersUnstatedUnitsFromTheDataAndSaysSo() {
        StringBuilder b = new StringBuilder("time,ax,ay,az\n");
        for (int i = 0; i < 100; i++) {
            b.append(String.format(java.util.Locale.ROOT, "%.3f,0.01,-0.02,%.3f%n", i * 0.01, 1.0 + 0.01 * Math.sin(i)));
        }
        EventLog log = csv(b.toString());
        assertEquals(100, log.samples().size());
        assertEquals(10_000, log.samples().get(1).timeUs());
        assertEquals(G, log.samples().get(0).az(), 1e-9);
        assertTrue(log.notices().get(0).contains("time s*") && log.notices().get(0).contains("accel g*"), log.notices().toString());
    }

    @Test
    void guessesHeaderlessColumnsLikeTheRealBarbellRecordings() {
        String text = """
                1,1577087,-1.437,1.893,9.455,0.172,-0.142,0.070,46.302,-55.642,20.155
                1,1577091,-1.321,1.892,9.498,0.172,-0.142,0.070,45.732,-55.846,20.389
                1,1577094,-1.321,1.892,9.498,0.183,-0.154,0.076,45.732,-55.846,20.389
                1,1577098,-1.321,1.892,9.498,0.183,-0.154,0.076,45.732,-55.846,20.389
                1,1577121,-1.126,2.171,10.057,0.255,-0.181,0.087,45.849,-55.890,19.965
                """;
        EventLog log = csv(text);
        assertEquals(5, log.samples().size());
        Sample s = log.samples().get(0);
        assertEquals(1_577_087_000L, s.timeUs());
        assertEquals(-1.437, s.ax(), 0);
        assertEquals(9.455, s.az(), 0);
        assertEquals(0.172, s.gx(), 0);
        assertEquals(0.070, s.gz(), 0);
        assertTrue(log.notices().get(0).startsWith("columns -,t_ms,ax,ay,az,gx,gy,gz,-,-,-"), log.notices().toString());
        assertTrue(log.notices().get(0).contains("time ms*, accel mps2*, gyro rads*"), log.notices().toString());
    }

    @Test
    void anExplicitMappingOverridesGuessingAndSkipsAHeaderRow() {
        DecoderSettings s = new DecoderSettings(null, "id,t_ms,ax,ay,az", AccelUnit.G, GyroUnit.DPS);
        EventLog log = decode(WireFormat.CSV, s, "a,b,c,d,e\n7,0,0,0,1\n7,5,0,0,1\n7,10,0,0,1\n", 100);
        assertEquals(3, log.samples().size());
        assertEquals(5000, log.samples().get(1).timeUs());
        assertEquals(G, log.samples().get(1).az(), 1e-12);
        assertFalse(log.samples().get(1).hasGyro());
    }

    @Test
    void badLinesAreCountedSkippedAndDoNotStopDecoding() {
        String text = "# rowcoach-ascii 1\n# rate_hz=100 accel_unit=g gyro_unit=dps\nt_us,ax,ay,az,gx,gy,gz\n"
                + "0,0,0,1,0,0,0\n"
                + "10000,0,0,1\n"                       // too few fields
                + "10000,0,zero,1,0,0,0\n"              // not a number
                + "10000,0,0,1,0,0,0\n"
                + "10000,0,0,1,0,0,0\n"                 // repeated timestamp
                + "9000,0,0,1,0,0,0\n"                  // backwards by 1 ms
                + "x".repeat(TextDecoder.MAX_LINE + 10) + "\n"
                + "20000,0,0,1,0,0,0\n"
                + "30000,0,0,1,0,0";                    // truncated last line, no newline
        EventLog log = ascii(text);
        assertEquals(3, log.samples().size());
        List<String> reasons = log.malformed().stream().map(m -> m.reason()).toList();
        assertEquals(List.of("4 fields, expected at least 7", "a field is not a number",
                "repeated timestamp", "time went backwards", "line longer than 4096 bytes",
                "6 fields, expected at least 7"), reasons);
        assertEquals(TextDecoder.MAX_LINE + 10, log.malformed().get(4).length(), "length of the line without its newline");
    }

    @Test
    void unwrapsTheThirtyTwoBitMicrosecondCounter() {
        long wrap = 1L << 32;
        EventLog log = ascii("# rowcoach-ascii 1\n# rate_hz=200\nt_us,ax,ay,az\n"
                + (wrap - 10_000) + ",0,0,1\n" + (wrap - 5_000) + ",0,0,1\n" + 0 + ",0,0,1\n" + 5_000 + ",0,0,1\n");
        assertEquals(4, log.samples().size());
        assertEquals(List.of(wrap - 10_000, wrap - 5_000, wrap, wrap + 5_000),
                log.samples().stream().map(Sample::timeUs).toList());
        assertTrue(log.gaps().isEmpty(), log.gaps().toString());
    }

    @Test
    void aRestartingClockIsADeviceResetAndAJumpIsAGap() {
        EventLog log = ascii("# rowcoach-ascii 1\n# rate_hz=100\nt_us,ax,ay,az\n"
                + "50000000,0,0,1\n50010000,0,0,1\n50510000,0,0,1\n1000,0,0,1\n11000,0,0,1\n");
        assertEquals(5, log.samples().size());
        assertEquals(2, log.gaps().size());
        Gap jump = log.gaps().get(0);
        assertEquals(Gap.Cause.TIME_JUMP, jump.cause());
        assertEquals(49, jump.missingSamples());
        assertEquals(Gap.Cause.DEVICE_RESET, log.gaps().get(1).cause());
        assertEquals(1000, log.samples().get(3).timeUs());
    }

    @Test
    void readsCrLfLinesSemicolonsAndAByteOrderMark() {
        EventLog log = csv("\uFEFFt_ms;ax;ay;az\r\n0;0;0;9.81\r\n10;0;0;9.81\r\n20;0;0;9.81\r\n");
        assertEquals(3, log.samples().size());
        assertEquals(9.81, log.samples().get(2).az(), 0);
    }

    @Test
    void unrecognisableColumnsAreReportedOncePerLineNeverThrown() {
        EventLog log = csv("name,colour\nbob,red\nann,blue\njoe,green\n");
        assertEquals(0, log.samples().size());
        assertEquals(3, log.malformed().size());
        assertTrue(log.notices().get(0).startsWith("columns not recognised"), log.notices().toString());
    }

    @Test
    void randomGarbageNeverThrows() {
        SplittableRandom r = new SplittableRandom(3);
        String good = AsciiRoundTripTest.sampleText(200, true, 1);
        for (int trial = 0; trial < 300; trial++) {
            byte[] b = good.getBytes(StandardCharsets.US_ASCII);
            for (int k = 0; k < 20; k++) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            EventLog log = new EventLog();
            TextDecoder d = new TextDecoder(trial % 2 == 0 ? WireFormat.ASCII : WireFormat.CSV, DecoderSettings.DEFAULTS, log);
            d.feed(b, 0, b.length);
            d.finish();
            assertTrue(log.samples().size() + log.malformed().size() > 0);
        }
    }

    @Test
    void probesTellAsciiAndCsvFromOtherBytes() {
        byte[] ascii = AsciiRoundTripTest.sampleText(50, true, 2).getBytes(StandardCharsets.US_ASCII);
        assertEquals(100, TextDecoder.probeAscii(ascii, ascii.length));
        assertTrue(TextDecoder.probeCsv(ascii, ascii.length, DecoderSettings.DEFAULTS) >= 50);
        byte[] prose = "This is a README.\nIt has words, and commas, but no sensor data.\n".repeat(20).getBytes(StandardCharsets.US_ASCII);
        assertEquals(0, TextDecoder.probeAscii(prose, prose.length));
        assertEquals(0, TextDecoder.probeCsv(prose, prose.length, DecoderSettings.DEFAULTS));
        byte[] binary = new byte[4096];
        new SplittableRandom(9).nextBytes(binary);
        assertEquals(0, TextDecoder.probeCsv(binary, binary.length, DecoderSettings.DEFAULTS));
    }

    @Test
    void statedRateAndSensorMetadataReachTheListener() {
        EventLog log = ascii("# rowcoach-ascii 1\n# rate_hz=104 model=LSM6DS33 device_id=bar-1 accel_range_g=4 gyro_range_dps=500\n"
                + "t_us,ax,ay,az\n0,0,0,1\n9615,0,0,1\n19230,0,0,1\n");
        SensorInfo info = log.infos().get(0);
        assertEquals("LSM6DS33", info.model());
        assertEquals("bar-1", info.deviceId());
        assertEquals(4.0, info.accelRangeG());
        assertEquals(500.0, info.gyroRangeDps());
        assertEquals(104.0, info.nominalRateHz());
        List<Object> kinds = new ArrayList<>(log.events);
        assertTrue(kinds.get(0) instanceof SensorInfo, "sensor info comes before the samples");
    }
}
