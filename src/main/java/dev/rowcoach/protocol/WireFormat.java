package dev.rowcoach.protocol;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The formats rowcoach reads, by the names users type in {@code --input-format}, and what kind of input each is.
 * What a format does (its probe, its decoder, how the user is told about it) is registered once per constant in
 * {@code dev.rowcoach.formats.Formats}, which refuses to start without it.
 */
public enum WireFormat {
    /** rowcoach binary protocol: COBS frames with CRC (firmware-protocol/PROTOCOL.md). */
    ROWCOACH("rowcoach", Kind.SENSOR),
    /** rowcoach ASCII protocol for hobby boards (firmware-protocol/ASCII.md). */
    ASCII("ascii", Kind.SENSOR),
    /** WitMotion WT901-family serial packets (0x55, type, 8 data bytes, checksum). */
    WITMOTION("witmotion", Kind.SENSOR),
    /** CSV logged by other tools, with a recognisable header or a --columns mapping. */
    CSV("csv", Kind.GENERIC),
    /** phyphox's remote interface polled live: one JSON line per {@code /config} or {@code /get} response (docs/LIVE.md). */
    PHYPHOX_LIVE("phyphox-live", Kind.PHONE),
    /** Sensor Logger's HTTP push received live: one JSON line per posted batch (docs/LIVE.md). */
    SENSOR_LOGGER_LIVE("sensor-logger-live", Kind.PHONE),
    /** rowcoach recording: a metadata header and the sensor's bytes as received. */
    RECORDING("recording", Kind.CONTAINER),
    /** Sensor Logger app export: a zip or folder of per-sensor CSVs (read by source.export, not a decoder). */
    SENSOR_LOGGER("sensor-logger", Kind.EXPORT),
    /** phyphox app export: one CSV per sensor, alone or in a zip (read by source.export). */
    PHYPHOX("phyphox", Kind.EXPORT),
    /** MbientLab MetaBase export: one CSV per MetaWear sensor, siblings by name (read by source.export). */
    METABASE("metabase", Kind.EXPORT);

    /** What kind of input a format is. */
    public enum Kind {
        /** A container of another format's bytes (a recording): opened by the recording package. */
        CONTAINER,
        /** A sensor's own byte protocol: read from files and from live links. */
        SENSOR,
        /**
         * A phone app streaming JSON over HTTP, one message per line as its link wrote it: read live from its own
         * link ({@code live --phyphox}, {@code --http-listen}) and replayed from recordings; never on a serial port.
         */
        PHONE,
        /** A file format with no signature of its own (generic CSV): detected last, never live. */
        GENERIC,
        /** An app export of several per-sensor files: no byte decoder, cannot be kept byte-exact in a recording. */
        EXPORT
    }

    private final String id;
    private final Kind kind;

    WireFormat(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** The name used on the command line and in files. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Whether this is an app export of several per-sensor files rather than one byte stream: it has no
     * {@link Decoder} and cannot be kept byte-exact in a recording.
     */
    public boolean isExport() {
        return kind == Kind.EXPORT;
    }

    /** Parses a format name as typed by a user. */
    public static WireFormat fromId(String id) {
        for (WireFormat f : values()) {
            if (f.id.equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (known: "
                + Arrays.stream(values()).map(WireFormat::id).sorted().collect(Collectors.joining(", ")) + ")");
    }
}
