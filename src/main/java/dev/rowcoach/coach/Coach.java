package dev.rowcoach.coach;

import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what was measured into advice, by the rules of a {@link GuidanceBook}: per set (where body English
 * fell, flopping, strict variants), per session (effort) and on training over time (heavy low-rep sets, weekly
 * volume, the load–velocity line). Pure functions of their inputs; the wording and every threshold come from the
 * book. See docs/COACHING.md.
 */
public final class Coach {

    private static final Coach STANDARD = new Coach(GuidanceBook.standard());

    private final GuidanceBook book;
    private final CoachingRules rules;

    public Coach(GuidanceBook book) {
        this.book = book;
        this.rules = book.typed();
    }

    /** The coach of the rules shipped with rowcoach. */
    public static Coach standard() {
        return STANDARD;
    }

    /** Advice on one set of {@code exercise}, in rule order. */
    public List<Guidance> forSet(SetFacts set, ExerciseProfile exercise) {
        List<Guidance> out = new ArrayList<>();
        List<Integer> nonStrict = new ArrayList<>();
        List<Integer> excessive = new ArrayList<>();
        boolean allGraded = true;
        for (int i = 0; i < set.reps(); i++) {
            Grade g = set.grades().get(i);
            allGraded &= g != null;
            if (g != null && g != Grade.STRICT) {
                nonStrict.add(i + 1);
            }
            if (g == Grade.EXCESSIVE) {
                excessive.add(i + 1);
            }
        }
        boolean allStrict = allGraded && nonStrict.isEmpty();
        String reps = Integer.toString(set.reps());

        CoachingRules.CheatWherePays pays = rules.cheatWherePays();
        if (pays.reserved().contains(exercise.name())) {
            if (!nonStrict.isEmpty() && nonStrict.get(0) <= set.reps() / 2) {
                out.add(book.advise(CoachingRules.CheatWherePays.ID, CoachingRules.CheatWherePays.EARLY,
                        Map.of("first", Integer.toString(nonStrict.get(0)), "reps", reps)));
            } else if (allStrict && set.reps() >= pays.minReps() && set.velocityLossPct() < pays.maxLossPct()) {
                out.add(book.advise(CoachingRules.CheatWherePays.ID, CoachingRules.CheatWherePays.ROOM,
                        Map.of("reps", reps, "lossPct", percent(set.velocityLossPct()))));
            }
        }
        if (!excessive.isEmpty()) {
            out.add(book.advise(CoachingRules.DontFlop.ID, CoachingRules.DontFlop.EXCESSIVE, Map.of("where", capitalised(RepList.where(excessive, set.reps())),
                    "cheatMaxDeg", number(exercise.cheatMaxDeg()))));
        }
        CoachingRules.StrictVariants variants = rules.strictVariants();
        if (!exercise.bodyEnglishExpected() && !nonStrict.isEmpty()) {
            out.add(book.advise(CoachingRules.StrictVariants.ID, CoachingRules.StrictVariants.STRICT, Map.of("where", capitalised(RepList.where(nonStrict, set.reps())),
                    "exercise", exercise.title())));
        } else if (variants.kroc().contains(exercise.name()) && allStrict && set.reps() >= variants.minReps()) {
            out.add(book.advise(CoachingRules.StrictVariants.ID, CoachingRules.StrictVariants.KROC, Map.of()));
        }
        return out;
    }

    /** Advice on the session as a whole. */
    public List<Guidance> forSession(List<SetFacts> sets) {
        CoachingRules.Effort effort = rules.effort();
        double most = Double.NEGATIVE_INFINITY;
        int judged = 0;
        for (SetFacts s : sets) {
            if (s.reps() >= effort.minReps() && !Double.isNaN(s.velocityLossPct())) {
                judged++;
                most = Math.max(most, s.velocityLossPct());
            }
        }
        if (judged == 0 || most >= effort.maxLossPct()) {
            return List.of();
        }
        return List.of(book.advise(CoachingRules.Effort.ID, CoachingRules.Effort.EASY, Map.of("maxLossPct", number(effort.maxLossPct()),
                "maxSeenPct", percent(most))));
    }

