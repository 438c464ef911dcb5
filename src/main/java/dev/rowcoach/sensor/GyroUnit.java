package dev.rowcoach.sensor;

/** Units a gyroscope value may be given in. */
public enum GyroUnit {
    /** Degrees per second. */
    DPS("dps", Math.PI / 180.0),
    /** Radians per second. */
    RADS("rads", 1.0);

    private final String id;
    private final double toRads;

    GyroUnit(String id, double toRads) {
        this.id = id;
        this.toRads = toRads;
    }

    public String id() {
        return id;
    }

    /** Multiply a value in this unit by this to get rad/s. */
    public double toRads() {
        return toRads;
    }

    public static GyroUnit fromId(String id) {
        for (GyroUnit u : values()) {
            if (u.id.equalsIgnoreCase(id)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown gyroscope unit '" + id + "' (known: dps, rads)");
    }
}
