package dev.rowcoach.protocol.text;

import dev.rowcoach.sensor.Malformed;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The one-sensor CSV decoder of app exports: headers, axis order, decimal marks, chunking, bad lines. */
class AxisDecoderTest {

    /** Rows as "t x y z" strings and malformed reasons, in order. */
    private static List<String> decode(String text, int chunk) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        AxisHeader header = AxisHeader.read(b, b.length);
        assertNotNull(header, text);
        List<String> out = new ArrayList<>();
        AxisDecoder d = new AxisDecoder(header, new AxisListener() {
            @Override
            public void row(long timeUs, double x, double y, double z) {
                out.add(timeUs + " " + x + " " + y + " " + z);
            }

            @Override
            public void malformed(Malformed m) {
                out.add("malformed@" + m.byteOffset() + "+" + m.length() + ": " + m.reason());
            }
        });
        for (int i = 0; i < b.length; i += chunk) {
            d.feed(b, i, Math.min(chunk, b.length - i));
        }
        d.finish();
        return out;
    }

    @Test
    void sensorLoggerColumnsAreReorderedToXyzAndTimedBySecondsElapsed() {
        String csv = "time,seconds_elapsed,z,y,x\r\n1795804200000000000,0.000000,9.8,0.2,0.1\r\n1795804200010000000,0.010000,9.7,0.3,0.4";
        for (int chunk : new int[] {1, 3, 7, 4096}) {
            assertEquals(List.of("0 0.1 0.2 9.8", "10000 0.4 0.3 9.7"), decode(csv, chunk), "chunk " + chunk);
        }
    }

    @Test
    void aCorruptTimestampIsOneMalformedRowNotTheLossOfEveryRowAfterIt() {
        String csv = "time,seconds_elapsed,z,y,x\n1,0.00,9.8,0,0\n2,0.01,9.8,0,0\n3,1e9,9.8,0,0\n4,0.03,9.8,0,0\n5,0.04,9.8,0,0\n"
                + "6,3.04,9.8,0,0\n7,3.05,9.8,0,0\n8,1e30,9.8,0,0\n9,9e6,9.8,0,0\n";
        for (int chunk : new int[] {1, 5, 4096}) {
            List<String> out = decode(csv, chunk);
            assertEquals(List.of("0 0.0 0.0 9.8", "10000 0.0 0.0 9.8", "malformed@57+13: time jumped and came back (a corrupt timestamp)",
                    "30000 0.0 0.0 9.8", "40000 0.0 0.0 9.8", "3040000 0.0 0.0 9.8", "3050000 0.0 0.0 9.8",
                    "malformed@131+14: time out of range", "malformed@146+13: time jumps at the last line, nothing after it confirms it"),
                    out, "chunk " + chunk);
        }
    }

    @Test
    void metaBaseUsesTheEpochColumnAndStatesItsUnit() {
        String csv = "epoch (ms),time (01:00),elapsed (s),x-axis (deg/s),y-axis (deg/s),z-axis (deg/s)\n"
                + "1795804200000,2026-11-21T19.30.00.000,0.000,1.5,-2.5,3.0\n";
        byte[] b = csv.getBytes(StandardCharsets.UTF_8);
        AxisHeader h = AxisHeader.read(b, b.length);
        assertEquals(0, h.timeColumn());
        assertEquals(dev.rowcoach.sensor.GyroUnit.DPS, h.gyroUnit());
        assertEquals("", h.quantity());
        assertEquals(List.of("1795804200000000 1.5 -2.5 3.0"), decode(csv, 5));
    }

    @Test
    void phyphoxSemicolonsWithDecimalCommasAndTabsWithPoints() {
        String semicolon = "\"Time (s)\";\"Acceleration x (m/s^2)\";\"Acceleration y (m/s^2)\";\"Acceleration z (m/s^2)\";\"Absolute acceleration (m/s^2)\"\n"
                + "1,000000000E-02;-1,5E-01;2,0E+00;9,81E+00;9,9E+00\n";
        assertEquals(List.of("10000 -0.15 2.0 9.81"), decode(semicolon, 2));
        String tab = "\"Time (s)\"\t\"Gyroscope x (rad/s)\"\t\"Gyroscope y (rad/s)\"\t\"Gyroscope z (rad/s)\"\n0.5\t0.1\t0.2\t0.3\n";
        assertEquals(List.of("500000 0.1 0.2 0.3"), decode(tab, 1));
    }

    @Test
    void badLinesAreReportedWithTheirPositionAndSkipped() {
        String header = "time,seconds_elapsed,z,y,x\n";
        String csv = header
                + "1,0.00,1,2,3\n"      // ok
                + "2,0.01,1,2\n"        // too few fields
                + "3,0.02,1,x,3\n"      // not a number
                + "4,0.03,1,2,3\n"      // ok
                + "5,0.02,1,2,3\n"      // backwards
                + "6,0.03,1,2,3\n"      // repeated
                + "z".repeat(TextDecoder.MAX_LINE + 10) + "\n"
                + "7,0.04,4,5,6\n";
        List<String> out = decode(csv, 64);
        int l2 = header.length() + 13;
        assertEquals(List.of(
                "0 3.0 2.0 1.0",
                "malformed@" + l2 + "+10: 4 fields, expected at least 5",
                "malformed@" + (l2 + 11) + "+12: a field is not a number",
                "30000 3.0 2.0 1.0",
                "malformed@" + (l2 + 37) + "+12: time went backwards",
                "malformed@" + (l2 + 50) + "+12: repeated timestamp",
                "malformed@" + (l2 + 63) + "+" + (TextDecoder.MAX_LINE + 10) + ": line longer than " + TextDecoder.MAX_LINE + " bytes",
                "40000 6.0 5.0 4.0"), out);
    }

    @Test
    void headersThatAreNotOneSensorsAreNotTakenForOne() {
        for (String h : List.of("time,ax,ay,az", "time,x,y", "x,y,z", "id,t,value", "")) {
            byte[] b = (h + "\n1,2,3,4\n").getBytes(StandardCharsets.UTF_8);
            assertNull(AxisHeader.read(b, b.length), h);
        }
        byte[] both = "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\",\"Acceleration z (m/s^2)\",\"Gyroscope x (rad/s)\"\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(true, AxisHeader.read(both, both.length).otherSensor());
    }
}
