package dev.rowcoach.protocol.phone;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Sensor Logger's HTTP push as {@code live --http-listen} records it: one JSON line per posted message
 * ({@code messageId}, {@code sessionId}, {@code deviceId}, and a {@code payload} of readings, each with a sensor
 * {@code name}, a {@code time} in nanoseconds since the epoch and {@code values} x, y, z). Read as the importer reads
 * the app's export (docs/IMPORT.md): {@code totalacceleration} when sent, else {@code accelerometer} (without
 * gravity) with {@code gravity} added back; {@code gyroscope} in rad/s; the acceleration unit from the median
 * magnitude of the first readings with gravity (about 1: g, about 9.8: m/s²) unless {@code --accel-unit} says.
 * A push does not say which platform sent it, so the axes are taken as Android's (on an iPhone, Sensor Logger's
 * "Standardise Units &amp; Frames" makes them so), and a notice says it. Times count from the session's first reading.
 *
 * <p>Messages are used in {@code messageId} order: a repeated message is skipped, one that arrives early waits
 * until the missing one comes or {@value #HOLD_MESSAGES} later ones have arrived; a message that comes after that
 * is too late for the stream and its readings are skipped. Each of these is counted as malformed with its reason
 * (the message itself is in the recording). A new {@code sessionId} is a new recording in the app: its clock starts
 * again ({@link Gap.Cause#DEVICE_RESET}).
 */
public final class SensorLoggerPushDecoder implements Decoder {

    /** Messages held back while waiting for a missing earlier one. */
    static final int HOLD_MESSAGES = 3;
    /** Readings with gravity needed to tell the acceleration's unit. */
    private static final int UNIT_ROWS = 20;

    private final StreamListener out;
    private final JsonLines lines;
    private final PhoneMerger merger;
    private final TreeMap<Long, Held> held = new TreeMap<>();
    private String session;
    private long nextId = -1;
    private long originNs = Long.MIN_VALUE;
    private Boolean total;
    private double[] unitNorms = new double[0];
    private boolean toldPlatform;
    private boolean toldNoGravity;
    private boolean finished;

    private record Held(JsonNode message, long offset, int length) {
    }

    public SensorLoggerPushDecoder(DecoderSettings settings, StreamListener out) {
        this.out = out;
        this.lines = new JsonLines(out, this::message);
        this.merger = new PhoneMerger(out);
        if (settings.accelUnit() != null) {
            merger.accelScale(settings.accelUnit().toMps2());
        }
        merger.gyroScale(settings.gyroUnit() != null ? settings.gyroUnit().toRads() : 1.0);
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
        while (!held.isEmpty()) {
            use(held.pollFirstEntry().getValue());
        }
        if (!merger.accelScaleKnown()) {
            out.notice("the acceleration's unit could not be told from the data: m/s² assumed");
        }
        merger.flush(true);
        reportWithoutGravity();
        out.end();
    }

    private void message(JsonNode m, long offset, int length) {
        JsonNode payload = m.get("payload");
        if (payload == null || !payload.isArray()) {
            out.malformed(new Malformed(offset, length, "not a Sensor Logger push message (no payload)"));
            return;
        }
        String sid = m.path("sessionId").asText(null);
        if (sid != null && session != null && !sid.equals(session)) {
            while (!held.isEmpty()) {
                use(held.pollFirstEntry().getValue());
            }
            long last = merger.lastAccelUs();
            merger.restart();
            if (last != Long.MIN_VALUE) {
                out.gap(new Gap(last, 0, -1, Gap.Cause.DEVICE_RESET));
            }
            nextId = -1;
            originNs = Long.MIN_VALUE;
        }
        if (sid != null && !sid.equals(session)) {
            session = sid;
            out.sensorInfo(new SensorInfo("Sensor Logger", m.path("deviceId").asText(null), null, null, null, null));
        }
        JsonNode idNode = m.get("messageId");
        if (idNode == null || !idNode.canConvertToLong()) {
            use(new Held(m, offset, length)); // a client that does not number its messages: arrival order
            return;
        }
        long id = idNode.asLong();
        if (nextId < 0) {
            nextId = id;
        }
        if (id < nextId) {
            out.malformed(new Malformed(offset, length, "message " + id + " repeated or too late (messages up to "
                    + (nextId - 1) + " were used): skipped"));
            return;
        }
        if (held.putIfAbsent(id, new Held(m, offset, length)) != null) {
            out.malformed(new Malformed(offset, length, "message " + id + " repeated: skipped"));
            return;
        }
        while (!held.isEmpty() && (held.firstKey() == nextId || held.size() > HOLD_MESSAGES)) {
            long first = held.firstKey();
            if (first > nextId) {
                out.notice("Sensor Logger message(s) " + nextId + (first - 1 > nextId ? "–" + (first - 1) : "")
                        + " never arrived");
            }
            use(held.pollFirstEntry().getValue());
            nextId = first + 1;
        }
    }

    /** Adds a message's readings to the stream, in time order within each sensor. */
    private void use(Held h) {
        JsonNode payload = h.message().get("payload");
        if (total == null) {
            decideLayout(payload);
        }
        int bad = 0;
        int refused = 0;
        for (JsonNode r : sorted(payload)) {
            String name = r.path("name").asText("").toLowerCase(Locale.ROOT);
            boolean isTotal = name.equals("totalacceleration");
            boolean isLinear = name.equals("accelerometer");
            boolean isGravity = name.equals("gravity");
            boolean isGyro = name.equals("gyroscope");
            if (!(isTotal || isLinear || isGravity || isGyro)) {
                continue; // other sensors (location, magnetometer, the app's test message…)
            }
            JsonNode v = r.path("values");
            long ns = nanos(r.get("time"));
            if (ns == Long.MIN_VALUE || !v.path("x").isNumber() || !v.path("y").isNumber() || !v.path("z").isNumber()) {
                bad++;
                continue;
            }
            if (originNs == Long.MIN_VALUE) {
                originNs = ns;
            }
            long us = Math.floorDiv(ns - originNs, 1000L);
            double x = v.get("x").asDouble(), y = v.get("y").asDouble(), z = v.get("z").asDouble();
            boolean ok = true;
            if (isGyro) {
                ok = merger.gyro(us, x, y, z);
            } else if (isGravity) {
                if (Boolean.FALSE.equals(total)) {
                    ok = merger.gravity(us, x, y, z);
                    learnUnit(x, y, z);
                }
            } else if (isTotal == Boolean.TRUE.equals(total)) {
                ok = merger.accel(us, x, y, z);
                if (isTotal) {
                    learnUnit(x, y, z);
                }
            }
            if (!ok) {
                refused++;
            }
        }
        if (bad > 0) {
            out.malformed(new Malformed(h.offset(), h.length(), bad + " reading(s) without a time or x, y, z: skipped"));
        }
        if (refused > 0) {
            out.malformed(new Malformed(h.offset(), h.length(), refused + " reading(s) repeated or older than the last:"
                    + " skipped"));
        }
        merger.flush(false);
        reportWithoutGravity();
    }

    /** Total acceleration when the message has it, else acceleration without gravity plus gravity. */
    private void decideLayout(JsonNode payload) {
        boolean hasTotal = false, hasLinear = false;
        for (JsonNode r : payload) {
            String name = r.path("name").asText("").toLowerCase(Locale.ROOT);
            hasTotal |= name.equals("totalacceleration");
            hasLinear |= name.equals("accelerometer");
        }
        if (!hasTotal && !hasLinear) {
            return;
        }
        total = hasTotal;
        merger.withGravity(hasTotal);
        if (!toldPlatform) {
            toldPlatform = true;
            out.notice("Sensor Logger push: " + (hasTotal ? "total acceleration" : "acceleration without gravity, gravity "
                    + "added back") + "; a push does not say the platform, so the axes are taken as Android's (on an "
                    + "iPhone turn on \"Standardise Units & Frames\")");
        }
    }

    private void learnUnit(double x, double y, double z) {
        if (merger.accelScaleKnown()) {
            return;
        }
        unitNorms = Arrays.copyOf(unitNorms, unitNorms.length + 1);
        unitNorms[unitNorms.length - 1] = Math.sqrt(x * x + y * y + z * z);
        if (unitNorms.length < UNIT_ROWS) {
            return;
        }
        double[] sorted = unitNorms.clone();
        Arrays.sort(sorted);
        AccelUnit unit = AccelUnit.fromMedianNorm(sorted[sorted.length / 2]);
        if (unit == null) {
            out.notice(String.format(Locale.ROOT, "the acceleration's unit cannot be told (median |a| = %.2f, neither"
                    + " about 1 g nor about 9.8 m/s²): m/s² assumed (--accel-unit says otherwise)", sorted[sorted.length / 2]));
            unit = AccelUnit.MPS2;
        }
        merger.accelScale(unit.toMps2());
        unitNorms = new double[0];
    }

    private void reportWithoutGravity() {
        if (merger.withoutGravity() > 0 && !toldNoGravity) {
            toldNoGravity = true;
            out.notice("acceleration without gravity and no gravity readings: rowcoach needs gravity to find vertical;"
                    + " enable Gravity (or Total Acceleration) in Sensor Logger");
        }
    }

    /** The readings of a payload, stably sorted by time (a batch may list sensors one after another). */
    private static JsonNode[] sorted(JsonNode payload) {
        JsonNode[] rows = new JsonNode[payload.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = payload.get(i);
        }
        Arrays.sort(rows, (a, b) -> Long.compare(nanos(a.get("time")), nanos(b.get("time"))));
        return rows;
    }

    /** A time in ns as a number or a string of digits; {@link Long#MIN_VALUE} when it is neither. */
    private static long nanos(JsonNode t) {
        if (t == null) {
            return Long.MIN_VALUE;
        }
        if (t.isIntegralNumber() && t.canConvertToLong()) {
            return t.asLong();
        }
        if (t.isNumber()) {
            return (long) t.asDouble();
        }
        if (t.isTextual()) {
            try {
                return Long.parseLong(t.asText().trim());
            } catch (NumberFormatException e) {
                return Long.MIN_VALUE;
            }
        }
        return Long.MIN_VALUE;
    }
}
