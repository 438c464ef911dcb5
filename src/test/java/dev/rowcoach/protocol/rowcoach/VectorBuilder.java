package dev.rowcoach.protocol.rowcoach;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rowcoach.sensor.Gap;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds one test vector: the bytes a device would send, and, stated independently by the scenario,
 * what a receiver must make of them. Frame entries come from what was written (offsets counted here);
 * stream events are the scenario's own expectations (times, gaps), never the decoder's output.
 */
final class VectorBuilder {

    /** A finished vector: the raw stream and its JSON description. */
    record Vector(String name, byte[] bin, String json) {
    }

    private final String name;
    private final String description;
    private final ByteArrayOutputStream bin = new ByteArrayOutputStream();
    private final List<ObjectNode> frames = new ArrayList<>();
    private final List<ObjectNode> stream = new ArrayList<>();
    private boolean leadingDelimiter;
    private int malformed;

    VectorBuilder(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** A leading 0x00 that flushes the receiver; only at the start. */
    VectorBuilder flush() {
        if (bin.size() != 0) {
            throw new IllegalStateException("the flush delimiter goes first");
        }
        bin.write(0);
        leadingDelimiter = true;
        return this;
    }

    /** Writes a valid frame. */
    VectorBuilder send(RowcoachMessage message) {
        byte[] wire = RowcoachEncoder.encode(message);
        frames.add(VectorJson.frame(bin.size(), wire.length - 1, message));
        bin.writeBytes(wire);
        return this;
    }

    /** Writes a span that a receiver must reject for {@code reason}, and its delimiter. */
    VectorBuilder badSpan(byte[] span, String reason) {
        expectMalformedAt(bin.size(), span.length, reason);
        bin.writeBytes(span);
        bin.write(0);
        return this;
    }

    /** Writes bytes with no delimiter after them: the end of the stream. */
    VectorBuilder truncatedTail(byte[] bytes) {
        expectMalformedAt(bin.size(), bytes.length, FrameError.TRUNCATED.phrase());
        bin.writeBytes(bytes);
        return this;
    }

    VectorBuilder expectSensorInfo(String model, String deviceId, String firmware, double accelRangeG,
                                   Double gyroRangeDps, double nominalRateHz) {
        ObjectNode n = event("sensorInfo");
        n.put("model", model);
        n.put("deviceId", deviceId);
        n.put("firmware", firmware);
        n.put("accelRangeG", accelRangeG);
        n.put("gyroRangeDps", gyroRangeDps);
        n.put("nominalRateHz", nominalRateHz);
        return this;
    }

    VectorBuilder expectSamples(long firstTimeUs, long periodUs, int count) {
        ObjectNode n = event("samples");
        n.put("firstTimeUs", firstTimeUs);
        n.put("periodUs", periodUs);
        n.put("count", count);
        return this;
    }

    VectorBuilder expectGap(Gap.Cause cause, long startUs, long endUs, long missingSamples) {
        ObjectNode n = event("gap");
        n.put("cause", cause.name());
        n.put("startUs", startUs);
        n.put("endUs", endUs);
        n.put("missingSamples", missingSamples);
        return this;
    }

    VectorBuilder expectStatus(long timeUs, int batteryPercent, long droppedSamples) {
        ObjectNode n = event("status");
        n.put("timeUs", timeUs);
        n.put("batteryPercent", batteryPercent);
        n.put("droppedSamples", droppedSamples);
        return this;
    }

    Vector build() {
        boolean valid = malformed == 0;
        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"name\": ").append(text(VectorJson.MAPPER.getNodeFactory().textNode(name))).append(",\n");
        json.append("  \"description\": ").append(text(VectorJson.MAPPER.getNodeFactory().textNode(description)))
                .append(",\n");
        json.append("  \"validStream\": ").append(valid).append(",\n");
        json.append("  \"leadingDelimiter\": ").append(leadingDelimiter).append(",\n");
        json.append("  \"frames\": ").append(list(frames)).append(",\n");
        json.append("  \"malformedCount\": ").append(malformed).append(",\n");
        json.append("  \"stream\": ").append(list(stream)).append("\n");
        json.append("}\n");
        return new Vector(name, bin.toByteArray(), json.toString());
    }

    /** The decoded frame of {@code message}: version, type, payload, CRC. */
    static byte[] decodedFrame(RowcoachMessage message) {
        byte[] frame = new byte[RowcoachProtocol.MAX_FRAME_BYTES];
        return Arrays.copyOf(frame, RowcoachEncoder.frame(message, frame));
    }

    /** {@code frame} (with a stale or no CRC in its last four bytes) with a correct CRC-32C in them. */
    static byte[] recrc(byte[] frame) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(frame, 0, frame.length - 4);
        long v = crc.getValue();
        for (int i = 0; i < 4; i++) {
            frame[frame.length - 4 + i] = (byte) (v >> (8 * i));
        }
        return frame;
    }

    /** COBS encoding of {@code decoded}, without delimiter. */
    static byte[] cobs(byte[] decoded) {
        byte[] out = new byte[Cobs.maxEncodedLength(decoded.length)];
        return Arrays.copyOf(out, Cobs.encode(decoded, 0, decoded.length, out, 0));
    }

    private void expectMalformedAt(long offset, long length, String reason) {
        malformed++;
        frames.add(VectorJson.malformedFrame(offset, length, reason));
        ObjectNode n = event("malformed");
        n.put("byteOffset", offset);
        n.put("length", length);
        n.put("reason", reason);
    }

    private ObjectNode event(String kind) {
        ObjectNode n = VectorJson.MAPPER.createObjectNode();
        n.put("event", kind);
        stream.add(n);
        return n;
    }

    private static String list(List<ObjectNode> items) {
        if (items.isEmpty()) {
            return "[]";
        }
        StringBuilder s = new StringBuilder("[\n");
        for (int i = 0; i < items.size(); i++) {
            s.append("    ").append(text(items.get(i))).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        return s.append("  ]").toString();
    }

    private static String text(JsonNode node) {
        try {
            return VectorJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
