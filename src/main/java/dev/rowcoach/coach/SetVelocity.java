package dev.rowcoach.coach;

import dev.rowcoach.grading.Grade;

import java.util.List;
import java.util.Locale;

/**
 * A set's best mean concentric velocity (MCV) and velocity loss, from its strict reps and from all its reps, and which
 * of the two the coaching uses (docs/COACHING.md, "Strict reps carry the velocity"). A cheat rep's speed is partly the
 * hips' and the torso's, not the pulling muscles', so the figures come from the reps graded strict; a set with fewer
 * than {@value #MIN_STRICT_REPS} strict reps has no strict loss to speak of and falls back to all its reps. A rep whose
 * grade is withheld or unknown is not strict.
 *
 * @param basis  which figures the coaching, the history and the load–velocity line use
 * @param strict the figures of the strict reps, or null when there are fewer than {@value #MIN_STRICT_REPS}
 * @param all    the figures of all the reps
 */
public record SetVelocity(Basis basis, Figures strict, Figures all) {

    /** Strict reps a set needs for its strict figures to be used. */
    public static final int MIN_STRICT_REPS = 2;
    /**
     * Velocity losses this far apart, percentage points, are both shown: half the smallest gap between the velocity-loss
     * thresholds that training studies compare (10 points or more, e.g. 20 % against 40 %: Pareja-Blanco et al. 2017,
     * "Effects of velocity loss during resistance training on athletic performance, strength gains and muscle
     * adaptations").
     */
    public static final double LOSS_DIFFERS_PP = 5;
    /**
     * Best MCVs this far apart, m/s, are both shown: about the session-to-session scatter of the velocity at a given
     * load in the prone bench pull (coefficient of variation 2.6–7.6 % of 0.5–1.2 m/s; García-Ramos et al. 2019).
     */
    public static final double BEST_DIFFERS_MPS = 0.03;
    /** The studies behind the rule, as reports cite them. */
    public static final String SOURCES = "González-Badillo & Sánchez-Medina 2010, \"Movement velocity as a measure of "
            + "loading intensity in resistance training\"; Sánchez-Medina & González-Badillo 2011, \"Velocity loss as an "
            + "indicator of neuromuscular fatigue during resistance training\"";

    /** Where a set's velocity figures come from. */
    public enum Basis {
        /** The reps graded strict. */
        STRICT,
        /** Every rep: fewer than {@value #MIN_STRICT_REPS} were strict. */
        ALL;

        /** "strict" or "all", as JSON writes it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The velocity figures of some of a set's reps.
     *
     * @param reps    how many reps they come from
     * @param bestMps the highest MCV among them, m/s (NaN when none has one: each may have been withheld)
     * @param lossPct velocity loss from the fastest of them to the last, % ({@link #lossPct(double, double)}); 0 for
     *                one rep, NaN when the best is not positive or the last has no MCV
     */
    public record Figures(int reps, double bestMps, double lossPct) {
    }

    public SetVelocity {
        if (basis == Basis.STRICT && strict == null) {
            throw new IllegalArgumentException("a strict basis needs the strict reps' figures");
        }
    }

    /**
     * The figures of a set whose reps have, in order, {@code grades} (null: not graded or withheld) and MCVs
     * {@code mcvMps} (m/s, NaN where unknown).
     *
     * @throws IllegalArgumentException when the lists are empty or differ in length
     */
    public static SetVelocity of(List<Grade> grades, List<Double> mcvMps) {
        if (grades.isEmpty() || grades.size() != mcvMps.size()) {
            throw new IllegalArgumentException("a set's velocity needs one grade and one MCV per rep, at least one rep; got "
                    + grades.size() + " grades and " + mcvMps.size() + " MCVs");
        }
        Figures all = figures(grades, mcvMps, false);
        Figures strict = figures(grades, mcvMps, true);
        return strict.reps() >= MIN_STRICT_REPS ? new SetVelocity(Basis.STRICT, strict, all)
                : new SetVelocity(Basis.ALL, null, all);
    }

    private static Figures figures(List<Grade> grades, List<Double> mcvMps, boolean strictOnly) {
        int n = 0;
        double best = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < grades.size(); i++) {
            if (strictOnly && grades.get(i) != Grade.STRICT) {
                continue;
            }
            Double v = mcvMps.get(i);
            double mps = v == null ? Double.NaN : v;
            n++;
            last = mps;
            if (!Double.isNaN(mps)) {
                best = Double.isNaN(best) ? mps : Math.max(best, mps);
            }
        }
        return new Figures(n, best, lossPct(best, last));
    }

    /**
     * Velocity loss within a set as velocity-based training defines it: the loss of the last rep's MCV relative to the
     * fastest rep's, {@code (best − last) / best × 100} (Sánchez-Medina &amp; González-Badillo, "Velocity loss as an
     * indicator of neuromuscular fatigue during resistance training", Med Sci Sports Exerc 2011;43(9):1725–1734).
     * NaN when {@code bestMps} is not positive, since a loss relative to no velocity means nothing.
     */
    public static double lossPct(double bestMps, double lastMps) {
        if (!(bestMps > 0)) {
            return Double.NaN;
        }
        return (bestMps - lastMps) / bestMps * 100;
    }

    /** The figures the coaching uses. */
    public Figures used() {
        return basis == Basis.STRICT ? strict : all;
    }

    /**
     * Whether the strict and the all-reps figures differ enough to show both: velocity losses at least
     * {@value #LOSS_DIFFERS_PP} points apart, or best MCVs at least {@value #BEST_DIFFERS_MPS} m/s apart. False when
     * the all-reps figures are the ones used.
     */
    public boolean differs() {
        if (basis != Basis.STRICT) {
            return false;
        }
        return apart(strict.lossPct(), all.lossPct(), LOSS_DIFFERS_PP) || apart(strict.bestMps(), all.bestMps(), BEST_DIFFERS_MPS);
    }

    /** Whether {@code a} and {@code b} are {@code by} or more apart (rounded to the reports' decimals), or one is unknown. */
    private static boolean apart(double a, double b, double by) {
        if (Double.isNaN(a) != Double.isNaN(b)) {
            return true;
        }
        return !Double.isNaN(a) && Math.abs(a - b) >= by - 1e-9;
    }

    /**
     * One line with both sets of figures and why the strict ones are used, for a report to print when they
     * {@link #differs()}; null when they do not.
     */
    public String note() {
        if (!differs()) {
            return null;
        }
        return String.format(Locale.ROOT, "strict reps only (%d): best %s m/s, velocity loss %s %%; all %d reps: best %s "
                        + "m/s, velocity loss %s %%. The strict figures are used: a cheat rep's bar speed includes the hips' "
                        + "and torso's drive, so only strict reps measure the pull, its load and its fatigue (%s).",
                strict.reps(), number(strict.bestMps(), 3), number(strict.lossPct(), 1), all.reps(),
                number(all.bestMps(), 3), number(all.lossPct(), 1), SOURCES);
    }

    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    /** Where the figures come from, in words: "the 7 strict reps", "all 8 reps, all strict", "all 5 reps: fewer than 2 strict". */
    public String source() {
        if (basis == Basis.ALL) {
            return "all " + all.reps() + " " + (all.reps() == 1 ? "rep" : "reps") + ": fewer than " + MIN_STRICT_REPS
                    + " strict";
        }
        return strict.reps() == all.reps() ? "all " + all.reps() + " reps, all strict" : "the " + strict.reps() + " strict reps";
    }
}
