package dev.rowcoach.source.export;

import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.protocol.text.AxisDecoder;
import dev.rowcoach.protocol.text.AxisHeader;
import dev.rowcoach.protocol.text.AxisListener;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises an app export from its file names and headers and picks the files to read (see
 * docs/IMPORT.md for the layouts):
 * <ul>
 * <li>Sensor Logger: {@code TotalAcceleration.csv} (with gravity), else {@code Accelerometer.csv} (without)
 *     plus {@code Gravity.csv}; {@code Gyroscope.csv}; headers {@code time,seconds_elapsed,z,y,x};
 *     {@code Metadata.csv} names the platform.</li>
 * <li>phyphox: {@code "Time (s)"} with {@code "Acceleration x (m/s^2)"} (with g),
 *     {@code "Linear Acceleration x (m/s^2)"} (without g) or {@code "Gyroscope x (rad/s)"} columns.</li>
 * <li>MetaBase: {@code epoch (ms),time (…),elapsed (s),x-axis (g),…} or {@code x-axis (deg/s)}; the
 *     accelerometer and gyroscope of one session share the file-name prefix before the sensor's name.</li>
 * </ul>
 */
final class ExportLayout {

    /** Bytes read from each file to find its header. */
    private static final int HEAD_BYTES = 4096;
    static final List<String> SENSOR_LOGGER_FILES = List.of("TotalAcceleration.csv", "Accelerometer.csv", "Gravity.csv",
            "Gyroscope.csv", "Metadata.csv");
    static final List<String> PHYPHOX_FILES = List.of("Accelerometer.csv", "Linear Accelerometer.csv", "Gyroscope.csv");

    private enum Role { TOTAL, LINEAR, GRAVITY, GYRO }

    private record Entry(String name, WireFormat app, Role role, String group, AxisHeader header) {
    }

    private ExportLayout() {
    }

