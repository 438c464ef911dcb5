package dev.rowcoach.motion;

/**
 * A rep's path features from its history (see {@link RepShape} and docs/GRADING.md): horizontal excursion
 * along the principal horizontal direction of the concentric, the pre-pull dip, the timing of the velocity
 * peak, the early velocity, and the split of the concentric path into an arm pull and an early component
 * (what a torso swing adds). Scratch arrays are allocated once; nothing is allocated per rep.
 */
final class PathFeatures {

    /** How far back before the concentric the dip's start (the last near-stop of the bar) is searched, s. */
    static final double DIP_SEARCH_S = 0.5;
    /** Velocity this long after the concentric start is its "start velocity", s. */
    static final double START_VELOCITY_AFTER_S = 0.05;
    /** Candidate ends of the early component, as fractions of the concentric: 0.40, 0.45, … 0.80. */
    static final double EARLY_MIN = 0.40, EARLY_MAX = 0.80, EARLY_STEP = 0.05;
    /** Weight of the horizontal residual when the early movement's end is chosen on both axes. */
    static final double HORIZONTAL_WEIGHT = 2.0;

    private final double dt;
    private final double[] vh1, vh2, z, p;
    /** The best split found by {@link #split}: the early movement's vertical and horizontal sizes (m), its end. */
    private double earlyZ, earlyP, splitFraction;
    /** The principal horizontal direction of the last {@link #of} call's concentric (unit vector on h1, h2). */
    private double axisX = 1, axisY = 0;

    PathFeatures(double dt, int capacity) {
        this.dt = dt;
        vh1 = new double[capacity];
        vh2 = new double[capacity];
        z = new double[capacity];
        p = new double[capacity];
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
        axisX = ux;
        axisY = uy;
        // Positions relative to the concentric start (trapezoids), projected on the principal axis.
        double min = 0, max = 0;
        p[0] = 0;
        z[0] = 0;
        for (int i = start + 1; i <= top; i++) {
            int k = i - start;
            p[k] = p[k - 1] + 0.5 * ((vh1[i - 1] + vh1[i]) * ux + (vh2[i - 1] + vh2[i]) * uy) * dt;
            z[k] = z[k - 1] + 0.5 * (v[i - 1] + v[i]) * dt;
            min = Math.min(min, p[k]);
            max = Math.max(max, p[k]);
        }
        split(count, HORIZONTAL_WEIGHT);
        double earlyPathM = Math.hypot(earlyZ, earlyP);
        double earlyEnd = splitFraction;
        split(count, 0);
        double earlyVerticalM = earlyZ;
        double concentric = t[top] - t[start];
        double timeToPeak = concentric > 0 ? (t[peak] - t[start]) / concentric : 0;
        int early = start;
        while (early < top && t[early] - t[start] < START_VELOCITY_AFTER_S) {
            early++;
        }
        return new RepShape(max - min, dip(t, v, start), timeToPeak, v[early], earlyPathM, earlyVerticalM, earlyEnd);
    }

    /**
     * The bar path from sample {@code from} (the concentric start) to {@code to} (the bottom), downsampled to at
     * most {@value BarPath#MAX_POINTS} points: the vertical velocity {@code v} and the horizontal velocities of the
     * last {@link #of} call (on the same history) along its principal direction, integrated by trapezoids. The
     * horizontal sign makes the displacement at {@code top} (the concentric end) non-negative. {@link BarPath#NONE}
     * when the span has fewer than two samples. Reads the arrays only: the features are not changed.
     */
    BarPath path(double[] v, int from, int top, int to) {
        int count = to - from + 1;
        if (from < 0 || count < 2) {
            return BarPath.NONE;
        }
        int points = Math.min(BarPath.MAX_POINTS, count);
        double[] vertical = new double[points];
        double[] horizontal = new double[points];
        double z = 0, h = 0, atTop = 0;
        int k = 0;
        for (int i = from; i <= to; i++) {
            if (i > from) {
                z += 0.5 * (v[i - 1] + v[i]) * dt;
                h += 0.5 * ((vh1[i - 1] + vh1[i]) * axisX + (vh2[i - 1] + vh2[i]) * axisY) * dt;
            }
            if (i == top) {
                atTop = h;
            }
            // Point k sits at sample from + round(k (count − 1) / (points − 1)): evenly spaced, first and last kept.
            while (k < points && from + Math.round((double) k * (count - 1) / (points - 1)) == i) {
                vertical[k] = z;
                horizontal[k] = h;
                k++;
            }
        }
        if (atTop < 0) {
            for (int j = 0; j < points; j++) {
                horizontal[j] = -horizontal[j];
            }
        }
        return new BarPath(vertical, horizontal);
    }

