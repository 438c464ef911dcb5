package dev.rowcoach.motion;

/**
 * Running estimate of the gyroscope's bias, rad/s. A bar only rocks and rolls back, so over tens of
 * seconds the mean angular rate is the bias even when the bar is never still (the real recordings show
 * ≈0.1 rad/s per axis): until the bar has been seen at rest the estimate is a running mean. At rest the
 * reading is the bias itself and the estimate converges fast; once it has been measured at rest, motion
 * only nudges it slowly (a rep's own roll rate must not be averaged in).
 */
final class GyroBiasEstimator {

    private final double tauS;
    private final double stillTauS;
    private final double[] bias = new double[3];
    /** Rest seen for this long means the bias is known, s. */
    private static final double KNOWN_AT_REST_S = 0.5;

    private long n;
    private long stillCount;

    GyroBiasEstimator(double tauS, double stillTauS) {
        this.tauS = tauS;
        this.stillTauS = stillTauS;
    }

    void update(double gx, double gy, double gz, boolean still, double dtS) {
        double k;
        if (still) {
            stillCount++;
            k = Math.max(1.0 / stillCount, dtS / stillTauS);
        } else if (stillCount * dtS >= KNOWN_AT_REST_S) {
            k = dtS / tauS;
        } else {
            n++;
            k = Math.max(1.0 / n, dtS / tauS);
        }
        bias[0] += k * (gx - bias[0]);
        bias[1] += k * (gy - bias[1]);
        bias[2] += k * (gz - bias[2]);
    }

    double x() {
        return bias[0];
    }

    double y() {
        return bias[1];
    }

    double z() {
        return bias[2];
    }

    void reset() {
        n = 0;
        stillCount = 0;
        bias[0] = bias[1] = bias[2] = 0;
    }
}
