package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded random damage to valid streams. Damage is confined to chosen frames (their delimiters stay),
 * so every undamaged frame must still come out, at its offset; nothing may throw, at any chunking.
 */
class FuzzTest {

    private static final int ROUNDS = 2000;

    private static RowcoachMessage randomMessage(Random rnd) {
        long seq = rnd.nextBoolean() ? rnd.nextInt(1000) : rnd.nextLong() & RowcoachProtocol.U32_MAX;
        long ts = rnd.nextLong() & RowcoachProtocol.U32_MAX;
        return switch (rnd.nextInt(6)) {
            case 0 -> VectorGenerator.IMU;
            case 1 -> new StatusMessage(ts, rnd.nextInt(101), rnd.nextBoolean(), false, rnd.nextInt(50), 2000);
            case 2 -> new AckMessage(rnd.nextInt(256), 0x81 + rnd.nextInt(4), AckMessage.Result.OK);
            default -> {
                boolean gyro = rnd.nextBoolean();
                int count = 1 + rnd.nextInt(gyro ? 18 : 36);
                short[] raw = new short[count * (gyro ? 6 : 3)];
                for (int i = 0; i < raw.length; i++) {
                    raw[i] = (short) rnd.nextInt();
                }
                yield new SamplesMessage(seq, ts, 1 + rnd.nextInt(20_000), gyro, rnd.nextInt(5), rnd.nextInt(6), raw);
            }
        };
    }

    /** A damaged copy of an encoded frame body: flipped bits, replaced, inserted or deleted bytes, zeros included. */
    private static byte[] damage(byte[] body, Random rnd) {
        byte[] b = body.clone();
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(5)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[at] = (byte) rnd.nextInt(256);
                case 2 -> b[at] = 0;
                case 3 -> b = Arrays.copyOf(b, at);
                default -> {
                    byte[] grown = new byte[b.length + 1 + rnd.nextInt(8)];
                    System.arraycopy(b, 0, grown, 0, at);
                    for (int i = at; i < at + grown.length - b.length; i++) {
                        grown[i] = (byte) (1 + rnd.nextInt(255));
                    }
                    System.arraycopy(b, at, grown, at + grown.length - b.length, b.length - at);
                    b = grown;
                }
            }
        }
        return b;
    }

    @Test
    void damagedFramesNeverHideGoodOnesAndNothingThrows() {
        int goodChecked = 0;
        int damagedFrames = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Random rnd = new Random(1_000 + round);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<Long, RowcoachMessage> good = new HashMap<>();
            int frames = 2 + rnd.nextInt(12);
            for (int f = 0; f < frames; f++) {
                RowcoachMessage m = randomMessage(rnd);
                byte[] wire = RowcoachEncoder.encode(m);
                if (rnd.nextInt(3) == 0) {
                    out.writeBytes(damage(Arrays.copyOf(wire, wire.length - 1), rnd));
                    out.write(0);
                    damagedFrames++;
                } else {
                    good.put((long) out.size(), m);
                    out.writeBytes(wire);
                }
                if (rnd.nextInt(8) == 0) {
                    byte[] garbage = new byte[rnd.nextInt(300)];
                    rnd.nextBytes(garbage);
                    out.writeBytes(garbage);
                    out.write(0);
                }
            }
            byte[] bytes = out.toByteArray();
            Map<Long, RowcoachMessage> decoded = new HashMap<>();
            RowcoachFrameDecoder d = new RowcoachFrameDecoder(new FrameListener() {
                @Override
                public void message(RowcoachMessage message, long byteOffset, int length) {
                    decoded.put(byteOffset, message);
                }

                @Override
                public void malformed(Malformed malformed) {
                    assertTrue(malformed.length() > 0 && malformed.byteOffset() >= 0);
                }
            });
            feedInRandomChunks(bytes, rnd, d::feed);
            d.finish();
            for (Map.Entry<Long, RowcoachMessage> e : good.entrySet()) {
                assertEquals(e.getValue(), decoded.get(e.getKey()), "round " + round + ", frame at " + e.getKey());
                goodChecked++;
            }
            EventLog l = new EventLog();
            RowcoachDecoder decoder = new RowcoachDecoder(DecoderSettings.DEFAULTS, l);
            feedInRandomChunks(bytes, rnd, decoder::feed);
            decoder.finish();
        }
        assertTrue(goodChecked > ROUNDS * 3, "too few good frames checked: " + goodChecked);
        assertTrue(damagedFrames > ROUNDS, "too few damaged frames: " + damagedFrames);
    }

    @Test
    void randomBytesNeverThrow() {
        Random rnd = new Random(7);
        long events = 0;
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[rnd.nextInt(5000)];
            rnd.nextBytes(bytes);
            if (round % 2 == 0) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
                }
            }
            EventLog l = new EventLog();
            RowcoachDecoder decoder = new RowcoachDecoder(DecoderSettings.DEFAULTS, l);
            feedInRandomChunks(bytes, rnd, decoder::feed);
            decoder.finish();
            events += l.events.size();
            assertEquals(l.events.size(), l.count(Malformed.class), "random bytes decoded into data");
        }
        assertTrue(events > 200, "random input should produce malformed reports, got " + events);
    }

    @Test
    void randomTimestampsAndSequencesNeverBreakTheGapContract() {
        Random rnd = new Random(99);
        List<Object> all = new ArrayList<>();
        for (int round = 0; round < 200; round++) {
            StreamBytes s = new StreamBytes();
            for (int f = 0; f < 20; f++) {
                RowcoachMessage m = randomMessage(rnd);
                s.send(m);
            }
            all.addAll(StreamBytes.decode(s.bytes(), 1 + rnd.nextInt(300)));
        }
        assertTrue(all.stream().anyMatch(dev.rowcoach.sensor.Gap.class::isInstance), "no gaps exercised");
    }

    private interface Feed {
        void feed(byte[] buf, int off, int len);
    }

    private static void feedInRandomChunks(byte[] bytes, Random rnd, Feed feed) {
        int off = 0;
        while (off < bytes.length) {
            int n = Math.min(bytes.length - off, 1 + rnd.nextInt(rnd.nextBoolean() ? 20 : 300));
            feed.feed(bytes, off, n);
            off += n;
        }
    }
}
