package dev.rowcoach.motion;

/**
 * A rep's path features from its history: horizontal excursion along the principal horizontal direction
 * of the concentric, the descent in the 0.3 s before it, the timing of the velocity peak and the early
 * velocity. Scratch arrays are allocated once.
 */
final class PathFeatures {

    private final double dt;
    private final double[] vh1, vh2;

    PathFeatures(double dt, int capacity) {
        this.dt = dt;
        vh1 = new double[capacity];
        vh2 = new double[capacity];
    }

    /**
     * @param t, v           time (s) and drift-corrected vertical velocity (m/s) of the history
     * @param h1, h2         horizontal accelerations, m/s²
     * @param anchorFrom     first sample of the stretch the vertical velocity was anchored on (the horizontal
     *                       velocities get the same anchoring), anchorTo its last
     */
    RepShape of(double[] t, double[] v, double[] h1, double[] h2, int start, int top, int peak, int n,
                int anchorFrom, int anchorTo) {
        horizontalVelocity(h1, vh1, n, anchorFrom, anchorTo);
        horizontalVelocity(h2, vh2, n, anchorFrom, anchorTo);
        // Horizontal displacement over the concentric, relative to its start; principal axis by the 2×2 covariance.
        double x = 0, y = 0, sxx = 0, syy = 0, sxy = 0, mx = 0, my = 0;
        int count = top - start + 1;
        for (int i = start; i <= top; i++) {
            x += vh1[i] * dt;
            y += vh2[i] * dt;
            mx += x;
            my += y;
        }
        mx /= count;
        my /= count;
        x = 0;
        y = 0;
        for (int i = start; i <= top; i++) {
            x += vh1[i] * dt;
            y += vh2[i] * dt;
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
            sxy += (x - mx) * (y - my);
        }
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double ux = Math.cos(angle), uy = Math.sin(angle);
        double min = 0, max = 0;
        x = 0;
        y = 0;
        for (int i = start; i <= top; i++) {
            x += vh1[i] * dt;
            y += vh2[i] * dt;
            double p = x * ux + y * uy;
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        // Descent just before the concentric: the highest point in the preceding 0.3 s minus the start.
        double z = 0, highest = 0;
        for (int i = start - 1; i >= 0 && t[start] - t[i] <= 0.3; i--) {
            z -= v[i + 1] * dt;
            highest = Math.max(highest, z);
        }
        double concentric = t[top] - t[start];
        double timeToPeak = concentric > 0 ? (t[peak] - t[start]) / concentric : 0;
        int early = start;
        while (early < top && t[early] - t[start] < 0.05) {
            early++;
        }
        return new RepShape(max - min, highest, timeToPeak, v[early]);
    }

    private void horizontalVelocity(double[] acc, double[] out, int n, int anchorFrom, int anchorTo) {
        Series.integrate(acc, Series.mean(acc, anchorFrom, anchorTo, -1, -1), out, n, dt);
        Series.subtractMean(out, anchorFrom, anchorTo, n);
    }
}
