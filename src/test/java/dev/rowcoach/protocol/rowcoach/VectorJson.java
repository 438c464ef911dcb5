package dev.rowcoach.protocol.rowcoach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Messages and frame entries in the JSON schema of firmware-protocol/vectors/README.md, both ways. */
final class VectorJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private VectorJson() {
    }

    static ObjectNode frame(long offset, long length, RowcoachMessage message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("offset", offset);
        n.put("length", length);
        n.set("message", message(message));
        return n;
    }

    static ObjectNode malformedFrame(long offset, long length, String reason) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("offset", offset);
        n.put("length", length);
        n.put("malformed", reason);
        return n;
    }

    static ObjectNode message(RowcoachMessage m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", m.type().name());
        if (m instanceof DeviceInfoMessage d) {
            n.put("firmwareMajor", d.firmwareMajor());
            n.put("firmwareMinor", d.firmwareMinor());
            n.put("firmwarePatch", d.firmwarePatch());
            n.put("gyroPresent", d.gyroPresent());
            n.put("deviceId", d.deviceIdHex());
            n.put("accelRangeCode", d.accelRangeCode());
            n.put("gyroRangeCode", d.gyroRangeCode());
            n.put("rateMilliHz", d.rateMilliHz());
            n.put("model", d.model());
        } else if (m instanceof SamplesMessage s) {
            n.put("sequence", s.sequence());
            n.put("timestampUs", s.timestampUs());
            n.put("periodUs", s.periodUs());
            n.put("gyroPresent", s.gyroPresent());
            n.put("accelRangeCode", s.accelRangeCode());
            n.put("gyroRangeCode", s.gyroRangeCode());
            n.put("count", s.count());
            ArrayNode raw = n.putArray("raw");
            for (int i = 0; i < s.count(); i++) {
                ArrayNode sample = raw.addArray();
                for (int axis = 0; axis < s.axes(); axis++) {
                    sample.add(s.raw(i, axis));
                }
            }
        } else if (m instanceof StatusMessage s) {
            n.put("timestampUs", s.timestampUs());
            n.put("batteryPercent", s.batteryPercent());
            n.put("streaming", s.streaming());
            n.put("charging", s.charging());
            n.put("droppedSamples", s.droppedSamples());
            n.put("temperatureCentiC", s.temperatureCentiC());
        } else if (m instanceof AckMessage a) {
            n.put("token", a.token());
            n.put("commandCode", a.commandCode());
            n.put("result", a.result().code());
        } else if (m instanceof Command.SetRate c) {
            n.put("token", c.token());
            n.put("rateMilliHz", c.rateMilliHz());
        } else {
            n.put("token", ((Command) m).token());
        }
        return n;
    }

    static RowcoachMessage message(JsonNode n) {
        MessageType type = MessageType.valueOf(n.get("type").asText());
        return switch (type) {
            case DEVICE_INFO -> new DeviceInfoMessage(n.get("firmwareMajor").intValue(),
                    n.get("firmwareMinor").intValue(), n.get("firmwarePatch").intValue(),
                    n.get("gyroPresent").booleanValue(), Long.parseUnsignedLong(n.get("deviceId").asText(), 16),
                    n.get("accelRangeCode").intValue(), n.get("gyroRangeCode").intValue(),
                    n.get("rateMilliHz").longValue(), n.get("model").asText());
            case SAMPLES -> samples(n);
            case STATUS -> new StatusMessage(n.get("timestampUs").longValue(), n.get("batteryPercent").intValue(),
                    n.get("streaming").booleanValue(), n.get("charging").booleanValue(),
                    n.get("droppedSamples").longValue(), n.get("temperatureCentiC").intValue());
            case ACK -> new AckMessage(n.get("token").intValue(), n.get("commandCode").intValue(),
                    AckMessage.Result.fromCode(n.get("result").intValue()));
            case START -> new Command.Start(n.get("token").intValue());
            case STOP -> new Command.Stop(n.get("token").intValue());
            case IDENTIFY -> new Command.Identify(n.get("token").intValue());
            case SET_RATE -> new Command.SetRate(n.get("token").intValue(), n.get("rateMilliHz").longValue());
        };
    }

    private static SamplesMessage samples(JsonNode n) {
        JsonNode rows = n.get("raw");
        boolean gyro = n.get("gyroPresent").booleanValue();
        int axes = gyro ? 6 : 3;
        short[] raw = new short[rows.size() * axes];
        for (int i = 0; i < rows.size(); i++) {
            for (int axis = 0; axis < axes; axis++) {
                raw[i * axes + axis] = (short) rows.get(i).get(axis).intValue();
            }
        }
        return new SamplesMessage(n.get("sequence").longValue(), n.get("timestampUs").longValue(),
                n.get("periodUs").longValue(), gyro, n.get("accelRangeCode").intValue(),
                n.get("gyroRangeCode").intValue(), raw);
    }

    /** The tree as it reads back from text, so that numbers compare by value whatever node built them. */
    static JsonNode normalise(JsonNode tree) {
        try {
            return MAPPER.readTree(MAPPER.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
