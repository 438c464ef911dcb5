package dev.rowcoach.protocol.phone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;


/**
 * phyphox's remote interface as {@code live --phyphox} records it: one JSON line per response, the experiment's
 * {@code /config} (which buffers hold the accelerometer's and gyroscope's x, y, z and time) and then each
 * {@code /get} (the buffers' new values and the app's status). Times are the experiment's clock in seconds;
 * acceleration (with g) is in m/s² and angular rate in rad/s, as in phyphox's exports (docs/IMPORT.md), unless
 * {@code --accel-unit}/{@code --gyro-unit} say otherwise. Without a {@code /config} line the buffer names of
 * phyphox's own experiments are taken ({@code accX}…{@code acc_time}, {@code gyrX}…{@code gyr_time}). An
 * experiment that measures acceleration without g is refused in a notice (rowcoach needs gravity to find vertical).
 * Readings repeated or older than the last are skipped and counted as malformed; the experiment's clock starting
 * again (its data cleared) is a {@link Gap.Cause#DEVICE_RESET}.
 */
public final class PhyphoxLiveDecoder implements Decoder {

    private final StreamListener out;
    private final JsonLines lines;
    private final PhoneMerger merger;
    private String[] accel = PhyphoxBuffers.DEFAULTS.accel();
    private String[] gyro = PhyphoxBuffers.DEFAULTS.gyro();
    private boolean accelWithoutG;
    private boolean toldLinear;
    private boolean finished;

    public PhyphoxLiveDecoder(DecoderSettings settings, StreamListener out) {
        this.out = out;
        this.lines = new JsonLines(out, this::message);
        this.merger = new PhoneMerger(out);
        merger.accelScale(settings.accelUnit() != null ? settings.accelUnit().toMps2() : 1.0);
        merger.gyroScale(settings.gyroUnit() != null ? settings.gyroUnit().toRads() : 1.0);
    }

    /** Whether {@code n} is a {@code /get} response. */
    static boolean isData(JsonNode n) {
        return n.path("buffer").isObject() && n.path("status").isObject();
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        lines.feed(buf, off, len);
    }

    @Override
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        lines.finish();
        merger.flush(true);
        out.end();
    }

    private void message(JsonNode m, long offset, int length) {
        if (PhyphoxBuffers.isConfig(m)) {
            config(m);
        } else if (isData(m)) {
            data(m, offset, length);
        } else {
            out.malformed(new Malformed(offset, length, "neither a phyphox /config nor a /get response"));
        }
    }

    private void config(JsonNode m) {
        PhyphoxBuffers b = PhyphoxBuffers.of(m);
        String title = b.title();
        accelWithoutG = b.accel() == null && b.linear();
        if (b.accel() != null) {
            accel = b.accel();
        }
        gyro = b.gyro();
        out.sensorInfo(new SensorInfo("phyphox" + (title.isEmpty() ? "" : ": " + title), null, null, null, null, null));
        if (accelWithoutG && !toldLinear) {
            toldLinear = true;
            out.notice("the phyphox experiment measures acceleration without g: rowcoach needs gravity to find vertical;"
                    + " open \"Acceleration (with g)\" (or an experiment with the accelerometer with g) instead");
        } else if (b.accel() == null) {
            out.notice("the phyphox experiment has no accelerometer: its buffers are not read");
        } else {
            out.notice("phyphox experiment" + (title.isEmpty() ? "" : " \"" + title + "\"") + ": acceleration with g from "
                    + String.join(", ", b.accel()) + (b.gyro() == null ? ", no gyroscope" : "; gyroscope from "
                    + String.join(", ", b.gyro())));
        }
    }

    private void data(JsonNode m, long offset, int length) {
        if (accelWithoutG) {
            return;
        }
        JsonNode buffers = m.get("buffer");
        int skipped = 0;
        JsonNode at = values(buffers, accel[3]);
        if (at != null && at.size() > 0) {
            long first = micros(at.get(0));
            long last = merger.lastAccelUs();
            if (last != Long.MIN_VALUE && first < last - 1_000_000 && first < 1_000_000) {
                // The experiment's data were cleared: its clock starts again.
                merger.restart();
                out.gap(new Gap(last, first, -1, Gap.Cause.DEVICE_RESET));
            }
        }
        int[] bad = {0};
        skipped += rows(buffers, accel, bad, true);
        if (gyro != null) {
            skipped += rows(buffers, gyro, bad, false);
        }
        if (bad[0] > 0) {
            out.malformed(new Malformed(offset, length, bad[0] + " buffer(s) missing or of different lengths"));
        }
        if (skipped > 0) {
            out.malformed(new Malformed(offset, length, skipped + " reading(s) repeated or older than the last: skipped"));
        }
        merger.flush(false);
    }

    /** Adds one sensor's new readings; returns how many were refused as repeated or late. */
    private int rows(JsonNode buffers, String[] names, int[] bad, boolean isAccel) {
        JsonNode x = values(buffers, names[0]), y = values(buffers, names[1]), z = values(buffers, names[2]),
                t = values(buffers, names[3]);
        if (x == null || y == null || z == null || t == null) {
            bad[0]++;
            return 0;
        }
        int n = Math.min(Math.min(x.size(), y.size()), Math.min(z.size(), t.size()));
        if (n != x.size() || n != y.size() || n != z.size() || n != t.size()) {
            bad[0]++;
        }
        int refused = 0;
        for (int i = 0; i < n; i++) {
            if (!t.get(i).isNumber() || !x.get(i).isNumber() || !y.get(i).isNumber() || !z.get(i).isNumber()) {
                refused++; // phyphox writes null for a value it has not measured yet
                continue;
            }
            long us = micros(t.get(i));
            if (us == (isAccel ? merger.lastAccelUs() : merger.lastGyroUs())) {
                continue; // the reading at the threshold itself, returned again: phyphox rounds the time it compares
            }
            boolean ok = isAccel ? merger.accel(us, x.get(i).asDouble(), y.get(i).asDouble(), z.get(i).asDouble())
                    : merger.gyro(us, x.get(i).asDouble(), y.get(i).asDouble(), z.get(i).asDouble());
            if (!ok) {
                refused++;
            }
        }
        return refused;
    }

    private static JsonNode values(JsonNode buffers, String name) {
        JsonNode b = buffers.path(name).path("buffer");
        return b.isArray() ? b : null;
    }

    private static long micros(JsonNode seconds) {
        return Math.round(seconds.asDouble() * 1e6);
    }
}
