package dev.rowcoach.protocol.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecimalParserTest {

    private static double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return DecimalParser.parse(b, 0, b.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "-1.5", "0.000123", "9.80665", "-0.7969", "1577087", "1e3", "2.5E-7",
        "-1.0E-5", ".5", "5.", "+3.25", "123456789012345678", "0.1234567890123456789", "1e22", "1e-22", "4.9e-324",
        "1.7976931348623157E308", "00012.500", "1E+2"})
    void agreesWithTheJdkOnEdgeCases(String s) {
        assertEquals(Double.parseDouble(s), parse(s), s);
    }

    @Test
    void agreesWithTheJdkOnRandomSensorValues() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 8));
            String s = switch (i % 3) {
                case 0 -> Double.toString(v);
                case 1 -> String.format(Locale.ROOT, "%.4f", v);
                default -> String.format(Locale.ROOT, "%.9e", v);
            };
            assertEquals(Double.parseDouble(s), parse(s), s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1.2.3", "--1", "1e", "1e+", "NaN", "Infinity", "1,5", "0x10", "1e400", "-", "."})
    void rejectsWhatIsNotAFiniteDecimal(String s) {
        assertTrue(Double.isNaN(parse(s)), s);
    }

    @Test
    void acceptsQuotesAndSurroundingSpaces() {
        assertEquals(-2.5, parse(" \"-2.5\" "));
        assertEquals(7.0, parse("7\r"));
    }

    @Test
    void readsDecimalCommasWhenToldAndOnlyThen() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 8));
            String s = i % 2 == 0 ? String.format(Locale.ROOT, "%.9E", v) : String.format(Locale.ROOT, "%.17f", v); // over 15 digits: the slow path
            byte[] comma = s.replace('.', ',').getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals(Double.parseDouble(s), DecimalParser.parse(comma, 0, comma.length, (byte) ','), s);
        }
        byte[] mixed = "1.5".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(Double.isNaN(DecimalParser.parse(mixed, 0, mixed.length, (byte) ',')));
        byte[] long_ = "1.2345678901234567891".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(Double.isNaN(DecimalParser.parse(long_, 0, long_.length, (byte) ',')), "the slow path keeps the mark too");
    }
}
