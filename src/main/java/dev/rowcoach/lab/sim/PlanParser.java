package dev.rowcoach.lab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the compact plan text (grammar in docs/SIMULATOR.md):
 *
 * <pre>
 * plan   = item { (";" | newline) item }      or the name of a preset (PlanPresets)
 * item   = NAME SETS "x" REPS [ "@" LOAD ] { KEY "=" VALUE }  |  "rest" SECONDS
 * </pre>
 *
 * e.g. {@code barbell-row 3x8 @80kg swing=cheat-last=2; rest 90; pendlay-row 1x5 @100kg}. Every error is a
 * {@link PlanException} with one line naming the item and what is wrong.
 */
public final class PlanParser {

    private static final Pattern SETS_REPS = Pattern.compile("(\\d{1,3})x(\\d{1,3})");
    private static final Pattern LOAD = Pattern.compile("@(\\d+(?:\\.\\d+)?)(kg|lb)?");
    private static final double KG_PER_LB = 0.45359237;

    private PlanParser() {
    }

    /** Parses {@code text}, a plan or a preset name. */
    public static SessionPlan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PlanException("plan is empty (e.g. \"barbell-row 3x8 @80kg\", or a preset: " + PlanPresets.names() + ")");
        }
        String preset = PlanPresets.get(text);
        String plan = preset != null ? preset : text.trim();
        List<PlanItem> items = new ArrayList<>();
        int number = 0;
        for (String raw : plan.split("[;\\n]")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            number++;
            try {
                items.add(item(item));
            } catch (IllegalArgumentException e) {
                throw new PlanException("plan item " + number + " (\"" + item + "\"): " + e.getMessage());
            }
        }
        return new SessionPlan(plan, items);
    }

    private static PlanItem item(String item) {
        String[] tokens = item.split("\\s+");
        String name = tokens[0].toLowerCase(Locale.ROOT);
        if (name.equals("rest")) {
            if (tokens.length != 2) {
                throw new IllegalArgumentException("write a rest as \"rest SECONDS\", e.g. \"rest 90\"");
            }
            return new RestItem(seconds(tokens[1], "rest"));
        }
        Exercise exercise = Exercise.fromId(name);
        if (exercise == null) {
            throw new IllegalArgumentException(PlanPresets.get(name) != null
                    ? "a preset (" + name + ") must be the whole plan"
                    : "unknown exercise '" + tokens[0] + "' (known: " + Exercise.ids() + "; or a preset: " + PlanPresets.names() + ")");
        }
        if (tokens.length < 2) {
            throw new IllegalArgumentException("sets and reps missing, e.g. \"" + exercise.id() + " 3x8\"");
        }
        Matcher sr = SETS_REPS.matcher(tokens[1].toLowerCase(Locale.ROOT));
        if (!sr.matches()) {
            throw new IllegalArgumentException("'" + tokens[1] + "' is not SETSxREPS, e.g. 3x8");
        }
        int sets = Integer.parseInt(sr.group(1));
        int reps = Integer.parseInt(sr.group(2));
        int next = 2;
        Double load = null;
        if (tokens.length > next && tokens[next].startsWith("@")) {
            Matcher m = LOAD.matcher(tokens[next].toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + tokens[next] + "' is not a load, e.g. @80kg or @175lb");
            }
            double value = Double.parseDouble(m.group(1));
            load = "lb".equals(m.group(2)) ? value * KG_PER_LB : value;
            next++;
        }
        Options o = new Options();
        for (int i = next; i < tokens.length; i++) {
            o.set(tokens[i]);
        }
        return new ExerciseBlock(exercise, sets, reps, load, o.swing, o.dip, o.pickup, o.rest, o.rom, o.loss,
                o.squeeze, o.pause, o.lower, o.grip, o.bump, o.gap);
    }

    /** The KEY=VALUE options of an exercise item. */
    private static final class Options {
        SwingProfile swing;
        Dip dip = Dip.AUTO;
        Boolean pickup;
        Double rest;
        Double rom;
        Double loss;
        SecondsRange squeeze;
        SecondsRange pause;
        SecondsRange lower;
        Boolean grip;
        Boolean bump;
        Double gap;
        private final List<String> seen = new ArrayList<>();

        void set(String token) {
            int eq = token.indexOf('=');
            if (eq <= 0 || eq == token.length() - 1) {
                throw new IllegalArgumentException("'" + token + "' is not KEY=VALUE (keys: swing, dip, pickup, rest, rom, loss, squeeze, pause, lower, grip, bump, gap)");
            }
            String key = token.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = token.substring(eq + 1).toLowerCase(Locale.ROOT);
            if (seen.contains(key)) {
                throw new IllegalArgumentException(key + " is given twice");
            }
            seen.add(key);
            switch (key) {
                case "swing" -> swing = swing(value);
                case "dip" -> dip = dip(value);
                case "pickup" -> pickup = yesNo(key, value);
                case "rest" -> rest = seconds(value, key);
                case "rom" -> rom = metres(value, key);
                case "loss" -> loss = fraction(value, key);
                case "squeeze" -> squeeze = secondsRange(value, key);
                case "pause" -> pause = secondsRange(value, key);
                case "lower" -> lower = secondsRange(value, key);
                case "grip" -> grip = yesNo(key, value);
                case "bump" -> bump = yesNo(key, value);
                case "gap" -> gap = seconds(value, key);
                default -> throw new IllegalArgumentException("unknown option '" + key
                        + "' (known: swing, dip, pickup, rest, rom, loss, squeeze, pause, lower, grip, bump, gap)");
            }
        }
    }

    private static SwingProfile swing(String value) {
        switch (value) {
            case "strict":
                return new SwingProfile.Strict();
            case "cheat":
                return new SwingProfile.Cheat();
            case "excessive":
                return new SwingProfile.Excessive();
            default:
                break;
        }
        if (value.startsWith("cheat-last=")) {
            String n = value.substring("cheat-last=".length());
            if (!n.matches("\\d{1,2}")) {
                throw new IllegalArgumentException("swing=cheat-last=N needs a number of reps, got '" + n + "'");
            }
            return new SwingProfile.CheatLast(Integer.parseInt(n));
        }
        if (value.matches("[0-9.,]+")) {
            List<Double> swings = new ArrayList<>();
            for (String s : value.split(",", -1)) {
                swings.add(number(s, "swing"));
            }
            return new SwingProfile.Explicit(swings);
        }
        throw new IllegalArgumentException("swing must be strict, cheat, cheat-last=N, excessive or degrees per rep "
                + "(e.g. swing=5,5,8,12,18), got '" + value + "'");
    }

    private static Dip dip(String value) {
        return switch (value) {
            case "auto" -> Dip.AUTO;
            case "no", "none" -> Dip.NONE;
            case "yes" -> Dip.EVERY_REP;
            default -> new Dip(Dip.Mode.FIXED, metres(value, "dip"));
        };
    }

    private static Boolean yesNo(String key, String value) {
        return switch (value) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(key + " must be yes or no, got '" + value + "'");
        };
    }

    private static double seconds(String value, String key) {
        String v = value.toLowerCase(Locale.ROOT);
        return number(v.endsWith("s") ? v.substring(0, v.length() - 1) : v, key);
    }

    /** {@code 1.5}, {@code 1.5s} or a range {@code 1-3} / {@code 1-3s}. */
    private static SecondsRange secondsRange(String value, String key) {
        String v = value.toLowerCase(Locale.ROOT);
        v = v.endsWith("s") ? v.substring(0, v.length() - 1) : v;
        int dash = v.indexOf('-');
        double lo = number(dash < 0 ? v : v.substring(0, dash), key);
        double hi = dash < 0 ? lo : number(v.substring(dash + 1), key);
        if (hi < lo) {
            throw new IllegalArgumentException(key + ": the range " + value + " runs backwards");
        }
        return new SecondsRange(lo, hi);
    }

    private static double metres(String value, String key) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.endsWith("cm")) {
            return number(v.substring(0, v.length() - 2), key) / 100;
        }
        return number(v.endsWith("m") ? v.substring(0, v.length() - 1) : v, key);
    }

    private static double fraction(String value, String key) {
        return value.endsWith("%") ? number(value.substring(0, value.length() - 1), key) / 100 : number(value, key);
    }

    private static double number(String s, String key) {
        if (!s.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            throw new IllegalArgumentException(key + ": '" + s + "' is not a number");
        }
        return Double.parseDouble(s);
    }
}
