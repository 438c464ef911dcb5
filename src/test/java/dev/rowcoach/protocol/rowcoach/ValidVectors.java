package dev.rowcoach.protocol.rowcoach;

import static dev.rowcoach.protocol.rowcoach.VectorGenerator.ACCEL_DEVICE;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.IMU;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.PERIOD_208_HZ;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.WRAP;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.accel;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.expectAccelDevice;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.expectImu;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.gyro;
import static dev.rowcoach.protocol.rowcoach.VectorGenerator.t208;

import dev.rowcoach.protocol.rowcoach.VectorBuilder.Vector;
import dev.rowcoach.sensor.Gap.Cause;
import java.util.List;
import java.util.Random;

/** Vectors whose streams are entirely valid frames (they re-encode byte for byte). */
final class ValidVectors {

    private ValidVectors() {
    }

    static List<Vector> all() {
        return List.of(deviceInfo(), samplesGyro(), samplesAccelOnly(), status(),
                command("command_start", new Command.Start(1)), command("command_stop", new Command.Stop(2)),
                command("command_set_rate", new Command.SetRate(3, 104_000)),
                command("command_identify", new Command.Identify(4)), ack(), multiFrame(), timestampWrap(),
                deviceReset(), missingSamples(), pauseResume());
    }

    private static Vector deviceInfo() {
        VectorBuilder b = new VectorBuilder("device_info",
                "DEVICE_INFO of a 6-axis LSM6DSOX, then of an accelerometer-only device with an empty model name.");
        expectImu(b.send(IMU));
        b.send(new DeviceInfoMessage(0, 9, 17, false, 0xFEDCBA9876543210L, 0, 0, 12_500, ""))
                .expectSensorInfo(null, "fedcba9876543210", "0.9.17", 2.0, null, 12.5);
        return b.build();
    }

    private static Vector samplesGyro() {
        short[] raw = VectorGenerator.raw(new Random(11), 18, true, 4096);
        short[] extremes = {0, Short.MIN_VALUE, Short.MAX_VALUE, 1, -1, 256};
        System.arraycopy(extremes, 0, raw, 0, extremes.length);
        return new VectorBuilder("samples_gyro",
                "One SAMPLES frame of the largest size with gyroscope: 18 samples, ±8 g, ±2000 dps, 208 Hz; "
                        + "the first sample holds 0, -32768, 32767, 1, -1, 256.")
                .send(new SamplesMessage(0, 1_000_000, PERIOD_208_HZ, true, 2, 4, raw))
                .expectSamples(1_000_000, PERIOD_208_HZ, 18).build();
    }

    private static Vector samplesAccelOnly() {
        short[] raw = VectorGenerator.raw(new Random(12), 36, false, 8192);
        raw[0] = Short.MIN_VALUE;
        raw[1] = Short.MAX_VALUE;
        raw[2] = 0;
        return new VectorBuilder("samples_accel_only",
                "One SAMPLES frame of the largest size without gyroscope: 36 samples, ±4 g, 1 kHz, sequence 500.")
                .send(new SamplesMessage(500, 2_500_000, 1000, false, 1, 0, raw))
                .expectSamples(2_500_000, 1000, 36).build();
    }

    private static Vector status() {
        return new VectorBuilder("status",
                "Two STATUS frames: streaming at 87 % with 3 dropped samples and 25.12 °C; then charging, "
                        + "battery and temperature unknown.")
                .send(new StatusMessage(5_000_000, 87, true, false, 3, 2512)).expectStatus(5_000_000, 87, 3)
                .send(new StatusMessage(6_000_000, StatusMessage.BATTERY_UNKNOWN, false, true, 0,
                        StatusMessage.TEMPERATURE_UNKNOWN)).expectStatus(6_000_000, -1, 0)
                .build();
    }

    private static Vector command(String name, Command command) {
        return new VectorBuilder(name, "One host-to-device " + command.type() + " command; the host-side "
                + "sample decoder skips it silently.").send(command).build();
    }

    private static Vector ack() {
        return new VectorBuilder("ack", "ACKs: SET_RATE accepted, an unknown command 0x85 unsupported, "
                + "SET_RATE with an invalid argument.")
                .send(new AckMessage(3, 0x83, AckMessage.Result.OK))
                .send(new AckMessage(9, 0x85, AckMessage.Result.UNSUPPORTED))
                .send(new AckMessage(10, 0x83, AckMessage.Result.INVALID_ARGUMENT)).build();
    }

