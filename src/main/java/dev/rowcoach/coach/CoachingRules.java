package dev.rowcoach.coach;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coaching rules as the code knows them: one record per rule of the guidance resource, with its parameters
 * typed and the names of its cases. Built when the book is read: a rule, parameter or case the code names and the
 * resource lacks (a typo on either side), one the resource has and the code does not know, or a count that is not
 * a whole number, fails there with one message (at start-up, and in {@code CoachingRulesTest}), never on the
 * first set that reaches it.
 */
public record CoachingRules(CheatWherePays cheatWherePays, DontFlop dontFlop, StrictVariants strictVariants,
                            Effort effort, HeavyLowReps heavyLowReps, Volume volume, LoadVelocity loadVelocity) {

    /**
     * Body English where it pays: reserved for the last reps of a set.
     *
     * @param reserved   exercises where it applies
     * @param minReps    a set at least this long, all strict and with little velocity loss, has room for it
     * @param maxLossPct velocity loss below which the strict set had room, %
     */
    public record CheatWherePays(List<String> reserved, int minReps, double maxLossPct) {
        static final String ID = "cheat-where-it-pays";
        static final String EARLY = "early", ROOM = "room";
    }

    /** Never flop: a rep above the cheat threshold. */
    public record DontFlop() {
        static final String ID = "dont-flop";
        static final String EXCESSIVE = "excessive";
    }

    /**
     * Strict variants stay strict; a strict Kroc row set of {@code minReps} or more is not how it is done.
     *
     * @param kroc exercises lifted with body English on purpose
     */
    public record StrictVariants(List<String> kroc, int minReps) {
        static final String ID = "strict-variants";
        static final String STRICT = "strict", KROC = "kroc";
    }

    /**
     * Effort: a session whose sets of {@code minReps} or more all lost less than {@code maxLossPct} % was easy.
     */
    public record Effort(int minReps, double maxLossPct) {
        static final String ID = "effort";
        static final String EASY = "easy";
    }

    /** Heavy low-rep sets: none of {@code maxReps} or fewer in {@code windowDays} days. */
    public record HeavyLowReps(int maxReps, int windowDays) {
        static final String ID = "heavy-low-reps";
        static final String NONE = "none";
    }

    /** Weekly volume: {@code minHardSets} to {@code maxHardSets} hard sets a week; its cases are the week's standing. */
    public record Volume(int minHardSets, int maxHardSets) {
        static final String ID = "volume";
        static final List<String> CASES = List.of("below", "within", "above");
    }

    /**
     * The load–velocity line over {@code windowDays} days and its estimated one-rep maximum; its cases are the
     * line's outcomes.
     *
     * @param mvtMps           minimum velocity threshold, m/s
     * @param minR2            the line's least coefficient of determination
     * @param maxExtrapolation how far past the heaviest load the estimate may reach, as a ratio
     */
    public record LoadVelocity(double mvtMps, int minPoints, int minLoads, double minR2, int windowDays,
                               double maxExtrapolation) {
        static final String ID = "load-velocity";
        static final List<String> CASES = List.of("estimate", "flat", "far");
    }

    /**
     * The typed rules of {@code rules} (the resource's, by id).
     *
     * @throws IllegalStateException naming the rule and what does not match
     */
    static CoachingRules of(Map<String, GuidanceBook.Rule> rules) {
        Reader r = new Reader(rules);
        CoachingRules typed = new CoachingRules(
                new CheatWherePays(r.exercises(CheatWherePays.ID, "reserved"), r.count(CheatWherePays.ID, "minReps"),
                        r.number(CheatWherePays.ID, "maxLossPct")),
                new DontFlop(),
                new StrictVariants(r.exercises(StrictVariants.ID, "kroc"), r.count(StrictVariants.ID, "minReps")),
                new Effort(r.count(Effort.ID, "minReps"), r.number(Effort.ID, "maxLossPct")),
                new HeavyLowReps(r.count(HeavyLowReps.ID, "maxReps"), r.count(HeavyLowReps.ID, "windowDays")),
                new Volume(r.count(Volume.ID, "minHardSets"), r.count(Volume.ID, "maxHardSets")),
                new LoadVelocity(r.number(LoadVelocity.ID, "mvtMps"), r.count(LoadVelocity.ID, "minPoints"),
                        r.count(LoadVelocity.ID, "minLoads"), r.number(LoadVelocity.ID, "minR2"),
                        r.count(LoadVelocity.ID, "windowDays"), r.number(LoadVelocity.ID, "maxExtrapolation")));
        r.cases(CheatWherePays.ID, List.of(CheatWherePays.EARLY, CheatWherePays.ROOM));
        r.cases(DontFlop.ID, List.of(DontFlop.EXCESSIVE));
        r.cases(StrictVariants.ID, List.of(StrictVariants.STRICT, StrictVariants.KROC));
        r.cases(Effort.ID, List.of(Effort.EASY));
        r.cases(HeavyLowReps.ID, List.of(HeavyLowReps.NONE));
        r.cases(Volume.ID, Volume.CASES);
        r.cases(LoadVelocity.ID, LoadVelocity.CASES);
        r.nothingUnknown();
        return typed;
    }

    /** Reads the parameters of the resource's rules, remembering what was read to find what was not. */
    private static final class Reader {
        private final Map<String, GuidanceBook.Rule> rules;
        private final Set<String> rulesRead = new HashSet<>();
        private final Set<String> read = new HashSet<>();

        Reader(Map<String, GuidanceBook.Rule> rules) {
            this.rules = rules;
        }

        private GuidanceBook.Rule rule(String id) {
            GuidanceBook.Rule r = rules.get(id);
            if (r == null) {
                throw new IllegalStateException("guidance resource has no rule " + id);
            }
            rulesRead.add(id);
            return r;
        }

        double number(String id, String name) {
            Double v = rule(id).params().get(name);
            if (v == null) {
                throw new IllegalStateException("guidance rule " + id + " has no parameter " + name);
            }
            read.add(id + "/" + name);
            return v;
        }

        int count(String id, String name) {
            double v = number(id, name);
            if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalStateException("guidance rule " + id + ": " + name + " must be a whole number, not " + v);
            }
            return (int) v;
        }

        List<String> exercises(String id, String group) {
            List<String> names = rule(id).exercises().get(group);
            if (names == null) {
                throw new IllegalStateException("guidance rule " + id + " has no exercise list " + group);
            }
            read.add(id + "/exercises/" + group);
            return names;
        }

        void cases(String id, List<String> names) {
            Set<String> inFile = rule(id).messages().keySet();
            if (!inFile.equals(new LinkedHashSet<>(names))) {
                throw new IllegalStateException("guidance rule " + id + " has messages " + inFile + ", the code knows "
                        + names);
            }
        }

        void nothingUnknown() {
            for (GuidanceBook.Rule r : rules.values()) {
                if (!rulesRead.contains(r.id())) {
                    throw new IllegalStateException("guidance rule " + r.id() + " is not one the coach knows");
                }
                for (String p : r.params().keySet()) {
                    if (!read.contains(r.id() + "/" + p)) {
                        throw new IllegalStateException("guidance rule " + r.id() + " has a parameter the coach does "
                                + "not know: " + p);
                    }
                }
                for (String g : r.exercises().keySet()) {
                    if (!read.contains(r.id() + "/exercises/" + g)) {
                        throw new IllegalStateException("guidance rule " + r.id() + " has an exercise list the coach "
                                + "does not know: " + g);
                    }
                }
            }
        }
    }
}
