package dev.rowcoach.motion;

import java.util.Arrays;

/**
 * A rep's bar path, downsampled for drawing: the bar's vertical and horizontal displacement from the start of
 * the concentric to the end of the eccentric (the bottom), at most {@value #MAX_POINTS} points evenly spaced in
 * time. Vertical is against gravity; horizontal is along the rep's main horizontal direction (the one
 * {@link RepShape#horizontalM()} is measured along), signed so that the bar is at or ahead of its start at the
 * top of the pull: the sensor cannot tell which way the lifter faced. Without a gyroscope the horizontal path is
 * unreliable (docs/GRADING.md). Immutable; built once per measured rep, never per sample.
 */
public final class BarPath {

    /** The most points a path keeps. */
    public static final int MAX_POINTS = 48;

    /** No path: the rep was too short to draw, or it was made without one. */
    public static final BarPath NONE = new BarPath(new double[0], new double[0]);

    private final double[] verticalM;
    private final double[] horizontalM;

    /** Takes ownership of the arrays (of equal length, at most {@value #MAX_POINTS}). */
    BarPath(double[] verticalM, double[] horizontalM) {
        if (verticalM.length != horizontalM.length || verticalM.length > MAX_POINTS) {
            throw new IllegalArgumentException("a bar path has at most " + MAX_POINTS + " points of both axes, got "
                    + verticalM.length + " and " + horizontalM.length);
        }
        this.verticalM = verticalM;
        this.horizontalM = horizontalM;
    }

    /** Number of points (0 for {@link #NONE}). */
    public int size() {
        return verticalM.length;
    }

    /** Vertical displacement at point {@code i} since the concentric start, m (up is positive). */
    public double verticalM(int i) {
        return verticalM[i];
    }

    /** Horizontal displacement at point {@code i} since the concentric start, m. */
    public double horizontalM(int i) {
        return horizontalM[i];
    }

    /** Equal when every point is (so records holding a path compare by value). */
    @Override
    public boolean equals(Object o) {
        return o instanceof BarPath p && Arrays.equals(verticalM, p.verticalM) && Arrays.equals(horizontalM, p.horizontalM);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(verticalM) + Arrays.hashCode(horizontalM);
    }
}
