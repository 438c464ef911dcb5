package dev.rowcoach.lab.bench;



/**
 * A time interval on the stream timeline, s from the first sample.
 *
 * @param startS s
 * @param endS   s (an interval that ends before it starts is empty)
 */
public record Interval(double startS, double endS) {

    /** The length of time both intervals cover, s; 0 when they only touch or do not meet. */
    public double overlapS(Interval other) {
        return Math.max(0, Math.min(endS, other.endS) - Math.max(startS, other.startS));
    }
}