    private static Vector multiFrame() {
        Random rnd = new Random(13);
        VectorBuilder b = new VectorBuilder("multi_frame", "A session after START: leading flush 0x00, ACK, "
                + "DEVICE_INFO, STATUS, three contiguous SAMPLES frames, a STATUS stamped after the next frame's "
                + "first sample, and one more SAMPLES frame.").flush();
        b.send(new AckMessage(1, 0x81, AckMessage.Result.OK));
        expectImu(b.send(IMU));
        b.send(new StatusMessage(990_000, 100, true, false, 0, 2300)).expectStatus(990_000, 100, 0);
        for (int seq = 0; seq < 54; seq += 18) {
            gyro(b, seq, t208(seq), rnd);
        }
        b.send(new StatusMessage(1_300_000, 99, true, false, 0, 2310)).expectStatus(1_300_000, 99, 0);
        return gyro(b, 54, t208(54), rnd).build();
    }

    private static Vector timestampWrap() {
        Random rnd = new Random(14);
        long t0 = WRAP - 50_000;
        long seq0 = 4_294_917;
        VectorBuilder b = new VectorBuilder("timestamp_wrap", "1 kHz accelerometer frames across the wrap of "
                + "the u32 µs clock (71.6 min after boot); host times continue past 2^32 µs. STATUS before and "
                + "after the wrap.");
        b.send(new StatusMessage((t0 - 10_000) & RowcoachProtocol.U32_MAX, 50, true, false, 0, 2400))
                .expectStatus(t0 - 10_000, 50, 0);
        for (int k = 0; k < 3; k++) {
            accel(b, seq0 + 36L * k, t0 + 36_000L * k, rnd);
        }
        b.send(new StatusMessage(100_000, 50, true, false, 0, 2400)).expectStatus(WRAP + 100_000, 50, 0);
        return accel(b, seq0 + 108, t0 + 108_000, rnd).build();
    }

    private static Vector deviceReset() {
        Random rnd = new Random(15);
        VectorBuilder b = new VectorBuilder("device_reset", "Two frames 10 s after boot, then the device "
                + "reboots: DEVICE_INFO, and frames from sequence 0 at 150 ms; a DEVICE_RESET gap in between.");
        accel(b, 1000, 10_000_000, rnd);
        accel(b, 1036, 10_036_000, rnd);
        expectAccelDevice(b.send(ACCEL_DEVICE));
        b.expectGap(Cause.DEVICE_RESET, 10_071_000, 150_000, -1);
        accel(b, 0, 150_000, rnd);
        return accel(b, 36, 186_000, rnd).build();
    }

    private static Vector missingSamples() {
        Random rnd = new Random(16);
        VectorBuilder b = new VectorBuilder("missing_samples", "The device dropped one whole frame (18 samples) "
                + "and later 5 samples: two MISSING_SAMPLES gaps with exact counts; STATUS counts 23 dropped.");
        gyro(b, 0, t208(0), rnd);
        b.expectGap(Cause.MISSING_SAMPLES, t208(17), t208(36), 18);
        gyro(b, 36, t208(36), rnd);
        b.expectGap(Cause.MISSING_SAMPLES, t208(53), t208(59), 5);
        gyro(b, 59, t208(59), rnd);
        return b.send(new StatusMessage(t208(80), 80, true, false, 23, 2600)).expectStatus(t208(80), 80, 23).build();
    }

    private static Vector pauseResume() {
        Random rnd = new Random(17);
        long pauseUs = 3_000_000;
        VectorBuilder b = new VectorBuilder("pause_resume", "STOP and START 3 s later: the sequence continues, "
                + "the clock jumps; a TIME_JUMP gap with 0 missing samples.");
        gyro(b, 0, t208(0), rnd);
        b.send(new AckMessage(7, 0x82, AckMessage.Result.OK));
        b.send(new StatusMessage(t208(18) + 500_000, 95, false, false, 0, 2450)).expectStatus(t208(18) + 500_000, 95, 0);
        b.send(new AckMessage(8, 0x81, AckMessage.Result.OK));
        expectImu(b.send(IMU));
        b.expectGap(Cause.TIME_JUMP, t208(17), t208(18) + pauseUs, 0);
        gyro(b, 18, t208(18) + pauseUs, rnd);
        return gyro(b, 36, t208(36) + pauseUs, rnd).build();
    }
}
