package dev.rowcoach.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rowcoach.JsonTree;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;
import dev.rowcoach.sensor.SensorInfo;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The JSON of HEADER and EVENT payloads. Mapped by hand rather than by data binding so that enum values
 * are stored as their user-facing ids ({@code "g"}, {@code "witmotion"}), unknown fields are ignored,
 * and each problem gets a message naming the field. Payloads are read with {@link JsonTree}, so that reading a
 * recording sets up no {@code ObjectMapper} (about 0.1 CPU s); only writing one does.
 */
public final class RecordingJson {

    /** Made on the first write: a replay never needs it. */
    private static final class Writer {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private RecordingJson() {
    }

    static byte[] headerBytes(RecordingHeader h) {
        return toBytes(headerTree(h));
    }

    /** The header as the JSON tree stored in the file (also what {@code inspect --format json} shows). */
    public static ObjectNode headerTree(RecordingHeader h) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", h.formatVersion());
        root.put("protocol", h.protocol().id());
        ObjectNode dec = root.putObject("decoder");
        DecoderSettings d = h.decoder();
        putIfSet(dec, "rateHz", d.rateHz());
        putIfSet(dec, "columns", d.columns());
        putIfSet(dec, "accelUnit", d.accelUnit() == null ? null : d.accelUnit().id());
        putIfSet(dec, "gyroUnit", d.gyroUnit() == null ? null : d.gyroUnit().id());
        SensorInfo s = h.sensor();
        if (s != null) {
            ObjectNode sen = root.putObject("sensor");
            putIfSet(sen, "model", s.model());
            putIfSet(sen, "deviceId", s.deviceId());
            putIfSet(sen, "firmware", s.firmware());
            putIfSet(sen, "accelRangeG", s.accelRangeG());
            putIfSet(sen, "gyroRangeDps", s.gyroRangeDps());
            putIfSet(sen, "nominalRateHz", s.nominalRateHz());
        }
        root.put("startedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(h.startedAt()));
        putIfSet(root, "source", h.source());
        putIfSet(root, "exercise", h.exercise());
        putIfSet(root, "loadKg", h.loadKg());
        putIfSet(root, "athlete", h.athlete());
        putIfSet(root, "notes", h.notes());
        putIfSet(root, "software", h.software());
        return root;
    }

    /**
     * Parses a HEADER payload.
     *
     * @throws RecordingException when it is not valid JSON, a known field has the wrong type or value,
     *                            or the format version is newer than this program reads
     */
    static RecordingHeader parseHeader(byte[] buf, int off, int len) {
        JsonNode root = parse(buf, off, len, "recording header");
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new RecordingException("recording header has no valid formatVersion");
        }
        int v = version.intValue();
        if (v > RecordingFormat.FORMAT_VERSION) {
            throw new RecordingException("recording format version " + v + " is newer than this rowcoach reads ("
                    + RecordingFormat.FORMAT_VERSION + "): update rowcoach to read it");
        }
        try {
            String protocolId = text(root, "protocol");
            if (protocolId == null) {
                throw new IllegalArgumentException("field 'protocol' is missing");
            }
            String startedAt = text(root, "startedAt");
            if (startedAt == null) {
                throw new IllegalArgumentException("field 'startedAt' is missing");
            }
            return new RecordingHeader(v, WireFormat.fromId(protocolId), decoderSettings(object(root, "decoder")),
                    sensorInfo(object(root, "sensor")),
                    OffsetDateTime.parse(startedAt, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    text(root, "source"), text(root, "exercise"), number(root, "loadKg"),
                    text(root, "athlete"), text(root, "notes"), text(root, "software"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new RecordingException("recording header is invalid: " + e.getMessage(), e);
        }
    }

    /** The JSON of an EVENT payload; the host offset is stored outside it. */
    static byte[] eventBytes(RecordingEvent e) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("type", e.type());
        putIfSet(root, "text", e.text());
        return toBytes(root);
    }

    /**
     * Parses an EVENT payload's JSON.
     *
     * @throws IllegalArgumentException with a short reason when it is not a valid event
     */
    static RecordingEvent parseEvent(long hostOffsetUs, byte[] buf, int off, int len) {
        JsonNode root;
        try {
            root = parse(buf, off, len, "event");
        } catch (RecordingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new RecordingEvent(hostOffsetUs, text(root, "type"), text(root, "text"));
    }

    private static JsonNode parse(byte[] buf, int off, int len, String what) {
        JsonNode root;
        try {
            root = JsonTree.read(buf, off, len);
        } catch (IOException e) {
            throw new RecordingException(what + " is not valid JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new RecordingException(what + " is not a JSON object");
        }
        return root;
    }

    private static DecoderSettings decoderSettings(JsonNode n) {
        if (n == null) {
            return DecoderSettings.DEFAULTS;
        }
        String accel = text(n, "accelUnit");
        String gyro = text(n, "gyroUnit");
        return new DecoderSettings(number(n, "rateHz"), text(n, "columns"),
                accel == null ? null : AccelUnit.fromId(accel), gyro == null ? null : GyroUnit.fromId(gyro));
    }

    private static SensorInfo sensorInfo(JsonNode n) {
        if (n == null) {
            return null;
        }
        return new SensorInfo(text(n, "model"), text(n, "deviceId"), text(n, "firmware"),
                number(n, "accelRangeG"), number(n, "gyroRangeDps"), number(n, "nominalRateHz"));
    }

    /** The object at {@code field}, or null when absent or JSON null. */
    private static JsonNode object(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException("field '" + field + "' must be an object");
        }
        return n;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return n.textValue();
    }

    private static Double number(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' must be a number");
        }
        return n.doubleValue();
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfSet(ObjectNode node, String field, Double value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static byte[] toBytes(ObjectNode root) {
        try {
            return Writer.MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            // A tree of strings and finite numbers always serialises; reaching here is a bug.
            throw new IllegalStateException("cannot serialise recording JSON", e);
        }
    }
}
