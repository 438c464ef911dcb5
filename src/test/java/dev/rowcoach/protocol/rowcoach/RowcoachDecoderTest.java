package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static dev.rowcoach.protocol.rowcoach.StreamBytes.accelFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowcoachDecoderTest {

    private static final long WRAP = 1L << 32;

    private static EventLog decode(byte[] bytes) {
        return StreamBytes.log(bytes);
    }

    private static List<Gap> gaps(EventLog l) {
        return l.events.stream().filter(Gap.class::isInstance).map(Gap.class::cast).toList();
    }

    private static List<Sample> samples(EventLog l) {
        return l.events.stream().filter(Sample.class::isInstance).map(Sample.class::cast).toList();
    }

    @Test
    void convertsCountsToSiUnitsByFullScale() {
        short[] raw = {16384, Short.MIN_VALUE, 0, 16384, -16384, 32767};
        EventLog l = decode(new StreamBytes().send(new SamplesMessage(0, 100, 5000, true, 1, 4, raw)).bytes());
        Sample s = samples(l).get(0);
        assertEquals(1, l.events.size());
        assertEquals(100, s.timeUs());
        assertEquals(2 * 9.80665, s.ax(), 1e-12);
        assertEquals(-4 * 9.80665, s.ay(), 1e-12);
        assertEquals(0.0, s.az());
        assertEquals(Math.toRadians(1000), s.gx(), 1e-12);
        assertEquals(Math.toRadians(-1000), s.gy(), 1e-12);
        assertEquals(Math.toRadians(2000 * 32767 / 32768.0), s.gz(), 1e-12);
    }

    @Test
    void accelOnlyFramesHaveNoGyroAndTimesStepByThePeriod() {
        EventLog l = decode(new StreamBytes().send(accelFrame(0, 5000, 4)).bytes());
        List<Sample> s = samples(l);
        assertEquals(4, s.size());
        for (int i = 0; i < 4; i++) {
            assertFalse(s.get(i).hasGyro());
            assertEquals(5000 + 1000L * i, s.get(i).timeUs());
            assertEquals(9.80665, s.get(i).az(), 1e-12, "16384 counts at ±2 g are 1 g");
        }
    }

    @Test
    void rateSettingReplacesOnlyTheNominalRate() {
        EventLog l = new EventLog();
        RowcoachDecoder d = new RowcoachDecoder(new DecoderSettings(100.0, null, null, null), l);
        byte[] b = new StreamBytes().send(VectorGenerator.IMU, accelFrame(0, 0, 2)).bytes();
        d.feed(b, 0, b.length);
        d.finish();
        assertEquals(VectorGenerator.IMU.toSensorInfo().withNominalRateHz(100.0), l.events.get(0));
        assertEquals(1000, ((Sample) l.events.get(2)).timeUs(), "times still come from the frame's period");
    }

    @Test
    void timestampsUnwrapAcrossTheU32Wrap() {
        long t0 = WRAP - 1500;
        byte[] b = new StreamBytes().send(accelFrame(0, t0, 1), accelFrame(1, (t0 + 1000) & 0xFFFF_FFFFL, 1),
                accelFrame(2, (t0 + 2000) & 0xFFFF_FFFFL, 1)).bytes();
        EventLog l = decode(b);
        assertEquals(List.of(t0, t0 + 1000, t0 + 2000), samples(l).stream().map(Sample::timeUs).toList());
        assertTrue(gaps(l).isEmpty());
    }

    @Test
    void statusEveryFewMinutesKeepsTheClockThroughALongPause() {
        StreamBytes s = new StreamBytes().send(accelFrame(0, 1_000_000, 1));
        long t = 1_000_000;
        for (int minute = 5; minute <= 80; minute += 5) {
            t = 1_000_000 + minute * 60_000_000L;
            s.send(new StatusMessage(t & 0xFFFF_FFFFL, 50, false, false, 0, 0));
        }
        long resume = t + 1_000_000;
        EventLog l = decode(s.send(accelFrame(1, resume & 0xFFFF_FFFFL, 1)).bytes());
        assertEquals(List.of(new Gap(1_000_000, resume, 0, Gap.Cause.TIME_JUMP)), gaps(l));
        assertEquals(resume, samples(l).get(1).timeUs());
        assertTrue(resume > WRAP, "the pause crossed the wrap");
    }

    @Test
    void sequenceJumpIsMissingSamplesCountedExactly() {
        EventLog l = decode(new StreamBytes().send(accelFrame(10, 10_000, 2), accelFrame(19, 19_000, 2)).bytes());
        assertEquals(List.of(new Gap(11_000, 19_000, 7, Gap.Cause.MISSING_SAMPLES)), gaps(l));
    }

    @Test
    void sequenceWrapAtTwoToThe32IsContinuous() {
        long seq = WRAP - 2;
        EventLog l = decode(new StreamBytes().send(accelFrame(seq, 0, 2), accelFrame(0, 2000, 2)).bytes());
        assertTrue(gaps(l).isEmpty());
        assertEquals(4, samples(l).size());
    }

    @Test
    void sequenceGoingBackIsADeviceResetAndTimesRestart() {
        long t = WRAP + 5_000_000;
        byte[] b = new StreamBytes().send(accelFrame(0, 1_000, 1)).bytes();
        StreamBytes s = new StreamBytes().raw(b);
        for (long dt = 1_000_000_000; dt <= t; dt += 1_000_000_000) {
            s.send(new StatusMessage(dt & 0xFFFF_FFFFL, 10, true, false, 0, 0));
        }
        s.send(accelFrame(5_000_000, t & 0xFFFF_FFFFL, 1), accelFrame(0, 20_000, 1));
        EventLog l = decode(s.bytes());
        assertEquals(List.of(new Gap(t, 20_000, -1, Gap.Cause.DEVICE_RESET)), gaps(l).subList(1, 2));
        assertEquals(t, samples(l).get(1).timeUs());
        assertEquals(20_000, samples(l).get(2).timeUs());
    }

    @Test
    void timeGoingBackWithContiguousSequenceIsAlsoAReset() {
        EventLog l = decode(new StreamBytes().send(accelFrame(0, 50_000, 2), accelFrame(2, 40_000, 2)).bytes());
        assertEquals(List.of(new Gap(51_000, 40_000, -1, Gap.Cause.DEVICE_RESET)), gaps(l));
    }

    @Test
    void commandsAndAcksCarryNoSensorData() {
        byte[] b = new StreamBytes().send(new Command.Start(1), new AckMessage(1, 0x81, AckMessage.Result.OK),
                new Command.SetRate(2, 5), new Command.Identify(3), new Command.Stop(4)).bytes();
        assertTrue(decode(b).events.isEmpty());
    }

    @Test
    void floodWithoutDelimiterKeepsMemoryFixedAndResynchronises() {
        List<Malformed> bad = new java.util.ArrayList<>();
        int[] good = new int[1];
        RowcoachFrameDecoder d = new RowcoachFrameDecoder(new FrameListener() {
            @Override
            public void message(RowcoachMessage message, long byteOffset, int length) {
                good[0]++;
            }

            @Override
            public void malformed(Malformed malformed) {
                bad.add(malformed);
            }
        });
        byte[] chunk = new byte[65536];
        Arrays.fill(chunk, (byte) 0x55);
        long flood = 0;
        for (int i = 0; i < 160; i++) {
            d.feed(chunk, 0, chunk.length);
            flood += chunk.length;
        }
        assertEquals(RowcoachProtocol.MAX_ENCODED_BYTES, d.bufferCapacity());
        assertTrue(bad.isEmpty() && good[0] == 0, "nothing is reported before a delimiter");
        byte[] tail = new StreamBytes().raw((byte) 0).send(VectorGenerator.IMU).bytes();
        d.feed(tail, 0, tail.length);
        d.finish();
        assertEquals(List.of(new Malformed(0, flood, "too long")), bad);
        assertEquals(1, good[0]);
    }

    @Test
    void finishReportsATrailingPartialFrameOnce() {
        byte[] whole = new StreamBytes().send(accelFrame(0, 0, 3)).bytes();
        byte[] cut = Arrays.copyOf(whole, whole.length + 10);
        System.arraycopy(whole, 0, cut, whole.length, 10);
        EventLog l = new EventLog();
        RowcoachDecoder d = new RowcoachDecoder(DecoderSettings.DEFAULTS, l);
        d.feed(cut, 0, cut.length);
        d.finish();
        d.finish();
        assertEquals(3, samples(l).size());
        Malformed m = (Malformed) l.events.get(3);
        assertEquals(4, l.events.size());
        assertTrue(m.reason().startsWith("truncated"), m.reason());
        assertEquals(whole.length, m.byteOffset());
        assertEquals(10, m.length());
    }

    @Test
    void probeIsConfidentOnlyOnValidFrames() {
        byte[] multi = VectorFiles.bin("multi_frame");
        assertEquals(100, RowcoachDecoder.probe(multi, multi.length));
        byte[] cutIn = Arrays.copyOfRange(multi, 5, 400);
        assertEquals(100, RowcoachDecoder.probe(cutIn, cutIn.length), "a stream joined mid-frame");
        byte[] one = VectorFiles.bin("samples_gyro");
        assertEquals(50, RowcoachDecoder.probe(one, one.length));
        byte[] csv = "t_ms,ax,ay,az\n0,0.01,0.02,1.0\n10,0.01,0.02,1.0\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0, RowcoachDecoder.probe(csv, csv.length));
        byte[] wit = {0x55, 0x51, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, (byte) 0xAE, 0x55, 0x52, 0, 0, 0, 0,
                0, 0, 0, 0, (byte) 0xA7};
        assertEquals(0, RowcoachDecoder.probe(wit, wit.length));
        assertEquals(0, RowcoachDecoder.probe(new byte[0], 0));
        assertEquals(50, RowcoachDecoder.probe(multi, 40), "only the first 40 bytes are looked at");
    }

    @Test
    void statusReportsUnknownBatteryAsMinusOne() {
        EventLog l = decode(new StreamBytes().send(new StatusMessage(9, 255, false, false, 4, 0)).bytes());
        assertEquals(List.of(new DeviceStatus(9, -1, 4)), l.events);
    }

    @Test
    void deviceInfoWithoutGyroHasNoGyroRange() {
        EventLog l = decode(new StreamBytes().send(VectorGenerator.ACCEL_DEVICE).bytes());
        assertEquals(List.of(new SensorInfo("ADXL355", "fedcba9876543210", "0.9.17", 4.0, null, 1000.0)), l.events);
    }
}
