package dev.rowcoach.protocol.witmotion;

import dev.rowcoach.testing.EventLog;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Sample;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;

/** Builds WitMotion byte streams for tests, packet by packet, and decodes them. */
final class Capture {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final byte[] packet = new byte[WitMotionPackets.LENGTH];

    Capture accel(double ax, double ay, double az) {
        WitMotionEncoder.accel(ax, ay, az, 25.0, packet, 0);
        return put();
    }

    Capture gyro(double gx, double gy, double gz) {
        WitMotionEncoder.gyro(gx, gy, gz, 0, packet, 0);
        return put();
    }

    Capture angle(double roll, double pitch, double yaw) {
        WitMotionEncoder.angle(roll, pitch, yaw, 0, packet, 0);
        return put();
    }

    Capture magnetometer(int hx, int hy, int hz) {
        WitMotionEncoder.magnetometer(hx, hy, hz, 25.0, packet, 0);
        return put();
    }

    Capture time(LocalDateTime t) {
        WitMotionEncoder.time(t, packet, 0);
        return put();
    }

    Capture packet(int type, int w0, int w1, int w2, int w3) {
        WitMotionEncoder.packet(type, w0, w1, w2, w3, packet, 0);
        return put();
    }

    Capture cycle(Sample s) {
        out.writeBytes(WitMotionEncoder.cycle(s));
        return this;
    }

    /** A full device cycle as a WT901 sends it by default: accel, gyro, angle. */
    Capture deviceCycle(Sample s) {
        return cycle(s).angle(10, -20, 30);
    }

    Capture raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    Capture raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private Capture put() {
        out.writeBytes(packet);
        return this;
    }

    /** A distinct, in-range sample for cycle {@code i}, so misplaced values are detectable. */
    static Sample motion(int i) {
        double t = i / 200.0;
        return new Sample(0, 3 * Math.sin(2 * Math.PI * 1.3 * t), 9.80665 + 20 * Math.cos(2 * Math.PI * 0.7 * t),
                -5 + 0.01 * i, 2 * Math.cos(2 * Math.PI * 0.5 * t), -1 + 0.003 * i, 0.5 * Math.sin(t));
    }

    static EventLog decode(byte[] bytes, DecoderSettings settings, int chunk) {
        EventLog log = new EventLog();
        WitMotionDecoder d = new WitMotionDecoder(settings, log);
        feed(d, bytes, chunk);
        d.finish();
        return log;
    }

    static void feed(WitMotionDecoder d, byte[] bytes, int chunk) {
        for (int off = 0; off < bytes.length; off += chunk) {
            d.feed(bytes, off, Math.min(chunk, bytes.length - off));
        }
    }
}
