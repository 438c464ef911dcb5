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

    public Coach(GuidanceBook book) {
        this.book = book;
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

        GuidanceBook.Rule pays = book.rule("cheat-where-it-pays");
        if (pays.exercises("reserved").contains(exercise.name())) {
            if (!nonStrict.isEmpty() && nonStrict.get(0) <= set.reps() / 2) {
                out.add(book.advise(pays.id(), "early", Map.of("first", Integer.toString(nonStrict.get(0)), "reps", reps)));
            } else if (allStrict && set.reps() >= pays.param("minReps") && set.velocityLossPct() < pays.param("maxLossPct")) {
                out.add(book.advise(pays.id(), "room", Map.of("reps", reps, "lossPct", percent(set.velocityLossPct()))));
            }
        }
        if (!excessive.isEmpty()) {
            out.add(book.advise("dont-flop", "excessive", Map.of("where", capitalised(RepList.where(excessive, set.reps())),
                    "cheatMaxDeg", number(exercise.cheatMaxDeg()))));
        }
        GuidanceBook.Rule variants = book.rule("strict-variants");
        if (!exercise.bodyEnglishExpected() && !nonStrict.isEmpty()) {
            out.add(book.advise(variants.id(), "strict", Map.of("where", capitalised(RepList.where(nonStrict, set.reps())),
                    "exercise", exercise.title())));
        } else if (variants.exercises("kroc").contains(exercise.name()) && allStrict && set.reps() >= variants.param("minReps")) {
            out.add(book.advise(variants.id(), "kroc", Map.of()));
        }
        return out;
    }

    /** Advice on the session as a whole. */
    public List<Guidance> forSession(List<SetFacts> sets) {
        GuidanceBook.Rule effort = book.rule("effort");
        double most = Double.NEGATIVE_INFINITY;
        int judged = 0;
        for (SetFacts s : sets) {
            if (s.reps() >= effort.param("minReps") && !Double.isNaN(s.velocityLossPct())) {
                judged++;
                most = Math.max(most, s.velocityLossPct());
            }
        }
        if (judged == 0 || most >= effort.param("maxLossPct")) {
            return List.of();
        }
        return List.of(book.advise(effort.id(), "easy", Map.of("maxLossPct", number(effort.param("maxLossPct")),
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
            GuidanceBook.Rule heavy = book.rule("heavy-low-reps");
            LocalDate from = facts.date().minusDays((long) heavy.param("windowDays") - 1);
            boolean lowReps = facts.sets().stream().anyMatch(s -> within(s.date(), from, facts.date())
                    && s.reps() <= heavy.param("maxReps"));
            if (!lowReps) {
                out.add(book.advise(heavy.id(), "none", Map.of("maxReps", number(heavy.param("maxReps")),
                        "windowDays", number(heavy.param("windowDays")))));
            }
        }
        WeekSummary week = facts.weeks().isEmpty() ? null : facts.weeks().get(facts.weeks().size() - 1);
        if (week != null) {
            GuidanceBook.Rule volume = book.rule("volume");
            int min = (int) volume.param("minHardSets");
            out.add(book.advise(volume.id(), week.standing(), Map.of("week", week.week(),
                    "hardSets", Integer.toString(week.hardSets()), "setWord", week.hardSets() == 1 ? "set" : "sets",
                    "short", Integer.toString(min - week.hardSets()), "minHardSets", Integer.toString(min),
                    "maxHardSets", number(volume.param("maxHardSets")))));
        }
        LoadVelocityProfile profile = loadVelocity(facts, mvtMps);
        if (profile != null && profile.outcome() != LoadVelocityProfile.Outcome.TOO_FEW) {
            out.add(book.advise("load-velocity", profile.outcome().word(), Map.of(
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
        GuidanceBook.Rule rule = book.rule("load-velocity");
        LocalDate from = facts.date().minusDays((long) rule.param("windowDays") - 1);
        List<PastSet> points = facts.sets().stream()
                .filter(s -> s.exercise().equals(facts.exercise()) && within(s.date(), from, facts.date())
                        && s.loadKg() != null && s.loadKg() > 0
                        && s.bestVelocityMps() != null && Double.isFinite(s.bestVelocityMps()))
                .toList();
        if (points.isEmpty()) {
            return null;
        }
        return LoadVelocityProfile.fit(points, mvtMps != null ? mvtMps : rule.param("mvtMps"),
                (int) rule.param("minPoints"), (int) rule.param("minLoads"), rule.param("minR2"),
                rule.param("maxExtrapolation"));
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
