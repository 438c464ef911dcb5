package dev.rowcoach.grading;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exercise profiles, read once from the resource {@value #RESOURCE} (data, not code: a new exercise is a
 * new entry there). Each entry names its guidance's source by a key of the file's {@code sources} table.
 */
public final class ExerciseProfiles {

    static final String RESOURCE = "/dev/rowcoach/grading/exercises.json";

    private static final Map<String, ExerciseProfile> PROFILES = load();

    private ExerciseProfiles() {
    }

    /** Every profile name, in the resource's order. */
    public static List<String> names() {
        return List.copyOf(PROFILES.keySet());
    }

    /**
     * The profile called {@code name}.
     *
     * @throws IllegalArgumentException naming the valid names when there is none
     */
    public static ExerciseProfile get(String name) {
        ExerciseProfile p = PROFILES.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown exercise '" + name + "'; valid: " + String.join(", ", names()));
        }
        return p;
    }

    /** Whether a profile is called {@code name}. */
    public static boolean exists(String name) {
        return PROFILES.containsKey(name);
    }

    private static Map<String, ExerciseProfile> load() {
        return parse(ResourceJson.read(ExerciseProfiles.class, RESOURCE));
    }

    /**
     * The entry's own swing model ({@code early}: "path" or "vertical", what is read with a gyroscope; {@code leverM}
     * and {@code accelOnlyLeverM}, m; {@code spreadDeg} and {@code accelOnlySpreadDeg}, degrees), or the free bar's
     * when it has none.
     */
    private static SwingModel swingModel(String name, JsonNode m) {
        if (m.isMissingNode() || m.isNull()) {
            return SwingModel.FREE_BAR;
        }
        String early = m.path("early").asText("");
        if (!early.equals("path") && !early.equals("vertical")) {
            throw new IllegalStateException("exercise profile " + name + ": swingModel.early must be path or vertical");
        }
        try {
            return new SwingModel(early.equals("path"), m.path("leverM").asDouble(Double.NaN),
                    m.path("accelOnlyLeverM").asDouble(Double.NaN), m.path("spreadDeg").asDouble(Double.NaN),
                    m.path("accelOnlySpreadDeg").asDouble(Double.NaN));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("exercise profile " + name + ": " + e.getMessage(), e);
        }
    }

    /** Profiles from the resource's JSON tree; a bad entry is a build error, reported with its name. */
    static Map<String, ExerciseProfile> parse(JsonNode root) {
        JsonNode sources = root.path("sources");
        Map<String, ExerciseProfile> out = new LinkedHashMap<>();
        for (JsonNode e : root.path("exercises")) {
            String name = e.path("name").asText(null);
            String sourceKey = e.path("source").asText("");
            if (!sources.has(sourceKey)) {
                throw new IllegalStateException("exercise profile " + name + ": unknown source '" + sourceKey + "'");
            }
            JsonNode limits = e.path("limits");
            ExerciseProfile p = new ExerciseProfile(name, e.path("title").asText(null), e.path("concentric").asText(null),
                    e.path("expected").asText(null), e.path("strictMaxDeg").asDouble(Double.NaN),
                    e.path("cheatMaxDeg").asDouble(Double.NaN), e.path("guidance").asText(null),
                    sources.get(sourceKey).asText(), limits.isTextual() ? limits.asText() : null,
                    e.path("calibrated").asBoolean(false), swingModel(name, e.path("swingModel")));
            if (out.put(name, p) != null) {
                throw new IllegalStateException("exercise profile " + name + " is listed twice");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lists no exercises");
        }
        return Collections.unmodifiableMap(out);
    }
}
