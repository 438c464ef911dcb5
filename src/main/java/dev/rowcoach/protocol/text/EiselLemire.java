package dev.rowcoach.protocol.text;

import java.math.BigInteger;

/**
 * The double nearest to {@code w × 10^q} for a decimal significand of up to 19 digits, by the Eisel–Lemire method
 * (Daniel Lemire, "Number Parsing at a Gigabyte per Second", Software: Practice and Experience, 2021): one or two
 * 64 × 128-bit products with a truncated power of five, rounded to nearest even. It takes the significand the
 * {@link DecimalParser} has already gathered from the bytes, so a 16–17 digit number (a shortest round-trip
 * double, as simulators and {@code Double.toString} write) is not scanned a second time by FastDoubleParser.
 *
 * <p>Only exponents in [{@value #MIN_Q}, {@value #MAX_Q}] are handled, where the truncated power of five makes the
 * product exact enough that no case needs a fallback (the paper's proof); a result that would be subnormal or
 * infinite, and any other exponent, gives {@code NaN}, and the caller reads the number the general way.
 */
final class EiselLemire {

    static final int MIN_Q = -27;
    static final int MAX_Q = 55;
    /** 5^q for q in [MIN_Q, MAX_Q] as 128 bits with the top bit set: high and low halves. */
    private static final long[] HI = new long[MAX_Q - MIN_Q + 1];
    private static final long[] LO = new long[MAX_Q - MIN_Q + 1];

    static {
        BigInteger low64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int q = MIN_Q; q <= MAX_Q; q++) {
            BigInteger c;
            if (q >= 0) {
                // 5^q normalised into [2^127, 2^128), truncated (exact up to q = 55)
                BigInteger p = BigInteger.valueOf(5).pow(q);
                int shift = 128 - p.bitLength();
                c = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
            } else {
                // 2^b / 5^-q rounded up, b chosen so that the quotient lies in [2^127, 2^128)
                BigInteger p = BigInteger.valueOf(5).pow(-q);
                int z = p.subtract(BigInteger.ONE).bitLength(); // the least z with 2^z >= 5^-q
                c = BigInteger.ONE.shiftLeft(z + 127).divide(p).add(BigInteger.ONE);
            }
            HI[q - MIN_Q] = c.shiftRight(64).longValue();
            LO[q - MIN_Q] = c.and(low64).longValue();
        }
    }

    private EiselLemire() {
    }

    /**
     * The double nearest to {@code ±w × 10^q}, {@code w} read as unsigned (at most 19 decimal digits, not 0);
     * {@code NaN} when {@code q} is out of range or the result is subnormal or overflows.
     */
    static double toDouble(boolean negative, long w, int q) {
        if (q < MIN_Q || q > MAX_Q || w == 0) {
            return Double.NaN;
        }
        int lz = Long.numberOfLeadingZeros(w);
        w <<= lz;
        int k = q - MIN_Q;
        long lo = w * HI[k];
        long hi = unsignedMultiplyHigh(w, HI[k]);
        if ((hi & 0x1FF) == 0x1FF) { // the low bits might carry into the 55 that count: add the next 64 bits
            long next = unsignedMultiplyHigh(w, LO[k]);
            long sum = lo + next;
            if (Long.compareUnsigned(sum, lo) < 0) {
                hi++;
            }
            lo = sum;
        }
        int upperBit = (int) (hi >>> 63);
        long mantissa = hi >>> (upperBit + 9);
        // floor(q × log2(10)) + 63, by a fixed-point multiplication exact over this range, plus the double's bias
        int power2 = (int) (((217706L * q) >> 16) + 63 + upperBit - lz + 1023);
        if (power2 <= 0) {
            return Double.NaN;
        }
        // exactly halfway between two doubles: round to even (only possible for small exponents)
        if (Long.compareUnsigned(lo, 1) <= 0 && q >= -4 && q <= 23 && (mantissa & 3) == 1
                && (mantissa << (upperBit + 9)) == hi) {
            mantissa &= ~1L;
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if (mantissa >= (2L << 52)) {
            mantissa = 1L << 52;
            power2++;
        }
        mantissa &= ~(1L << 52);
        if (power2 >= 0x7FF) {
            return Double.NaN;
        }
        long bits = mantissa | ((long) power2 << 52) | (negative ? Long.MIN_VALUE : 0);
        return Double.longBitsToDouble(bits);
    }

    /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh arrived in Java 18). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
