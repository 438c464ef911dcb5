package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.sensor.Malformed;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameCodecTest {

    private static List<RowcoachMessage> decodeAll(byte[] bytes) {
        List<RowcoachMessage> out = new ArrayList<>();
        RowcoachFrameDecoder decoder = new RowcoachFrameDecoder(new FrameListener() {
            @Override
            public void message(RowcoachMessage message, long byteOffset, int length) {
                out.add(message);
            }

            @Override
            public void malformed(Malformed malformed) {
                throw new AssertionError("unexpected " + malformed);
            }
        });
        decoder.feed(bytes, 0, bytes.length);
        decoder.finish();
        return out;
    }

    @Test
    void crc32cCheckValue() {
        CRC32C crc = new CRC32C();
        crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0xE3069283L, crc.getValue());
    }

    @Test
    void stopCommandHasTheBytesComputedByHand() {
        // Decoded 01 82 02 + CRC-32C f8988be4 (from a bitwise CRC written outside this code base), COBS, 0x00.
        byte[] expected = {0x08, 0x01, (byte) 0x82, 0x02, (byte) 0xE4, (byte) 0x8B, (byte) 0x98, (byte) 0xF8, 0x00};
        assertArrayEquals(expected, RowcoachEncoder.encode(new Command.Stop(2)));
    }

    @Test
    void statusPayloadIsLittleEndianAtTheDocumentedOffsets() {
        byte[] frame = VectorBuilder.decodedFrame(new StatusMessage(0x11223344L, 55, true, true, 0xA0B0C0D0L, -2));
        assertEquals(2 + 12 + 4, frame.length);
        assertArrayEquals(new byte[] {1, 3, 0x44, 0x33, 0x22, 0x11, 55, 3, (byte) 0xD0, (byte) 0xC0, (byte) 0xB0,
                (byte) 0xA0, (byte) 0xFE, (byte) 0xFF}, java.util.Arrays.copyOf(frame, 14));
    }

    @Test
    void everyMessageTypeRoundTrips() {
        List<RowcoachMessage> messages = List.of(VectorGenerator.IMU, VectorGenerator.ACCEL_DEVICE,
                new DeviceInfoMessage(255, 255, 255, true, -1L, 4, 5, RowcoachProtocol.U32_MAX, "x".repeat(32)),
                new SamplesMessage(RowcoachProtocol.U32_MAX, RowcoachProtocol.U32_MAX, RowcoachProtocol.U32_MAX, true,
                        4, 5, new short[] {Short.MIN_VALUE, -1, 0, 1, Short.MAX_VALUE, 0x100}),
                new SamplesMessage(0, 0, 1, false, 0, 0, new short[108]),
                new StatusMessage(0, 0, false, false, 0, StatusMessage.TEMPERATURE_UNKNOWN),
                new AckMessage(255, 0xFF, AckMessage.Result.BUSY), new Command.Start(0), new Command.Stop(255),
                new Command.SetRate(7, RowcoachProtocol.U32_MAX), new Command.Identify(128));
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        for (RowcoachMessage m : messages) {
            byte[] wire = RowcoachEncoder.encode(m);
            assertTrue(wire.length <= RowcoachProtocol.MAX_WIRE_BYTES, m.type() + " is " + wire.length + " bytes");
            stream.writeBytes(wire);
        }
        assertEquals(messages, decodeAll(stream.toByteArray()));
    }

    @Test
    void largestFramesFitOneBleNotificationWithBothDelimiters() {
        short[] gyro = new short[6 * RowcoachProtocol.MAX_SAMPLES_WITH_GYRO];
        short[] accel = new short[3 * RowcoachProtocol.MAX_SAMPLES_ACCEL_ONLY];
        assertEquals(18, RowcoachProtocol.MAX_SAMPLES_WITH_GYRO);
        assertEquals(36, RowcoachProtocol.MAX_SAMPLES_ACCEL_ONLY);
        for (short[] raw : List.of(gyro, accel)) {
            byte[] wire = RowcoachEncoder.encode(new SamplesMessage(1, 2, 3, raw == gyro, 0, 0, raw));
            assertEquals(240, wire.length);
            assertTrue(1 + wire.length <= 244);
        }
        byte[] info = RowcoachEncoder.encode(new DeviceInfoMessage(1, 2, 3, true, 4, 0, 0, 5, "m".repeat(32)));
        assertTrue(info.length <= RowcoachProtocol.MAX_WIRE_BYTES);
    }

    @Test
    void constructorsRejectWhatTheWireCannotCarry() {
        assertThrows(IllegalArgumentException.class, () -> new SamplesMessage(0, 0, 1, true, 0, 0, new short[0]));
        assertThrows(IllegalArgumentException.class, () -> new SamplesMessage(0, 0, 1, true, 0, 0, new short[6 * 19]));
        assertThrows(IllegalArgumentException.class, () -> new SamplesMessage(0, 0, 1, false, 0, 0, new short[3 * 37]));
        assertThrows(IllegalArgumentException.class, () -> new SamplesMessage(0, 0, 1, true, 0, 0, new short[7]));
        assertThrows(IllegalArgumentException.class, () -> new SamplesMessage(0, 0, 0, true, 0, 0, new short[6]));
        assertThrows(IllegalArgumentException.class, () -> new SamplesMessage(1L << 32, 0, 1, true, 0, 0, new short[6]));
        assertThrows(IllegalArgumentException.class, () -> new SamplesMessage(0, 0, 1, true, 5, 0, new short[6]));
        assertThrows(IllegalArgumentException.class, () -> new SamplesMessage(0, 0, 1, true, 0, 6, new short[6]));
        assertThrows(IllegalArgumentException.class, () -> new DeviceInfoMessage(1, 0, 0, true, 0, 0, 0, 1, "x".repeat(33)));
        assertThrows(IllegalArgumentException.class, () -> new DeviceInfoMessage(1, 0, 0, true, 0, 0, 0, 1, "é"));
        assertThrows(IllegalArgumentException.class, () -> new DeviceInfoMessage(1, 0, 0, true, 0, 0, 0, 0, ""));
        assertThrows(IllegalArgumentException.class, () -> new DeviceInfoMessage(256, 0, 0, true, 0, 0, 0, 1, ""));
        assertThrows(IllegalArgumentException.class, () -> new StatusMessage(0, 101, false, false, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StatusMessage(0, 0, false, false, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new StatusMessage(0, 0, false, false, 0, 40_000));
        assertThrows(IllegalArgumentException.class, () -> new AckMessage(0, 0x10, AckMessage.Result.OK));
        assertThrows(IllegalArgumentException.class, () -> new Command.Start(256));
        assertThrows(IllegalArgumentException.class, () -> new Command.SetRate(0, 0));
    }

    @Test
    void samplesMessageIsImmutable() {
        short[] raw = {1, 2, 3};
        SamplesMessage m = new SamplesMessage(0, 0, 1, false, 0, 0, raw);
        raw[0] = 99;
        m.raw()[1] = 99;
        assertArrayEquals(new short[] {1, 2, 3}, m.raw());
        assertEquals(new SamplesMessage(0, 0, 1, false, 0, 0, new short[] {1, 2, 3}), m);
        assertNotEquals(new SamplesMessage(0, 0, 1, false, 0, 0, new short[] {1, 2, 4}), m);
    }

    @Test
    void fullScaleCodes() {
        assertEquals(List.of(2, 4, 8, 16, 32), List.of(RowcoachProtocol.accelRangeG(0), RowcoachProtocol.accelRangeG(1),
                RowcoachProtocol.accelRangeG(2), RowcoachProtocol.accelRangeG(3), RowcoachProtocol.accelRangeG(4)));
        assertEquals(4000, RowcoachProtocol.gyroRangeDps(5));
        assertEquals(3, RowcoachProtocol.accelRangeCode(16));
        assertEquals(4, RowcoachProtocol.gyroRangeCode(2000));
        assertThrows(IllegalArgumentException.class, () -> RowcoachProtocol.accelRangeCode(6));
        assertThrows(IllegalArgumentException.class, () -> RowcoachProtocol.gyroRangeCode(245));
    }

    @Test
    void deviceInfoBecomesSensorInfo() {
        var info = VectorGenerator.IMU.toSensorInfo();
        assertEquals("LSM6DSOX", info.model());
        assertEquals("0123456789abcdef", info.deviceId());
        assertEquals("1.4.2", info.firmware());
        assertEquals(8.0, info.accelRangeG());
        assertEquals(2000.0, info.gyroRangeDps());
        assertEquals(208.0, info.nominalRateHz());
    }
}
