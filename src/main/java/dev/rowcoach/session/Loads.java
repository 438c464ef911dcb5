package dev.rowcoach.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The load of each set, kg: one load for every set, or a list in set order whose last entry holds for any set
 * after it (a lifter ramping up: "60,70,80,80").
 *
 * @param perSetKg loads in set order; empty when nobody said
 */
public record Loads(List<Double> perSetKg) {

    /** No load stated. */
    public static final Loads UNKNOWN = new Loads(List.of());

    /** @throws IllegalArgumentException when a load is negative or not finite */
    public Loads {
        for (Double kg : perSetKg) {
            if (kg == null || !(kg >= 0 && Double.isFinite(kg))) {
                throw new IllegalArgumentException("a load must be a weight in kg, not " + kg);
            }
        }
        perSetKg = List.copyOf(perSetKg);
    }

    /** The same load for every set; {@link #UNKNOWN} for null. */
    public static Loads of(Double kg) {
        return kg == null ? UNKNOWN : new Loads(List.of(kg));
    }

    /**
     * Parses "80" or "60,70,80" (kg).
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public static Loads parse(String text) {
        List<Double> kg = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            double v;
            try {
                v = Double.parseDouble(part.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--load must be kg, or kg per set separated by commas (60,70,80), not '"
                        + text + "'");
            }
            if (!(v >= 0 && Double.isFinite(v))) {
                throw new IllegalArgumentException("--load must be a weight in kg, not " + v);
            }
            kg.add(v);
        }
        return new Loads(kg);
    }

    public boolean isKnown() {
        return !perSetKg.isEmpty();
    }

    /** The load of set {@code index} (1-based), or null when unknown. */
    public Double forSet(int index) {
        return perSetKg.isEmpty() ? null : perSetKg.get(Math.min(index, perSetKg.size()) - 1);
    }

    /** The session's load when every set had the same, else null. */
    public Double session() {
        return perSetKg.stream().distinct().count() == 1 ? perSetKg.get(0) : null;
    }
}
