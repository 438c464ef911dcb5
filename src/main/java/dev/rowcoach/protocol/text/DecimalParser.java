package dev.rowcoach.protocol.text;

import ch.randelshofer.fastdoubleparser.ConfigurableDoubleParser;
import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import ch.randelshofer.fastdoubleparser.NumberFormatSymbols;

import java.util.List;

/**
 * Parses decimal numbers straight from bytes, without allocating, for the per-line hot path of the
 * text decoders. The result always equals {@link Double#parseDouble} on the same text (with the decimal
 * comma read as a point).
 *
 * <p>The accepted syntax is strict: an optional sign, digits with at most one decimal separator (at least
 * one digit), an optional exponent {@code e}/{@code E} with an optional sign and at least one digit;
 * surrounding spaces, a trailing {@code \r} and one pair of double quotes are allowed. Anything else
 * ({@code NaN}, {@code Infinity}, hexadecimal, type suffixes, a second separator) and any value that
 * overflows to infinity gives {@code NaN}.
 *
 * <p>Two exact conversions, both from the bytes: numbers written with at most 15 digits (leading zeros
 * included) and a decimal exponent within ±22 (what sensors log with up to 6 or 7 digits) form an exact
 * {@code long} that one multiplication or division by an exactly representable power of ten rounds once
 * (Clinger's fast path);
 * every other number (the 16–17 digits of a shortest round-trip double, 18–20 digits, extreme exponents,
 * subnormals) goes to FastDoubleParser (Eisel–Lemire, with an exact fallback), which reads the same bytes.
 */
final class DecimalParser {

    private static final double[] POW10 = new double[23];
    /** Most digits whose {@code long} is below 2^53, so that it times a power of ten rounds once. */
    private static final int FAST_DIGITS = 15;
    /** Most digits whose {@code long}, read as unsigned, is exact: below 10^19 < 2^64. */
    private static final int EXACT_DIGITS = 19;
    /** Numbers written with a decimal comma and no grouping; the syntax was checked before it runs. */
    private static final ConfigurableDoubleParser COMMA = new ConfigurableDoubleParser(new NumberFormatSymbols(
            ",", "", List.of("e", "E"), "-", "+", List.of(), List.of(), "0123456789"));

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private DecimalParser() {
    }

    /**
     * The number in {@code b[from..to)}, surrounding spaces and one pair of double quotes allowed;
     * {@code NaN} when the text is not a finite decimal number.
     */
    static double parse(byte[] b, int from, int to) {
        return parse(b, from, to, (byte) '.');
    }

    /**
     * As {@link #parse(byte[], int, int)}, with {@code point} ('.' or ',') as the decimal separator, for
     * exports written with a decimal comma.
     */
    static double parse(byte[] b, int from, int to, byte point) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\r')) {
            to--;
        }
        if (to - from >= 2 && b[from] == '"' && b[to - 1] == '"') {
            from++;
            to--;
        }
        return number(b, from, to, point, NO_DELIMITER, null);
    }

    /**
     * The number that starts at {@code b[from]} and ends at the first {@code delimiter} (or at {@code to}), read in
     * the same pass that finds that end, which goes to {@code end[0]}; for the text decoder's rows, where the field
     * is not split off first. Only a field that is the number alone is read so (no spaces, quotes or other bytes):
     * any other field gives {@code NaN} and {@code end[0] = -1}, and the caller splits it off and reads it with
     * {@link #parse(byte[], int, int)}. A number read so equals what that gives for the field.
     */
    static double parseField(byte[] b, int from, int to, byte delimiter, int[] end) {
        return number(b, from, to, (byte) '.', delimiter, end);
    }

    /** Never equal to a byte: {@link #number} then reads up to {@code to}. */
    private static final int NO_DELIMITER = Integer.MIN_VALUE;

    /**
     * The number in {@code b[from..stop)}, where {@code stop} is the first {@code delimiter} at or after {@code from}
     * or {@code to}; {@code NaN} (and {@code end[0] = -1}) when those bytes are not a number in the strict syntax,
     * else {@code end[0] = stop} ({@code end} may be null).
     */
    private static double number(byte[] b, int from, int to, byte point, int delimiter, int[] end) {
        if (end != null) {
            end[0] = -1;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        // Digits accumulate into a long; it is exact (and used) only when there are at most FAST_DIGITS.
        long mantissa = 0;
        int digitsFrom = i;
        for (int d; i < to && (d = b[i] - '0') >= 0 && d <= 9; i++) {
            mantissa = mantissa * 10 + d;
        }
        int digits = i - digitsFrom;
        int exponent = 0;
        if (i < to && b[i] == point) {
            i++;
            int fractionFrom = i;
            for (int d; i < to && (d = b[i] - '0') >= 0 && d <= 9; i++) {
                mantissa = mantissa * 10 + d;
            }
            digits += i - fractionFrom;
            exponent = fractionFrom - i;
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            int e = 0;
            int expFrom = i;
            for (int d; i < to && (d = b[i] - '0') >= 0 && d <= 9; i++) {
                if (e < 100_000) {
                    e = e * 10 + d;
                }
            }
            if (i == expFrom) {
                return Double.NaN;
            }
            exponent += expNegative ? -e : e;
        }
        if (i < to && b[i] != delimiter) {
            return Double.NaN;
        }
        if (end != null) {
            end[0] = i;
        }
        if (digits <= FAST_DIGITS) {
            if (mantissa == 0) {
                return negative ? -0.0 : 0.0;
            }
            if (Math.abs(exponent) < POW10.length) {
                double value = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
                return negative ? -value : value;
            }
        }
        if (digits <= EXACT_DIGITS) {
            double value = EiselLemire.toDouble(negative, mantissa, exponent);
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        double value = point == '.' ? JavaDoubleParser.parseDouble(b, from, i - from) : COMMA.parseDouble(b, from, i - from);
        if (Double.isFinite(value)) {
            return value;
        }
        if (end != null) {
            end[0] = -1;
        }
        return Double.NaN;
    }
}