    /**
     * The plan for {@code container}, or null when it holds no file of a known app.
     *
     * @param given the file the user named inside the container (decides the app and, for MetaBase, the
     *              session), or null for a whole folder or archive
     * @throws ExportException when files of an app are there but cannot make a sample stream
     */
    static ExportPlan plan(ExportContainer container, String given) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        java.util.Map<String, String> metadata = new java.util.HashMap<>();
        for (String name : container.names()) {
            String base = ExportContainer.baseName(name);
            if (!base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                continue;
            }
            byte[] head = new byte[HEAD_BYTES];
            int len;
            try (InputStream in = container.open(name)) {
                len = in.readNBytes(head, 0, head.length);
            }
            if (base.equalsIgnoreCase("Metadata.csv")) {
                metadata.put(folderOf(name), new String(head, 0, len, StandardCharsets.UTF_8));
                continue;
            }
            AxisHeader header = AxisHeader.read(head, len);
            Entry e = header == null ? null : classify(name, base, header, name.equals(given) ? gravityIn(head, len, header) : null);
            if (e != null) {
                entries.add(e);
            } else if (name.equals(given) && header.quantity().isEmpty() && header.cells().contains("seconds_elapsed")) {
                throw new ExportException("a Sensor Logger file (" + header.text() + ") whose name does not say which sensor"
                        + " it holds and whose values are not acceleration with gravity: give the export's"
                        + " TotalAcceleration.csv, or the whole export");
            } else if (SENSOR_LOGGER_FILES.contains(base) || PHYPHOX_FILES.contains(base)) {
                notes.add(base + (len == 0 ? " is empty" : " has no time, x, y, z header") + ": ignored");
            }
        }
        WireFormat app = chooseApp(entries, given);
        if (app == null) {
            if (!notes.isEmpty() && given == null) {
                throw new ExportException("no usable sensor file: " + String.join("; ", notes));
            }
            return null;
        }
        String group = groupOf(entries, app, given);
        List<Entry> mine = entries.stream().filter(e -> e.app() == app && e.group().equals(group)).toList();
        return switch (app) {
            case SENSOR_LOGGER -> sensorLogger(mine, metadata.get(group), notes);
            case PHYPHOX, METABASE -> withGravityOnly(app, mine, notes);
            default -> throw new IllegalStateException("not an export: " + app);
        };
    }

    /**
     * @param gravity for the file the user named, whether its first rows hold gravity (median magnitude near
     *                1 g or 9.8 m/s²), else null: it decides the role of a Sensor Logger file that was renamed
     */
    private static Entry classify(String name, String base, AxisHeader h, Boolean gravity) {
        if (h.otherSensor()) {
            return null; // several sensors in one file with one time column: the generic CSV reader's
        }
        if (h.problem() != null) {
            return new Entry(name, null, null, folderOf(name), h); // kept so that a chosen file with a problem fails loudly
        }
        String stem = base.substring(0, base.length() - 4).toLowerCase(Locale.ROOT);
        String firstCell = h.cells().get(0).replace("\"", "").trim().toLowerCase(Locale.ROOT);
        if (h.quantity().isEmpty() && h.cells().contains("seconds_elapsed")) {
            Role r = switch (stem) {
                case "totalacceleration" -> Role.TOTAL;
                case "accelerometer" -> Role.LINEAR;
                case "gravity" -> Role.GRAVITY;
                case "gyroscope" -> Role.GYRO;
                // renamed by the user: the content decides; only acceleration with gravity is usable alone
                default -> Boolean.TRUE.equals(gravity) ? Role.TOTAL : null;
            };
            return r == null ? null : new Entry(name, WireFormat.SENSOR_LOGGER, r, folderOf(name), h);
        }
        if (h.quantity().isEmpty() && firstCell.startsWith("epoch")) {
            Role r = h.accelUnit() != null ? Role.TOTAL : h.gyroUnit() != null ? Role.GYRO : null;
            int at = Math.max(stem.indexOf("accelerometer"), stem.indexOf("gyroscope"));
            return r == null ? null
                    : new Entry(name, WireFormat.METABASE, r, folderOf(name) + (at >= 0 ? stem.substring(0, at) : stem), h);
        }
        if (firstCell.startsWith("time")) {
            Role r = switch (h.quantity()) {
                case "acceleration" -> Role.TOTAL;
                case "linear acceleration" -> Role.LINEAR;
                case "gyroscope" -> Role.GYRO;
                default -> null;
            };
            return r == null ? null : new Entry(name, WireFormat.PHYPHOX, r, folderOf(name), h);
        }
        return null;
    }

    /** Whether the rows in {@code head} read as acceleration including gravity, in g or m/s² (the phone held still or moving slowly). */
    private static Boolean gravityIn(byte[] head, int len, AxisHeader header) {
        double[] norms = new double[len / 8 + 1];
        int[] n = {0};
        AxisDecoder d = new AxisDecoder(header, new AxisListener() {
            @Override
            public void row(long timeUs, double x, double y, double z) {
                norms[n[0]++] = Math.sqrt(x * x + y * y + z * z);
            }

            @Override
            public void malformed(Malformed malformed) {
            }
        });
        int end = len;
        while (end > 0 && head[end - 1] != '\n') {
            end--; // the last line of the head may be cut
        }
        d.feed(head, 0, end);
        d.finish();
        if (n[0] < 3) {
            return false;
        }
        double[] v = java.util.Arrays.copyOf(norms, n[0]);
        java.util.Arrays.sort(v);
        double median = v[v.length / 2];
        // narrower than AccelUnit's bands, so that a renamed gyroscope file turning at ~1 rad/s is not taken for g
        return median >= 0.8 && median <= 1.25 || median >= 7.8 && median <= 12.3;
    }

    private static WireFormat chooseApp(List<Entry> entries, String given) throws ExportException {
        for (Entry e : entries) {
            if (e.app() == null) {
                throw new ExportException(ExportContainer.baseName(e.name()) + ": " + e.header().problem());
            }
        }
        if (given != null) {
            // A CSV the user named is an export only if it is itself one of an app's files.
            return entries.stream().filter(e -> e.name().equals(given)).map(Entry::app).findFirst().orElse(null);
        }
        for (WireFormat app : new WireFormat[] {WireFormat.SENSOR_LOGGER, WireFormat.PHYPHOX, WireFormat.METABASE}) {
            if (entries.stream().anyMatch(e -> e.app() == app)) {
                return app;
            }
        }
        return null;
    }

    /**
     * The recording to read: the given file's, else the first one with acceleration. A recording is a
     * folder of the container (an archive may hold several), and for MetaBase also a file-name prefix.
     */
    private static String groupOf(List<Entry> entries, WireFormat app, String given) {
        return entries.stream().filter(e -> e.app() == app && (given != null ? e.name().equals(given)
                        : e.role() == Role.TOTAL || e.role() == Role.LINEAR))
                .map(Entry::group).findFirst().orElse("");
    }

    /** The folder part of a container path, with its trailing slash ("" at the root). */
    private static String folderOf(String name) {
        return name.substring(0, name.length() - ExportContainer.baseName(name).length());
    }

    private static ExportPlan sensorLogger(List<Entry> mine, String metadata, List<String> notes) throws ExportException {
        Entry total = find(mine, Role.TOTAL);
        Entry linear = find(mine, Role.LINEAR);
        Entry gravity = find(mine, Role.GRAVITY);
        Entry gyro = find(mine, Role.GYRO);
        boolean negate = false;
        String platform = metadataValue(metadata, "platform");
        String standardised = metadataValue(metadata, "standardis");
        if (standardised == null) {
            standardised = metadataValue(metadata, "standardiz");
        }
        if (platform == null) {
            notes.add("no Metadata.csv platform: axes taken as Android's (as with \"Standardise Units & Frames\" on)");
        } else if (platform.toLowerCase(Locale.ROOT).contains("ios") && !"true".equalsIgnoreCase(standardised)) {
            negate = true;
            notes.add("iOS recording without \"Standardise Units & Frames\": acceleration negated to Android's"
                    + " convention (Sensor Logger's CROSSPLATFORM.md)");
        }
        if (total != null) {
            if (linear != null) {
                notes.add("Accelerometer.csv (without gravity) not needed: TotalAcceleration.csv includes it");
            }
            return new ExportPlan(WireFormat.SENSOR_LOGGER, total.name(), total.header(), true, null, null,
                    name(gyro), header(gyro), negate, List.copyOf(notes));
        }
        if (linear != null && gravity != null) {
            return new ExportPlan(WireFormat.SENSOR_LOGGER, linear.name(), linear.header(), false, gravity.name(),
                    gravity.header(), name(gyro), header(gyro), negate, List.copyOf(notes));
        }
        throw new ExportException(linear != null
                ? "Accelerometer.csv is gravity-free and there is no Gravity.csv or TotalAcceleration.csv: rowcoach needs"
                        + " gravity to find vertical; record with TotalAcceleration (or Gravity) enabled in Sensor Logger"
                : "no TotalAcceleration.csv or Accelerometer.csv with data" + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
    }

    private static ExportPlan withGravityOnly(WireFormat app, List<Entry> mine, List<String> notes) throws ExportException {
        Entry total = find(mine, Role.TOTAL);
        Entry linear = find(mine, Role.LINEAR);
        Entry gyro = find(mine, Role.GYRO);
        if (total == null) {
            throw new ExportException(linear != null
                    ? ExportContainer.baseName(linear.name()) + " holds linear acceleration (without g): rowcoach needs"
                            + " gravity to find vertical; export phyphox's \"Acceleration with g\" instead"
                    : "no accelerometer file in the " + app.id() + " export (only "
                            + (gyro != null ? ExportContainer.baseName(gyro.name()) : "other sensors") + ")");
        }
        if (linear != null) {
            notes.add(ExportContainer.baseName(linear.name()) + " (without g) not needed: "
                    + ExportContainer.baseName(total.name()) + " includes gravity");
        }
        return new ExportPlan(app, total.name(), total.header(), true, null, null, name(gyro), header(gyro), false,
                List.copyOf(notes));
    }

    private static Entry find(List<Entry> entries, Role role) {
        return entries.stream().filter(e -> e.role() == role).findFirst().orElse(null);
    }

    private static String name(Entry e) {
        return e == null ? null : e.name();
    }

    private static AxisHeader header(Entry e) {
        return e == null ? null : e.header();
    }

    /**
     * The value of the first column of Sensor Logger's Metadata.csv (a header line and one line of values)
     * whose name contains {@code column}, case-insensitively, or null.
     */
    static String metadataValue(String metadata, String column) {
        if (metadata == null) {
            return null;
        }
        String[] lines = metadata.split("\r?\n");
        if (lines.length < 2) {
            return null;
        }
        String[] keys = lines[0].split(",", -1);
        String[] values = lines[1].split(",", -1);
        for (int i = 0; i < keys.length && i < values.length; i++) {
            if (keys[i].replace("\"", "").toLowerCase(Locale.ROOT).contains(column)) {
                return values[i].replace("\"", "").trim();
            }
        }
        return null;
    }
}
