package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.VectorBuilder.cobs;
import static dev.rowcoach.protocol.rowcoach.VectorBuilder.decodedFrame;
import static dev.rowcoach.protocol.rowcoach.VectorBuilder.recrc;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.IMU;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.expectImu;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.gyro;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.gyroFrame;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.t208;

import dev.rowcoach.protocol.rowcoach.VectorBuilder.Vector;
import dev.rowcoach.sensor.Gap.Cause;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Vectors with spans a receiver must reject, each among good frames that must still decode. */
final class ErrorVectors {

    private static final int P = RowcoachProtocol.HEADER_BYTES;
    private static final StatusMessage STATUS = new StatusMessage(7_000_000, 64, true, false, 0, 2200);

    private ErrorVectors() {
    }

    static List<Vector> all() {
        return List.of(corruptCrc(), invalidCobs(), truncated(), garbagePrefix(), unknownTypeAndVersion(),
                badLength(), badValue(), tooShort(), tooLong());
    }

    private static VectorBuilder goodStatus(VectorBuilder b) {
        return b.send(STATUS).expectStatus(7_000_000, 64, 0);
    }

    private static Vector corruptCrc() {
        Random rnd = new Random(21);
        VectorBuilder b = new VectorBuilder("corrupt_crc", "Four SAMPLES frames; the second has a flipped CRC "
                + "byte, the third a flipped sample bit. The good frames around them decode, with one "
                + "MISSING_SAMPLES gap of 36.");
        gyro(b, 0, t208(0), rnd);
        byte[] badCrc = decodedFrame(gyroFrame(18, t208(18), rnd));
        badCrc[badCrc.length - 1] ^= (byte) 0xFF;
        b.badSpan(cobs(badCrc), "CRC mismatch");
        byte[] badBit = decodedFrame(gyroFrame(36, t208(36), rnd));
        badBit[P + 40] ^= 0x01;
        b.badSpan(cobs(badBit), "CRC mismatch");
        b.expectGap(Cause.MISSING_SAMPLES, t208(17), t208(54), 36);
        return gyro(b, 54, t208(54), rnd).build();
    }

    private static Vector invalidCobs() {
        byte[] overrun = cobs(decodedFrame(STATUS));
        overrun[0] = (byte) 0xF0;
        VectorBuilder b = new VectorBuilder("invalid_cobs", "DEVICE_INFO, a span whose code byte 0x05 runs past "
                + "its end, a STATUS whose first code byte was changed to 0xF0, and a good STATUS.");
        expectImu(b.send(IMU));
        b.badSpan(new byte[] {0x05, 0x11, 0x22}, "bad COBS").badSpan(overrun, "bad COBS");
        return goodStatus(b).build();
    }

    private static Vector truncated() {
        Random rnd = new Random(22);
        VectorBuilder b = new VectorBuilder("truncated", "Two SAMPLES frames, then the first 100 bytes of a third: "
                + "the input ends inside a frame.");
        gyro(b, 0, t208(0), rnd);
        gyro(b, 18, t208(18), rnd);
        return b.truncatedTail(Arrays.copyOf(RowcoachEncoder.encode(gyroFrame(36, t208(36), rnd)), 100)).build();
    }

    private static Vector garbagePrefix() {
        VectorBuilder b = new VectorBuilder("garbage_prefix", "A boot log line before the first delimiter "
                + "(no flush before it), then DEVICE_INFO and a SAMPLES frame.");
        b.badSpan("boot: rowcoach fw 1.4.2\r\n".getBytes(StandardCharsets.US_ASCII), "bad COBS");
        expectImu(b.send(IMU));
        return gyro(b, 0, t208(0), new Random(23)).build();
    }

    private static Vector unknownTypeAndVersion() {
        byte[] type7f = decodedFrame(new Command.Start(5));
        type7f[1] = 0x7F;
        byte[] type05 = decodedFrame(STATUS);
        type05[1] = 0x05;
        byte[] version2 = decodedFrame(STATUS);
        version2[0] = 2;
        VectorBuilder b = new VectorBuilder("unknown_type_version", "Frames with a valid CRC but type 0x7F, "
                + "type 0x05 and version 2; then a good STATUS.");
        b.badSpan(cobs(recrc(type7f)), "unknown type").badSpan(cobs(recrc(type05)), "unknown type")
                .badSpan(cobs(recrc(version2)), "unknown version");
        return goodStatus(b).build();
    }

