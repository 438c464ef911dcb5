package dev.rowcoach.protocol.phone;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Which buffers of a phyphox experiment hold what rowcoach reads, from its {@code /config} response: the
 * accelerometer's (with g) and the gyroscope's x, y, z and time, each as {@code {x, y, z, t}} buffer names.
 *
 * @param accel  the accelerometer's buffers, or null when the experiment has none with g
 * @param gyro   the gyroscope's buffers, or null
 * @param linear whether the experiment measures acceleration without g (which rowcoach cannot use alone)
 * @param title  the experiment's title, or ""
 */
public record PhyphoxBuffers(String[] accel, String[] gyro, boolean linear, String title) {

    /** The buffers of phyphox's own raw-sensor experiments, for responses without a configuration before them. */
    static final PhyphoxBuffers DEFAULTS = new PhyphoxBuffers(new String[] {"accX", "accY", "accZ", "acc_time"},
            new String[] {"gyrX", "gyrY", "gyrZ", "gyr_time"}, false, "");

    /** Whether {@code n} is a {@code /config} response. */
    public static boolean isConfig(JsonNode n) {
        return n.path("inputs").isArray() && n.path("buffers").isArray();
    }

    /** Reads a {@code /config} response (see {@link #isConfig}). */
    public static PhyphoxBuffers of(JsonNode config) {
        String[] a = null, g = null;
        boolean linear = false;
        for (JsonNode input : config.path("inputs")) {
            String[] names = outputs(input.path("outputs"));
            switch (input.path("source").asText("")) {
                case "accelerometer" -> a = names;
                case "linear_acceleration" -> linear |= names != null;
                case "gyroscope" -> g = names;
                default -> { }
            }
        }
        return new PhyphoxBuffers(a, g, linear, config.path("title").asText(""));
    }

    /** The x, y, z and t buffer names of an input's outputs ({@code [{"x":"accX"},…]} or {@code {"x":"accX",…}}), or null. */
    private static String[] outputs(JsonNode outputs) {
        String[] names = new String[4];
        if (outputs.isArray()) {
            for (JsonNode o : outputs) {
                put(o, names);
            }
        } else {
            put(outputs, names);
        }
        for (String n : names) {
            if (n == null) {
                return null;
            }
        }
        return names;
    }

    private static void put(JsonNode o, String[] names) {
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int i = switch (e.getKey()) {
                case "x" -> 0;
                case "y" -> 1;
                case "z" -> 2;
                case "t" -> 3;
                default -> -1;
            };
            if (i >= 0 && e.getValue().isTextual()) {
                names[i] = e.getValue().asText();
            }
        }
    }
}