    /**
     * The pre-pull dip: how far the bar went down since it last nearly stopped before the concentric (the
     * latest local maximum of vertical velocity, or the end of a hold, in the {@value #DIP_SEARCH_S} s before
     * it), m. A lowering that ends straight in the pull has no such point and no dip; a dip is a second
     * descent after the lowering slowed down, or a descent from a hold.
     */
    static double dip(double[] t, double[] v, int start) {
        double drop = 0;
        for (int i = start - 1; i >= 1 && t[start] - t[i] <= DIP_SEARCH_S; i--) {
            drop -= v[i] * (t[i + 1] - t[i]);
            if (v[i] >= v[i - 1] && v[i] >= v[i + 1] && (v[i] > v[i - 1] || v[i] > v[i + 1])) {
                return Math.max(0, drop);
            }
        }
        return 0;
    }

    /**
     * Splits the concentric path ({@link #z} vertical, {@link #p} horizontal, {@code count} samples from the
     * start) into a smooth pull over the whole concentric and a smooth early component that ends at a fraction
     * f of it: position = P·s(τ) + E·s(τ/f), s the minimum-jerk position profile (clamped at 1). Vertical sizes
     * are kept non-negative (both move the bar up); f is chosen among the candidates by the least squared
     * residual, the horizontal one weighted by {@code horizontalWeight} (0: the vertical path alone). Sets
     * {@link #earlyZ}, {@link #earlyP}, {@link #splitFraction}; no early movement when the concentric is shorter
     * than three samples or no candidate can be fitted.
     */
    private void split(int count, double horizontalWeight) {
        double best = Double.POSITIVE_INFINITY;
        earlyZ = 0;
        earlyP = 0;
        splitFraction = EARLY_MAX;
        if (count < 3) {
            return;
        }
        for (double f = EARLY_MIN; f <= EARLY_MAX + 1e-9; f += EARLY_STEP) {
            double uu = 0, ue = 0, ee = 0, uz = 0, ez = 0, zz = 0, up = 0, ep = 0, pp = 0;
            for (int i = 0; i < count; i++) {
                double tau = (double) i / (count - 1);
                double u = minimumJerk(tau);
                double e = minimumJerk(tau / f);
                uu += u * u;
                ue += u * e;
                ee += e * e;
                uz += u * z[i];
                ez += e * z[i];
                zz += z[i] * z[i];
                up += u * p[i];
                ep += e * p[i];
                pp += p[i] * p[i];
            }
            double det = uu * ee - ue * ue;
            if (det <= 1e-12 * uu * ee) {
                continue;
            }
            // Vertical: non-negative least squares on two columns (both parts lift the bar).
            double cu = (ee * uz - ue * ez) / det;
            double ce = (uu * ez - ue * uz) / det;
            if (cu < 0 || ce < 0) {
                double onlyU = Math.max(0, uz / uu), onlyE = Math.max(0, ez / ee);
                boolean pullOnly = onlyU * uz >= onlyE * ez;
                cu = pullOnly ? onlyU : 0;
                ce = pullOnly ? 0 : onlyE;
            }
            double errZ = zz - 2 * (cu * uz + ce * ez) + cu * cu * uu + 2 * cu * ce * ue + ce * ce * ee;
            // Horizontal: plain least squares (the direction of the principal axis is arbitrary).
            double hu = (ee * up - ue * ep) / det;
            double he = (uu * ep - ue * up) / det;
            double errP = pp - 2 * (hu * up + he * ep) + hu * hu * uu + 2 * hu * he * ue + he * he * ee;
            double err = errZ + horizontalWeight * errP;
            if (err < best) {
                best = err;
                earlyZ = ce;
                earlyP = he;
                splitFraction = f;
            }
        }
    }

    /** Minimum-jerk position profile from 0 to 1 over τ ∈ [0, 1], 0 before and 1 after. */
    static double minimumJerk(double tau) {
        if (tau <= 0) {
            return 0;
        }
        if (tau >= 1) {
            return 1;
        }
        return tau * tau * tau * (10 - 15 * tau + 6 * tau * tau);
    }

    private void horizontalVelocity(double[] acc, double[] out, int n, int anchorFrom, int anchorTo) {
        Series.integrate(acc, Series.mean(acc, anchorFrom, anchorTo, -1, -1), out, n, dt);
        Series.subtractMean(out, anchorFrom, anchorTo, n);
    }
}
