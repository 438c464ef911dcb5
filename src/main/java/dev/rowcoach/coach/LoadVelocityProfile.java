package dev.rowcoach.coach;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.List;

/**
 * A lifter's load–velocity line for one exercise: each set's best mean concentric velocity against its load,
 * fitted with a straight line (the relation is close to linear in the prone bench pull: García-Ramos et al.
 * 2019), and where it reaches the minimum velocity threshold, an estimated one-rep maximum with a 95 % interval.
 *
 * @param points        the sets it was fitted on
 * @param distinctLoads how many different loads they were lifted with
 * @param slopeMpsPerKg velocity change per kg (negative when the bar slows with load); NaN with fewer than 2 loads
 * @param interceptMps  the line's velocity at 0 kg; NaN with fewer than 2 loads
 * @param r2            coefficient of determination; NaN with fewer than 2 loads
 * @param mvtMps        the minimum velocity threshold: mean velocity of a one-rep maximum, m/s
 * @param outcome       whether there is an estimate and, if not, why
 * @param e1rmKg        estimated one-rep maximum, kg, when {@code outcome} is {@link Outcome#ESTIMATE}, else NaN
 * @param e1rmLowKg     lower end of its 95 % prediction interval, kg, else NaN
 * @param e1rmHighKg    upper end, kg, else NaN
 */
public record LoadVelocityProfile(List<PastSet> points, int distinctLoads, double slopeMpsPerKg,
                                  double interceptMps, double r2, double mvtMps, Outcome outcome, double e1rmKg,
                                  double e1rmLowKg, double e1rmHighKg) {

    /** What came of the fit. */
    public enum Outcome {
        /** Too few sets or loads to fit a line that means anything. */
        TOO_FEW("too-few"),
        /** The line does not fall with load, or scatters too much. */
        FLAT("flat"),
        /** The line reaches the threshold only far beyond the loads lifted. */
        FAR("far"),
        /** An estimate with its interval. */
        ESTIMATE("estimate");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        /** The word in reports and rule cases. */
        public String word() {
            return word;
        }
    }

    public LoadVelocityProfile {
        points = List.copyOf(points);
    }

    /** The heaviest load of {@code points}, kg. */
    public double heaviestKg() {
        return points.stream().mapToDouble(PastSet::loadKg).max().orElse(Double.NaN);
    }

    /** The lightest load of {@code points}, kg. */
    public double lightestKg() {
        return points.stream().mapToDouble(PastSet::loadKg).min().orElse(Double.NaN);
    }

    /**
     * Fits {@code points} (each with a load and a best velocity).
     *
     * @param minPoints        fewer sets than this: {@link Outcome#TOO_FEW} (at least 3, for an interval)
     * @param minLoads         fewer different loads than this: {@link Outcome#TOO_FEW} (at least 2)
     * @param minR2            a looser line than this: {@link Outcome#FLAT}
     * @param maxExtrapolation an estimate beyond this many times the heaviest load: {@link Outcome#FAR}
     */
    static LoadVelocityProfile fit(List<PastSet> points, double mvtMps, int minPoints, int minLoads, double minR2,
                                   double maxExtrapolation) {
        int loads = (int) points.stream().mapToDouble(PastSet::loadKg).distinct().count();
        if (loads < 2) {
            return new LoadVelocityProfile(points, loads, Double.NaN, Double.NaN, Double.NaN, mvtMps,
                    Outcome.TOO_FEW, Double.NaN, Double.NaN, Double.NaN);
        }
        SimpleRegression line = new SimpleRegression();
        double sumX = 0;
        double heaviest = 0;
        for (PastSet p : points) {
            line.addData(p.loadKg(), p.bestVelocityMps());
            sumX += p.loadKg();
            heaviest = Math.max(heaviest, p.loadKg());
        }
        double b = line.getSlope();
        double a = line.getIntercept();
        double r2 = line.getRSquare();
        int n = points.size();
        Outcome outcome;
        double e1rm = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        if (n < Math.max(3, minPoints) || loads < Math.max(2, minLoads)) {
            outcome = Outcome.TOO_FEW;
        } else if (!(b < 0) || !(r2 >= minR2)) {
            outcome = Outcome.FLAT;
        } else {
            double x0 = (mvtMps - a) / b;
            if (x0 > maxExtrapolation * heaviest) {
                outcome = Outcome.FAR;
            } else {
                // Inverse prediction: the load at which a new set's best rep would move at the threshold, with the
                // scatter of the points about the line carried through the slope (delta method, t with n - 2 df).
                double s = Math.sqrt(line.getMeanSquareError());
                double meanX = sumX / n;
                double se = s / Math.abs(b) * Math.sqrt(1 + 1.0 / n + (x0 - meanX) * (x0 - meanX) / line.getXSumSquares());
                double t = new TDistribution(n - 2).inverseCumulativeProbability(0.975);
                outcome = Outcome.ESTIMATE;
                e1rm = x0;
                low = x0 - t * se;
                high = x0 + t * se;
            }
        }
        return new LoadVelocityProfile(points, loads, b, a, r2, mvtMps, outcome, e1rm, low, high);
    }
}
