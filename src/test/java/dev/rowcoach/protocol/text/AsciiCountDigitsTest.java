package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values a sensor measured (int16 counts times its scale) written with 7 digits: every count comes back. */
class AsciiCountDigitsTest {

    private static final double[] ACCEL_RANGES_G = {2, 4, 8, 16, 32};
    private static final double[] GYRO_RANGES_DPS = {125, 250, 500, 1000, 2000, 4000};

    @Test
    void everyCountOfEveryFullScaleComesBackFromItsText() {
        for (double rangeG : ACCEL_RANGES_G) {
            everyCountComesBack(rangeG * Sample.STANDARD_GRAVITY / 32768.0);
        }
        for (double rangeDps : GYRO_RANGES_DPS) {
            everyCountComesBack(rangeDps * (Math.PI / 180) / 32768.0);
            everyCountComesBack(Math.toRadians(rangeDps) / 32768.0);
        }
    }

    private static void everyCountComesBack(double step) {
        StringBuilder b = new StringBuilder();
        for (int count = -32768; count <= 32767; count++) {
            double v = count * step;
            b.setLength(0);
            AsciiEncoder.appendValue(b, v, step);
            String text = b.toString();
            double read = Double.parseDouble(text);
            int c = count;
            // Messages built only on failure: 1.1 million of each, built eagerly, were most of this test's time.
            assertEquals(count, Math.rint(read / step), () -> text + " for count " + c + " of " + step);
            assertTrue(Math.abs(read - v) <= 0.02 * step, () -> text + " is within 0.02 counts of " + v);
            assertTrue(significantDigits(text) <= AsciiEncoder.COUNT_DIGITS || read == v,
                    () -> text + " has at most 7 significant digits");
        }
    }

    /** The characters of {@code text} but signs and decimal points, leading zeros left out. */
    private static int significantDigits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != '-' && ch != '.' && (n > 0 || ch != '0')) {
                n++;
            }
        }
        return n;
    }

    @Test
    void valuesOffTheGridAndStreamsWithoutAFullScaleAreWrittenExactly() {
        SplittableRandom r = new SplittableRandom(5);
        double step = 16 * Sample.STANDARD_GRAVITY / 32768.0;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            double v = r.nextDouble(-160, 160);
            b.setLength(0);
            AsciiEncoder.appendValue(b, v, step);
            assertEquals(v, Double.parseDouble(b.toString()), "off the grid");
            b.setLength(0);
            double onGrid = r.nextInt(-32768, 32768) * step;
            AsciiEncoder.appendValue(b, onGrid, 0);
            assertEquals(onGrid, Double.parseDouble(b.toString()), "no full scale stated");
        }
    }

    @Test
    void aConvertedSensorStreamDecodesToTheSameCountsInAboutHalfTheBytes() {
        SensorInfo info = new SensorInfo("imu", null, null, 16.0, 2000.0, 1000.0);
        double accelStep = 16 * Sample.STANDARD_GRAVITY / 32768.0, gyroStep = Math.toRadians(2000) / 32768.0;
        SplittableRandom r = new SplittableRandom(9);
        List<Sample> in = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            in.add(new Sample(1000L * i, r.nextInt(-32768, 32768) * accelStep, r.nextInt(-32768, 32768) * accelStep,
                    r.nextInt(-32768, 32768) * accelStep, r.nextInt(-32768, 32768) * gyroStep,
                    r.nextInt(-32768, 32768) * gyroStep, r.nextInt(-32768, 32768) * gyroStep));
        }
        StringBuilder counted = new StringBuilder(AsciiEncoder.header(info, true));
        StringBuilder exact = new StringBuilder(AsciiEncoder.header(info, true));
        for (Sample s : in) {
            AsciiEncoder.appendSample(counted, s, true, info);
            AsciiEncoder.appendSample(exact, s, true);
        }
        EventLog log = TextDecoderTest.decode(WireFormat.ASCII, DecoderSettings.DEFAULTS, counted.toString(), 4096);
        assertEquals(in.size(), log.samples().size());
        for (int i = 0; i < in.size(); i++) {
            Sample a = in.get(i), b = log.samples().get(i);
            assertEquals(a.timeUs(), b.timeUs());
            double[] ax = {a.ax(), a.ay(), a.az()}, bx = {b.ax(), b.ay(), b.az()};
            double[] ag = {a.gx(), a.gy(), a.gz()}, bg = {b.gx(), b.gy(), b.gz()};
            for (int k = 0; k < 3; k++) {
                assertEquals(Math.rint(ax[k] / accelStep), Math.rint(bx[k] / accelStep), "accel count, sample " + i);
                assertEquals(Math.rint(ag[k] / gyroStep), Math.rint(bg[k] / gyroStep), "gyro count, sample " + i);
            }
        }
        assertTrue(counted.length() < 0.62 * exact.length(), counted.length() + " bytes against " + exact.length());
    }
}
