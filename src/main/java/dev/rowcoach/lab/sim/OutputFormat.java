package dev.rowcoach.lab.sim;

import java.util.Locale;

/** What the simulator writes. */
public enum OutputFormat {
    /** rowcoach ASCII lines (firmware-protocol/ASCII.md). */
    ASCII("ascii"),
    /** rowcoach binary frames (firmware-protocol/PROTOCOL.md). */
    ROWCOACH("rowcoach"),
    /** A raw WitMotion WT901 capture: no timestamps, so never jittered or dropped. */
    WITMOTION("witmotion"),
    /** A rowcoach recording (firmware-protocol/RECORDING.md) holding rowcoach binary bytes. */
    RECORDING("recording");

    private final String id;

    OutputFormat(String id) {
        this.id = id;
    }

    /** The name in {@code --format} and in the truth file. */
    public String id() {
        return id;
    }

    public static OutputFormat fromId(String id) {
        for (OutputFormat f : values()) {
            if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (known: ascii, rowcoach, witmotion, recording)");
    }

    /** Whether the bytes are rowcoach binary frames (directly or inside a recording). */
    boolean framed() {
        return this == ROWCOACH || this == RECORDING;
    }
}