    private static Vector badLength() {
        byte[] shortStatus = Arrays.copyOf(decodedFrame(STATUS), P + 11 + 4);
        byte[] countTooHigh = decodedFrame(new SamplesMessage(0, 1000, 1000, true, 0, 0, new short[12]));
        countTooHigh[P + 12] = 3;
        byte[] longModel = new byte[P + 19 + 33 + 4];
        System.arraycopy(decodedFrame(IMU), 0, longModel, 0, P + 18);
        longModel[P + 18] = 33;
        Arrays.fill(longModel, P + 19, P + 19 + 33, (byte) 'A');
        byte[] longStart = Arrays.copyOf(decodedFrame(new Command.Start(6)), P + 2 + 4);
        VectorBuilder b = new VectorBuilder("bad_length", "Valid CRC, wrong payload length: STATUS of 11 bytes, "
                + "SAMPLES whose count says 3 but holds 2, DEVICE_INFO with a 33-character model, START with "
                + "2 bytes; then a good STATUS.");
        b.badSpan(cobs(recrc(shortStatus)), "bad length").badSpan(cobs(recrc(countTooHigh)), "bad length")
                .badSpan(cobs(recrc(longModel)), "bad length").badSpan(cobs(recrc(longStart)), "bad length");
        return goodStatus(b).build();
    }

    private static Vector badValue() {
        byte[] reservedFlag = decodedFrame(new SamplesMessage(0, 1000, 1000, true, 0, 0, new short[6]));
        reservedFlag[P + 13] |= 0x02;
        byte[] countZero = Arrays.copyOf(decodedFrame(new SamplesMessage(0, 1000, 1000, false, 0, 0, new short[3])),
                P + 16 + 4);
        countZero[P + 12] = 0;
        byte[] battery150 = decodedFrame(STATUS);
        battery150[P + 4] = (byte) 150;
        byte[] accelCode5 = decodedFrame(IMU);
        accelCode5[P + 12] = 5;
        byte[] modelDel = decodedFrame(IMU);
        modelDel[P + 19] = 0x7F;
        byte[] ackResult4 = decodedFrame(new AckMessage(1, 0x81, AckMessage.Result.OK));
        ackResult4[P + 2] = 4;
        byte[] rateZero = decodedFrame(new Command.SetRate(2, 1));
        rateZero[P + 1] = 0;
        VectorBuilder b = new VectorBuilder("bad_value", "Valid CRC and length, a field out of range: SAMPLES "
                + "with reserved flag 0x02, SAMPLES with count 0, STATUS battery 150, DEVICE_INFO accel code 5, "
                + "DEVICE_INFO model with 0x7F, ACK result 4, SET_RATE 0 mHz; then a good STATUS.");
        for (byte[] frame : List.of(reservedFlag, countZero, battery150, accelCode5, modelDel, ackResult4, rateZero)) {
            b.badSpan(cobs(recrc(frame)), "bad value");
        }
        return goodStatus(b).build();
    }

    private static Vector tooShort() {
        VectorBuilder b = new VectorBuilder("too_short", "Spans that decode to 0, 2 and 5 bytes (a frame has at "
                + "least 6); then a good STOP command.");
        b.badSpan(new byte[] {0x01}, "too short").badSpan(new byte[] {0x03, 0x01, 0x02}, "too short")
                .badSpan(cobs(new byte[] {1, 2, 3, 4, 5}), "too short");
        return b.send(new Command.Stop(9)).build();
    }

    private static Vector tooLong() {
        byte[] span242 = new byte[RowcoachProtocol.MAX_ENCODED_BYTES + 1];
        Arrays.fill(span242, (byte) 0x41);
        byte[] span300 = new byte[300];
        Arrays.fill(span300, (byte) 0x41);
        VectorBuilder b = new VectorBuilder("too_long", "Spans of 242 and 300 non-zero bytes, longer than any "
                + "encoded frame (241); then a good STATUS.");
        b.badSpan(span242, "too long").badSpan(span300, "too long");
        return goodStatus(b).build();
    }
}