    /**
     * Advice on training over time, as of {@code facts.date()}: heavy low-rep sets in the recent history, the week's
     * hard sets against the volume guidance (both only with history), and the load–velocity line of the session's
     * exercise with an estimated one-rep maximum.
     *
     * @param mvtMps the minimum velocity threshold, m/s, or null for the rule's default
     */
    public TrainingReview review(TrainingFacts facts, Double mvtMps) {
        List<Guidance> out = new ArrayList<>();
        if (facts.fromHistory()) {
            CoachingRules.HeavyLowReps heavy = rules.heavyLowReps();
            LocalDate from = facts.date().minusDays(heavy.windowDays() - 1L);
            boolean lowReps = facts.sets().stream().anyMatch(s -> within(s.date(), from, facts.date())
                    && s.reps() <= heavy.maxReps());
            if (!lowReps) {
                out.add(book.advise(CoachingRules.HeavyLowReps.ID, CoachingRules.HeavyLowReps.NONE, Map.of(
                        "maxReps", Integer.toString(heavy.maxReps()), "windowDays", Integer.toString(heavy.windowDays()))));
            }
        }
        WeekSummary week = facts.weeks().isEmpty() ? null : facts.weeks().get(facts.weeks().size() - 1);
        if (week != null) {
            CoachingRules.Volume volume = rules.volume();
            int min = volume.minHardSets();
            out.add(book.advise(CoachingRules.Volume.ID, week.standing(), Map.of("week", week.week(),
                    "hardSets", Integer.toString(week.hardSets()), "setWord", week.hardSets() == 1 ? "set" : "sets",
                    "short", Integer.toString(min - week.hardSets()), "minHardSets", Integer.toString(min),
                    "maxHardSets", Integer.toString(volume.maxHardSets()))));
        }
        LoadVelocityProfile profile = loadVelocity(facts, mvtMps);
        if (profile != null && profile.outcome() != LoadVelocityProfile.Outcome.TOO_FEW) {
            out.add(book.advise(CoachingRules.LoadVelocity.ID, profile.outcome().word(), Map.of(
                    "points", Integer.toString(profile.points().size()),
                    "loads", profile.lightestKg() == profile.heaviestKg() ? kg(profile.heaviestKg())
                            : kg(profile.lightestKg()) + "–" + kg(profile.heaviestKg()),
                    "heaviest", kg(profile.heaviestKg()),
                    "slope", String.format(Locale.ROOT, "%.3f", -profile.slopeMpsPerKg() * 10),
                    "mvt", String.format(Locale.ROOT, "%.2f", profile.mvtMps()),
                    "e1rm", kg(profile.e1rmKg()), "low", kg(profile.e1rmLowKg()), "high", kg(profile.e1rmHighKg()))));
        }
        return new TrainingReview(facts.weeks(), profile, out);
    }

    private LoadVelocityProfile loadVelocity(TrainingFacts facts, Double mvtMps) {
        CoachingRules.LoadVelocity rule = rules.loadVelocity();
        LocalDate from = facts.date().minusDays(rule.windowDays() - 1L);
        List<PastSet> points = facts.sets().stream()
                .filter(s -> s.exercise().equals(facts.exercise()) && within(s.date(), from, facts.date())
                        && s.loadKg() != null && s.loadKg() > 0
                        && s.bestVelocityMps() != null && Double.isFinite(s.bestVelocityMps()))
                .toList();
        if (points.isEmpty()) {
            return null;
        }
        return LoadVelocityProfile.fit(points, mvtMps != null ? mvtMps : rule.mvtMps(), rule.minPoints(),
                rule.minLoads(), rule.minR2(), rule.maxExtrapolation());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whole kilograms, or one decimal when the load has a fraction ("62.5"); "-" for NaN. */
    private static String kg(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static String percent(double pct) {
        return String.format(Locale.ROOT, "%.0f", Math.max(0, pct));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
