package dev.rowcoach.protocol.rowcoach;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How bytes arrive (serial reads, BLE notifications of 20 or 244 bytes) must not change what is decoded. */
class ChunkingTest {

    static List<String> vectors() {
        return VectorFiles.names();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void everyChunkingOfAVectorGivesItsEvents(String name) {
        JsonNode vector = VectorFiles.json(name);
        List<Object> expected = ExpectedStream.of(vector);
        byte[] bin = VectorFiles.bin(name);
        for (int chunk : new int[] {1, 7, 20, 244}) {
            ExpectedStream.assertSameEvents(expected, StreamBytes.decode(bin, chunk), name + " in " + chunk + "-byte chunks");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 23, 244})
    void allVectorsConcatenatedDecodeTheSameInBleChunks(int chunk) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String name : VectorFiles.names()) {
            byte[] bin = VectorFiles.bin(name);
            all.writeBytes(bin);
            if (bin.length > 0 && bin[bin.length - 1] != 0) {
                all.write(0);
            }
        }
        byte[] bytes = all.toByteArray();
        List<Object> whole = StreamBytes.decode(bytes, 0);
        assertFalse(whole.isEmpty());
        ExpectedStream.assertSameEvents(whole, StreamBytes.decode(bytes, chunk), chunk + "-byte chunks");
    }
}
