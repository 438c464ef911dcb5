package dev.rowcoach.protocol.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link EiselLemire} gives Double.parseDouble's value bit for bit wherever it answers, and answers in its range. */
class EiselLemireTest {

    private static void check(long w, int q, boolean negative) {
        String text = (negative ? "-" : "") + Long.toUnsignedString(w) + "e" + q;
        double expected = Double.parseDouble(text);
        double value = EiselLemire.toDouble(negative, w, q);
        boolean answerable = expected != 0 && Double.isFinite(expected) && Math.abs(expected) >= Double.MIN_NORMAL;
        if (answerable) {
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(value), text);
        } else {
            assertEquals(Double.NaN, value, text);
        }
    }

    @Test
    void randomSignificandsOfUpTo19DigitsOverTheWholeRange() {
        SplittableRandom r = new SplittableRandom(19);
        for (int i = 0; i < 200_000; i++) {
            int digits = r.nextInt(1, 20);
            long w = 0;
            for (int k = 0; k < digits; k++) {
                w = w * 10 + r.nextInt(10); // 19 digits may pass Long.MAX_VALUE: read as unsigned
            }
            if (w != 0) {
                check(w, r.nextInt(EiselLemire.MIN_Q, EiselLemire.MAX_Q + 1), r.nextBoolean());
            }
        }
    }

    @Test
    void shortestRoundTripDoublesComeBackExactly() {
        SplittableRandom r = new SplittableRandom(17);
        int answered = 0;
        for (int i = 0; i < 200_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 9));
            BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
            BigInteger w = d.unscaledValue().abs();
            int q = -d.scale();
            if (w.signum() == 0 || w.bitLength() > 64 || q < EiselLemire.MIN_Q || q > EiselLemire.MAX_Q) {
                continue;
            }
            double value = EiselLemire.toDouble(v < 0, w.longValue(), q);
            assertEquals(v, value, d.toString());
            answered++;
        }
        assertTrue(answered > 150_000, "answered " + answered); // values down to 1e-8 times 0.5: most exponents in range
    }

    @Test
    void halfwayCasesRoundToEven() {
        check(9007199254740993L, 0, false); // 2^53 + 1: halfway between 2^53 and 2^53 + 2
        check(9007199254740995L, 0, false); // halfway, rounds up to even
        check(90071992547409930L, -1, true);
        check(1L, 23, false); // 1e23, the classic hard case
        check(-1L, 0, false); // 2^64 - 1, unsigned
        check(Long.MIN_VALUE, 0, false); // 2^63
        for (int q = EiselLemire.MIN_Q; q <= EiselLemire.MAX_Q; q++) {
            check(1, q, false);
            check(Long.parseUnsignedLong("9999999999999999999"), q, false);
        }
    }

    @Test
    void outsideItsRangeItLeavesTheNumberToTheCaller() {
        assertEquals(Double.NaN, EiselLemire.toDouble(false, 1, EiselLemire.MIN_Q - 1));
        assertEquals(Double.NaN, EiselLemire.toDouble(false, 1, EiselLemire.MAX_Q + 1));
        assertEquals(Double.NaN, EiselLemire.toDouble(false, 0, 0));
    }
}
