package dev.rowcoach.protocol;

/** The byte formats rowcoach reads. Names are the ones users type in {@code --input-format}. */
public enum WireFormat {
    /** rowcoach binary protocol: COBS frames with CRC (firmware-protocol/PROTOCOL.md). */
    ROWCOACH("rowcoach"),
    /** rowcoach ASCII protocol for hobby boards (firmware-protocol/ASCII.md). */
    ASCII("ascii"),
    /** WitMotion WT901-family serial packets (0x55, type, 8 data bytes, checksum). */
    WITMOTION("witmotion"),
    /** CSV logged by other tools, with a recognisable header or a --columns mapping. */
    CSV("csv"),
    /** rowcoach recording: a metadata header and the sensor's bytes as received. */
    RECORDING("recording");

    private final String id;

    WireFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line and in files. */
    public String id() {
        return id;
    }

    /** Parses a format name as typed by a user. */
    public static WireFormat fromId(String id) {
        for (WireFormat f : values()) {
            if (f.id.equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (known: ascii, csv, recording, rowcoach, witmotion)");
    }
}
