package dev.rowcoach.protocol.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property: on any text in the accepted syntax, {@link DecimalParser} gives bit for bit what
 * {@link Double#parseDouble} gives (NaN where the JDK's value is not finite), with a point or a comma as
 * the decimal separator, whatever path the number takes inside.
 */
class DecimalParserPropertyTest {

    private static final int CASES = 100_000;

    private static double expected(String s) {
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : Double.NaN;
    }

    private static void check(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertEquals(expected(s), DecimalParser.parse(b, 0, b.length), s);
        byte[] comma = s.replace('.', ',').getBytes(StandardCharsets.US_ASCII);
        assertEquals(expected(s), DecimalParser.parse(comma, 0, comma.length, (byte) ','), s + " with a decimal comma");
        // read where the field's end is found: between other fields, and last on a line
        byte[] row = ("1;" + s + ";x").getBytes(StandardCharsets.US_ASCII);
        int[] end = new int[1];
        double v = DecimalParser.parseField(row, 2, row.length, (byte) ';', end);
        assertEquals(expected(s), v, s + " as a field");
        assertEquals(Double.isNaN(v) ? -1 : 2 + b.length, end[0], s + ": the field's end");
        assertEquals(expected(s), DecimalParser.parseField(b, 0, b.length, (byte) ',', end), s + " last on a line");
        assertEquals(Double.isNaN(v) ? -1 : b.length, end[0], s + ": the line's end");
    }

    @Test
    void aFieldThatIsNotANumberAloneIsLeftToTheCaller() {
        int[] end = new int[1];
        // each field, and what the caller's full read then gives
        String[][] fields = {{" 1.5", "1.5"}, {"1.5 ", "1.5"}, {"\"1.5\"", "1.5"}, {"1.5\r", "1.5"}, {"1.5x", "NaN"},
            {"1e", "NaN"}, {"1e+", "NaN"}, {"-", "NaN"}, {".", "NaN"}, {"", "NaN"}, {"1,5", "NaN"}, {"NaN", "NaN"},
            {"1e999", "NaN"}, {"--1", "NaN"}};
        for (String[] f : fields) {
            byte[] row = (f[0] + "\t2").getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.NaN, DecimalParser.parseField(row, 0, row.length, (byte) '\t', end), f[0]);
            assertEquals(-1, end[0], f[0]);
            assertEquals(Double.parseDouble(f[1]), DecimalParser.parse(row, 0, f[0].length()), f[0]);
        }
        byte[] row = "-2.5e-3\t7".getBytes(StandardCharsets.US_ASCII);
        assertEquals(-2.5e-3, DecimalParser.parseField(row, 0, row.length, (byte) '\t', end));
        assertEquals(7, end[0]);
        assertEquals(7, DecimalParser.parseField(row, 8, row.length, (byte) '\t', end));
        assertEquals(row.length, end[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // subnormals and the edges of the double range
        "4.9e-324", "4.9E-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-323", "-1.5e-320",
        "2.2250738585072011e-308", "2.2250738585072014e-308", "2.225073858507201136057409796709131975934819546351645648e-308",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e308", "1e309", "-1e309",
        "1e-400", "-1e-400", "0e999999", "0.0000000000000000000000000000001e31",
        // 15 to 20 significant digits around the fast paths' edges
        "123456789012345", "1234567890123456", "12345678901234567", "123456789012345678", "1234567890123456789",
        "12345678901234567890", "9007199254740993", "9007199254740992.5", "-7.0102224609374995", "0.30000000000000004",
        "9999999999999999999", "18446744073709551615", "18446744073709551616", "0.1000000000000000055511151231257827",
        "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124",
        // exponents and signs
        "1e22", "1e23", "1e-22", "1e-23", "+1E+2", "-0", "+0", "-0.0e-5", "5.", ".5", "-.5e1", "1.e3", "000000000000000000001.5",
    })
    void agreesWithTheJdkOnEdgeCases(String s) {
        check(s);
    }

    @Test
    void agreesWithTheJdkOnRandomDecimals() {
        SplittableRandom r = new SplittableRandom(20261206);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            b.setLength(0);
            switch (r.nextInt(3)) {
                case 0 -> b.append('-');
                case 1 -> b.append(r.nextInt(8) == 0 ? "+" : "");
                default -> { }
            }
            int intDigits = r.nextInt(0, 12);
            int fracDigits = r.nextInt(intDigits == 0 ? 1 : 0, 22);
            for (int k = 0; k < intDigits; k++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
            if (fracDigits > 0 || r.nextBoolean()) {
                b.append('.');
            }
            for (int k = 0; k < fracDigits; k++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
            if (r.nextInt(3) == 0) {
                b.append(r.nextBoolean() ? 'e' : 'E').append(switch (r.nextInt(3)) {
                    case 0 -> "-";
                    case 1 -> "+";
                    default -> "";
                }).append(r.nextInt(r.nextBoolean() ? 30 : 340));
            }
            check(b.toString());
        }
    }

    @Test
    void agreesWithTheJdkOnEveryKindOfDouble() {
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < CASES; i++) {
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(r.nextLong()); // any bit pattern: subnormals, huge, tiny
                case 1 -> Double.longBitsToDouble(r.nextLong(0, 1L << 52)); // subnormals only
                case 2 -> (r.nextInt(-32768, 32768)) * 0.00059814453125; // int16 counts × a sensor scale
                default -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 9));
            };
            if (Double.isFinite(v)) {
                check(Double.toString(v)); // the 16–17 digits of Java's shortest round trip
                if (i % 64 == 0) {
                    check(new java.math.BigDecimal(v).toString()); // the exact value, up to 767 digits (the JDK is slow on them)
                }
            }
        }
    }
}
