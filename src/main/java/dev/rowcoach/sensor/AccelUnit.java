package dev.rowcoach.sensor;

/** Units an accelerometer value may be given in. */
public enum AccelUnit {
    /** Standard gravities. */
    G("g", Sample.STANDARD_GRAVITY),
    /** Metres per second squared. */
    MPS2("mps2", 1.0);

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

    public static AccelUnit fromId(String id) {
        for (AccelUnit u : values()) {
            if (u.id.equalsIgnoreCase(id)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown accelerometer unit '" + id + "' (known: g, mps2)");
    }
}
