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
    RECORDING("recording"),
    /** Sensor Logger app export: a zip or folder of per-sensor CSVs (read by source.export, not a decoder). */
    SENSOR_LOGGER("sensor-logger"),
    /** phyphox app export: one CSV per sensor, alone or in a zip (read by source.export). */
    PHYPHOX("phyphox"),
    /** MbientLab MetaBase export: one CSV per MetaWear sensor, siblings by name (read by source.export). */
    METABASE("metabase");

    private final String id;

    WireFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line and in files. */
    public String id() {
        return id;
    }

    /**
     * Whether this is an app export of several per-sensor files rather than one byte stream: it has no
     * {@link Decoder} and cannot be kept byte-exact in a recording.
     */
    public boolean isExport() {
        return this == SENSOR_LOGGER || this == PHYPHOX || this == METABASE;
    }

    /** Parses a format name as typed by a user. */
    public static WireFormat fromId(String id) {
        for (WireFormat f : values()) {
            if (f.id.equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (known: ascii, csv, metabase, phyphox, recording, rowcoach, sensor-logger, witmotion)");
    }
}
