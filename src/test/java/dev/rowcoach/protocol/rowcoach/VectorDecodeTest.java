package dev.rowcoach.protocol.rowcoach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.rowcoach.sensor.Malformed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java codec against every committed vector: frames, stream events, and byte-exact re-encoding. */
class VectorDecodeTest {

    static List<String> vectors() {
        List<String> names = VectorFiles.names();
        assertTrue(names.size() >= 20, "vectors missing: " + names);
        return names;
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void framesAreTheVectorsFrames(String name) {
        JsonNode vector = VectorFiles.json(name);
        ArrayNode frames = VectorJson.MAPPER.createArrayNode();
        RowcoachFrameDecoder decoder = new RowcoachFrameDecoder(new FrameListener() {
            @Override
            public void message(RowcoachMessage message, long byteOffset, int length) {
                frames.add(VectorJson.frame(byteOffset, length, message));
            }

            @Override
            public void malformed(Malformed m) {
                frames.add(VectorJson.malformedFrame(m.byteOffset(), m.length(), m.reason()));
            }
        });
        byte[] bin = VectorFiles.bin(name);
        decoder.feed(bin, 0, bin.length);
        decoder.finish();
        assertTrue(vector.get("frames").size() > 0, name + " has no frames");
        assertEquals(vector.get("frames"), VectorJson.normalise(frames), name);
        assertEquals(vector.get("malformedCount").longValue(), decoder.malformedCount(), name + " malformed count");
        assertEquals(vector.get("frames").size(), decoder.messageCount() + decoder.malformedCount(), name);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void streamEventsAreTheVectorsStream(String name) {
        JsonNode vector = VectorFiles.json(name);
        List<Object> expected = ExpectedStream.of(vector);
        List<Object> actual = StreamBytes.decode(VectorFiles.bin(name), 0);
        ExpectedStream.assertSameEvents(expected, actual, name);
        long malformed = actual.stream().filter(Malformed.class::isInstance).count();
        assertEquals(vector.get("malformedCount").longValue(), malformed, name + " malformed events");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void encodingTheMessagesReproducesTheBytes(String name) {
        JsonNode vector = VectorFiles.json(name);
        byte[] bin = VectorFiles.bin(name);
        boolean valid = vector.get("validStream").booleanValue();
        assertEquals(vector.get("malformedCount").intValue() == 0, valid, name + ": validStream");
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        if (vector.get("leadingDelimiter").booleanValue()) {
            stream.write(0);
        }
        int messages = 0;
        for (JsonNode frame : vector.get("frames")) {
            if (!frame.has("message")) {
                continue;
            }
            byte[] wire = RowcoachEncoder.encode(VectorJson.message(frame.get("message")));
            int off = frame.get("offset").intValue();
            assertEquals(frame.get("length").intValue() + 1, wire.length, name + " frame at " + off);
            assertArrayEquals(Arrays.copyOfRange(bin, off, off + wire.length), wire, name + " frame at " + off);
            stream.writeBytes(wire);
            messages++;
        }
        if (valid) {
            assertTrue(messages > 0, name);
            assertArrayEquals(bin, stream.toByteArray(), name + ": re-encoded stream");
        }
    }
}
