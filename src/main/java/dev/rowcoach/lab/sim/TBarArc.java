package dev.rowcoach.lab.sim;



/**
 * A landmine T-bar: the handle end moves on a circle about the pivot on the floor behind the lifter, so
 * its horizontal position follows from its height, and the bar pitches up as it rises.
 *
 * @param radiusM pivot to handle, m (1.6–2.1)
 * @param pivotX  m
 * @param pivotZ  m
 */
record TBarArc(double radiusM, double pivotX, double pivotZ) {

    /** The arc of {@code radiusM} whose handle rests on the floor at ({@code restX}, {@code restZ}). */
    static TBarArc through(double radiusM, double restX, double restZ) {
        double pivotZ = 0.05;
        return new TBarArc(radiusM, restX - Math.sqrt(radiusM * radiusM - sq(restZ - pivotZ)), pivotZ);
    }

    /** Horizontal position of the handle at height {@code z}, m. */
    double x(double z) {
        return pivotX + Math.sqrt(Math.max(0, radiusM * radiusM - sq(z - pivotZ)));
    }

    /** The bar's pitch above horizontal with the handle at height {@code z}, rad. */
    double pitchRad(double z) {
        return Math.asin(Rand.clamp((z - pivotZ) / radiusM, -1, 1));
    }

    private static double sq(double v) {
        return v * v;
    }
}
