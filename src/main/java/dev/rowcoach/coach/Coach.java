package dev.rowcoach.coach;

import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what was measured into advice, by the rules of a {@link GuidanceBook}: per set (where body English
 * fell, flopping, strict variants) and per session (effort). Pure functions of their inputs; the wording and
 * every threshold come from the book. See docs/COACHING.md.
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
