package dev.rowcoach.coach;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.grading.ResourceJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coaching rules, read once from the resource {@value #RESOURCE}: per rule its id, the rule in one sentence,
 * its condition in words, its numeric parameters, the exercises some of its cases apply to, and one message
 * template per case, each naming its sources. The conditions are evaluated by {@link Coach}; every number and
 * word a lifter reads comes from the resource.
 */
public final class GuidanceBook {

    static final String RESOURCE = "/dev/rowcoach/coach/guidance.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** A rule of the resource. */
    public record Rule(String id, String rule, String condition, Map<String, Double> params,
                       Map<String, List<String>> exercises, Map<String, Message> messages) {
    }

    /** One case of a rule: its template and the keys of its sources. */
    public record Message(List<String> sources, String text) {
    }

    private final Map<String, String> sources;
    private final Map<String, Rule> rules;
    private final CoachingRules typed;

    /** @throws IllegalStateException when the rules do not match those the coach knows ({@link CoachingRules}) */
    private GuidanceBook(Map<String, String> sources, Map<String, Rule> rules) {
        this.sources = sources;
        this.rules = rules;
        this.typed = CoachingRules.of(rules);
    }

    /** The rules shipped with rowcoach. */
    public static GuidanceBook standard() {
        return Holder.STANDARD;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** The rules' parameters, typed and checked against the resource when it was read. */
    public CoachingRules typed() {
        return typed;
    }

    /** The advice of case {@code caseName} of rule {@code id}, its template filled from {@code values}. */
    Guidance advise(String id, String caseName, Map<String, String> values) {
        Rule r = rules.get(id);
        Message m = r.messages().get(caseName);
        if (m == null) {
            throw new IllegalStateException("guidance rule " + id + " has no message " + caseName);
        }
        Matcher matcher = PLACEHOLDER.matcher(m.text());
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("guidance rule " + id + ": no value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        List<String> cited = new ArrayList<>();
        for (String key : m.sources()) {
            cited.add(sources.get(key));
        }
        return new Guidance(id, String.join("; ", cited), text.toString());
    }

    private static final class Holder {
        static final GuidanceBook STANDARD = load();
    }

    private static GuidanceBook load() {
        return parse(ResourceJson.read(GuidanceBook.class, RESOURCE));
    }

    static GuidanceBook parse(JsonNode root) {
        Map<String, String> sources = new LinkedHashMap<>();
        root.get("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), e.getValue().asText()));
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (JsonNode r : root.get("rules")) {
            String id = r.get("id").asText();
            Map<String, Double> params = new LinkedHashMap<>();
            r.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
            Map<String, List<String>> exercises = new LinkedHashMap<>();
            r.path("exercises").fields().forEachRemaining(e -> {
                List<String> names = new ArrayList<>();
                e.getValue().forEach(n -> names.add(n.asText()));
                exercises.put(e.getKey(), List.copyOf(names));
            });
            Map<String, Message> messages = new LinkedHashMap<>();
            r.get("messages").fields().forEachRemaining(e -> {
                List<String> keys = new ArrayList<>();
                e.getValue().get("sources").forEach(k -> {
                    if (!sources.containsKey(k.asText())) {
                        throw new IllegalStateException("guidance rule " + id + " cites unknown source " + k.asText());
                    }
                    keys.add(k.asText());
                });
                messages.put(e.getKey(), new Message(List.copyOf(keys), e.getValue().get("text").asText()));
            });
            rules.put(id, new Rule(id, r.get("rule").asText(), r.get("condition").asText(), Map.copyOf(params),
                    Map.copyOf(exercises), Map.copyOf(messages)));
        }
        return new GuidanceBook(Map.copyOf(sources), rules);
    }
}
