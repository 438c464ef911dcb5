package dev.rowcoach.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.coach.WeekSummary;
import dev.rowcoach.history.StoredSession;

import java.util.List;
import java.util.Locale;

/** Text and JSON of {@code rowcoach history} and {@code rowcoach week} (strings; never prints). */
public final class HistoryRendering {

    /** Where the weekly volume guidance comes from. */
    private static final String VOLUME_SOURCE = "Alex Bromley (author of the Bullmastiff program), \"3 Reasons Your Upper "
            + "Back Is Not Growing\" (reason 3: make the upper back a priority)";

    private HistoryRendering() {
    }

    /** {@code {"sessions": [...]}}, oldest first, with a trailing newline. */
    public static String sessionsJson(List<StoredSession> sessions, HardSetRule rule) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("sessions");
        for (StoredSession s : sessions) {
            ObjectNode o = list.addObject();
            o.put("id", s.id());
            o.put("contentSha256", s.contentSha256());
            o.put("performedAt", s.performedAt());
            o.put("performedDate", s.performedDate().toString());
            o.put("storedAt", s.storedAt());
            o.put("athlete", s.athlete());
            o.put("exercise", s.exercise());
            o.put("loadKg", s.loadKg());
            o.put("notes", s.notes());
            o.put("recordingPath", s.recordingPath());
            o.put("hasGyro", s.hasGyro());
            o.put("reps", s.reps());
            o.put("hardSets", s.sets().stream().filter(set -> set.isHard(rule)).count());
            ArrayNode sets = o.putArray("sets");
            for (StoredSession.StoredSet set : s.sets()) {
                ObjectNode so = sets.addObject();
                so.put("index", set.index());
                so.put("loadKg", set.loadKg());
                so.put("reps", set.reps());
                so.put("velocityLossPct", set.velocityLossPct() == null ? null
                        : Math.round(set.velocityLossPct() * 10) / 10.0);
                so.put("bestVelocityMps", set.bestVelocityMps() == null ? null
                        : Math.round(set.bestVelocityMps() * 1000) / 1000.0);
                so.put("velocityBasis", set.velocity().basis().word());
                so.put("hard", set.isHard(rule));
                ObjectNode g = so.putObject("grades");
                g.put("strict", set.strict());
                g.put("cheat", set.cheat());
                g.put("excessive", set.excessive());
            }
        }
        return JsonOutput.write(root) + "\n";
    }

    /** One line per session, oldest first. */
    public static String sessionsText(List<StoredSession> sessions, HardSetRule rule) {
        if (sessions.isEmpty()) {
            return "no sessions stored\n";
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-5s %-10s %-12s %-20s %7s %4s %4s %4s  %-17s %s%n",
                "id", "date", "athlete", "exercise", "load kg", "sets", "reps", "hard", "strict/cheat/exc.", "recording"));
        for (StoredSession s : sessions) {
            int strict = 0;
            int cheat = 0;
            int excessive = 0;
            for (StoredSession.StoredSet set : s.sets()) {
                strict += set.strict();
                cheat += set.cheat();
                excessive += set.excessive();
            }
            b.append(String.format(Locale.ROOT, "%-5d %-10s %-12s %-20s %7s %4d %4d %4d  %-17s %s%n", s.id(),
                    s.performedDate(), s.athlete() == null ? "-" : Printable.of(s.athlete()), Printable.of(s.exercise()),
                    s.loadKg() == null ? "-" : String.format(Locale.ROOT, "%.1f", s.loadKg()), s.sets().size(), s.reps(),
                    s.sets().stream().filter(set -> set.isHard(rule)).count(), strict + "/" + cheat + "/" + excessive,
                    Printable.of(s.recordingPath())));
            if (s.notes() != null) {
                b.append("      notes: ").append(Printable.of(s.notes().replace('\n', ' '))).append('\n');
            }
        }
        return b.toString();
    }

    /** The weeks with the hard-set definition and the volume guidance, with a trailing newline. */
    public static String weeksJson(List<WeekSummary> weeks, HardSetRule rule) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        ObjectNode hard = root.putObject("hardSet");
        hard.put("minReps", rule.minReps());
        hard.put("minVelocityLossPct", rule.minVelocityLossPct());
        ObjectNode guidance = root.putObject("guidance");
        guidance.put("minHardSets", WeekSummary.GUIDANCE_MIN_SETS);
        guidance.put("maxHardSets", WeekSummary.GUIDANCE_MAX_SETS);
        guidance.put("source", VOLUME_SOURCE);
        ArrayNode list = root.putArray("weeks");
        for (WeekSummary w : weeks) {
            list.add(ReportJson.week(w));
        }
        return JsonOutput.write(root) + "\n";
    }

    /** A line per week, then what a hard set is and the guidance with its source. */
    public static String weeksText(List<WeekSummary> weeks, HardSetRule rule) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-9s %-10s %8s %4s %4s  %4s %5s %4s  %6s %5s %9s  %s%n",
                "week", "from", "sessions", "sets", "hard", "≤6", "7–12", ">12", "strict", "cheat", "excessive",
                "hard sets vs " + WeekSummary.GUIDANCE_MIN_SETS + "–" + WeekSummary.GUIDANCE_MAX_SETS));
        for (WeekSummary w : weeks) {
            String standing = switch (w.standing()) {
                case "below" -> "below (" + (WeekSummary.GUIDANCE_MIN_SETS - w.hardSets()) + " short)";
                case "above" -> "above (" + (w.hardSets() - WeekSummary.GUIDANCE_MAX_SETS) + " over)";
                default -> "within";
            };
            b.append(String.format(Locale.ROOT, "%-9s %-10s %8d %4d %4d  %4d %5d %4d  %6d %5d %9d  %s%n", w.week(),
                    w.monday(), w.sessions(), w.sets(), w.hardSets(), w.lowReps(), w.midReps(), w.highReps(),
                    w.strict(), w.cheat(), w.excessive(), standing));
        }
        b.append(String.format(Locale.ROOT, "hard set: at least %d reps and at least %s %% velocity loss, from the strict "
                + "reps when at least %d were strict (an effort signal, not a count of reps left; docs/HISTORY.md)%n",
                rule.minReps(), trim(rule.minVelocityLossPct()), SetVelocity.MIN_STRICT_REPS));
        b.append("guidance: ").append(WeekSummary.GUIDANCE_MIN_SETS).append('–').append(WeekSummary.GUIDANCE_MAX_SETS)
                .append(" hard sets of rows a week, with rows done first or on a day of their own; source: ")
                .append(VOLUME_SOURCE).append('\n');
        return b.toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
