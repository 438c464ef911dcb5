package dev.rowcoach.protocol.text;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes, without allocating, for the per-line hot path of the
 * text decoders.
 *
 * <p>Numbers with at most 15 significant digits and a decimal exponent within ±22 (every value a sensor
 * logs in practice) are converted exactly: the digits form an exact {@code long}, and one multiplication
 * or division by an exactly representable power of ten rounds once, so the result equals
 * {@link Double#parseDouble}. Anything else falls back to {@code Double.parseDouble}.
 */
final class DecimalParser {

    private static final double[] POW10 = new double[23];

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
        if (from >= to) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        int digits = 0;
        boolean seenPoint = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (mantissa == 0 && c == '0') {
                    if (seenPoint) {
                        exponent--;
                    }
                    continue;
                }
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    significant++;
                    if (seenPoint) {
                        exponent--;
                    }
                } else if (!seenPoint) {
                    exponent++;
                }
            } else if (c == point && !seenPoint) {
                seenPoint = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to) {
            if (b[i] != 'e' && b[i] != 'E') {
                return Double.NaN;
            }
            i++;
            boolean expNegative = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            int e = 0;
            int expDigits = 0;
            for (; i < to; i++) {
                byte c = b[i];
                if (c < '0' || c > '9') {
                    return Double.NaN;
                }
                if (e < 100_000) {
                    e = e * 10 + (c - '0');
                }
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            exponent += expNegative ? -e : e;
        }
        double value;
        if (significant <= 15 && Math.abs(exponent) < POW10.length) {
            value = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
            if (mantissa == 0) {
                value = 0;
            }
        } else {
            value = slowPath(b, from, to, point);
            return Double.isFinite(value) ? value : Double.NaN;
        }
        return negative ? -value : value;
    }

    private static double slowPath(byte[] b, int from, int to, byte point) {
        try {
            String text = new String(b, from, to - from, StandardCharsets.US_ASCII);
            return Double.parseDouble(point == '.' ? text : text.replace('.', 'x').replace((char) point, '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
