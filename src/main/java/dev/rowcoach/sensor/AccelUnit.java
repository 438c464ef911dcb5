package dev.rowcoach.sensor;

/** Units an accelerometer value may be given in. */
public enum AccelUnit {
    /** Standard gravities. */
    G("g", Sample.STANDARD_GRAVITY),
    /** Metres per second squared. */
    MPS2("mps2", 1.0);

    /** Median |a| bounds (in the data's unit) that identify g and m/s² while the sensor is mostly still or moving slowly. */
    private static final double G_MIN = 0.5, G_MAX = 1.6, MPS2_MIN = 5.0, MPS2_MAX = 16.0;

    private final String id;
    private final double toMps2;

    AccelUnit(String id, double toMps2) {
        this.id = id;
        this.toMps2 = toMps2;
    }

    public String id() {
        return id;
    }

    /** Multiply a value in this unit by this to get m/s². */
    public double toMps2() {
        return toMps2;
    }

    /**
     * The unit in which gravity-including readings whose median magnitude is {@code medianNorm} were
     * written: about 1 in g, about 9.8 in m/s²; null when the magnitude fits neither.
     */
    public static AccelUnit fromMedianNorm(double medianNorm) {
        if (medianNorm >= G_MIN && medianNorm <= G_MAX) {
            return G;
        }
        if (medianNorm >= MPS2_MIN && medianNorm <= MPS2_MAX) {
            return MPS2;
        }
        return null;
    }

    public static AccelUnit fromId(String id) {
        for (AccelUnit u : values()) {
            if (u.id.equalsIgnoreCase(id)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown accelerometer unit '" + id + "' (known: g, mps2)");
    }
}
