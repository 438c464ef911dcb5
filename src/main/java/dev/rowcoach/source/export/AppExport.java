package dev.rowcoach.source.export;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.protocol.text.AxisHeader;
import dev.rowcoach.sensor.StreamListener;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A recording exported by a phone or IMU app (Sensor Logger, phyphox, MetaBase) as several per-sensor
 * CSV files: a zip archive, the folder it unpacks to, or one of its CSVs (whose siblings are found
 * beside it). Decoding merges the files by timestamp into one {@link dev.rowcoach.sensor.Sample} stream
 * (see {@link ExportMerger}), reading each file in chunks, so memory does not grow with the recording.
 */
public final class AppExport {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path path;
    private final Source source;
    private final String given;
    private final ExportPlan plan;
    private final ZipContainer.Limits limits;

    private enum Source { FOLDER, ZIP, CSV }

    private AppExport(Path path, Source source, String given, ExportPlan plan, ZipContainer.Limits limits) {
        this.path = path;
        this.source = source;
        this.given = given;
        this.plan = plan;
        this.limits = limits;
    }

    /** Whether {@code head} starts like a zip archive. */
    public static boolean isZip(byte[] head, int len) {
        if (len < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (head[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The export at {@code path}: a folder or zip (which must hold one), or a CSV (null when it is not a
     * file of a known app, so that the generic readers take it).
     *
     * @param head the first {@code len} bytes of {@code path}, or unused for a folder
     * @throws ExportException when a folder or zip holds no export, or an export cannot be read
     */
    public static AppExport find(Path path, byte[] head, int len) throws IOException {
        return find(path, head, len, ZipContainer.Limits.DEFAULTS);
    }

    static AppExport find(Path path, byte[] head, int len, ZipContainer.Limits limits) throws IOException {
        if (Files.isDirectory(path)) {
            try (ExportContainer c = FolderContainer.all(path)) {
                return whole(path, Source.FOLDER, c, limits);
            }
        }
        if (isZip(head, len)) {
            try (ExportContainer c = ZipContainer.open(path, limits)) {
                return whole(path, Source.ZIP, c, limits);
            }
        }
        AxisHeader header = AxisHeader.read(head, len);
        if (header == null) {
            return null;
        }
        String given = path.getFileName().toString();
        try (ExportContainer c = siblings(path)) {
            ExportPlan plan = ExportLayout.plan(c, given);
            return plan == null ? null : new AppExport(path, Source.CSV, given, plan, limits);
        }
    }

    private static AppExport whole(Path path, Source source, ExportContainer c, ZipContainer.Limits limits) throws IOException {
        ExportPlan plan = ExportLayout.plan(c, null);
        if (plan == null) {
            List<String> names = c.names();
            throw new ExportException((source == Source.ZIP ? "a zip archive" : "a folder") + " without a Sensor Logger,"
                    + " phyphox or MetaBase export in it (" + (names.isEmpty()
                    ? source == Source.ZIP ? "empty" : "no files directly in it: name the export's own folder"
                    : names.size() + " files: " + String.join(", ", names.subList(0, Math.min(5, names.size())))
                    + (names.size() > 5 ? ", …" : "")) + ")");
        }
        return new AppExport(path, source, null, plan, limits);
    }

    /** The given CSV and the files beside it that may belong to the same export. */
    private static ExportContainer siblings(Path csv) throws IOException {
        Path dir = csv.toAbsolutePath().getParent();
        String given = csv.getFileName().toString();
        List<String> names = new ArrayList<>();
        names.add(given);
        for (String n : ExportLayout.SENSOR_LOGGER_FILES) {
            addIfFile(dir, n, names);
        }
        for (String n : ExportLayout.PHYPHOX_FILES) {
            addIfFile(dir, n, names);
        }
        String prefix = metaBasePrefix(given);
        if (prefix != null) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(prefix) && metaBasePrefix(n) != null)
                        .sorted().forEach(n -> {
                            if (!names.contains(n)) {
                                names.add(n);
                            }
                        });
            }
        }
        return FolderContainer.of(dir, names);
    }

    private static void addIfFile(Path dir, String name, List<String> names) {
        if (!names.contains(name) && Files.isRegularFile(dir.resolve(name))) {
            names.add(name);
        }
    }

    /** The part of a MetaBase file name before "Accelerometer" or "Gyroscope", lower case, or null. */
    private static String metaBasePrefix(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int at = Math.max(n.indexOf("accelerometer"), n.indexOf("gyroscope"));
        return at > 0 ? n.substring(0, at) : null;
    }

    /** The app that wrote the export. */
    public WireFormat format() {
        return plan.app();
    }

    /**
     * Decodes the export into {@code listener}; the units in {@code settings} ({@code --accel-unit},
     * {@code --gyro-unit}) override those of the files, its other fields do not apply to exports.
     */
    public void decode(StreamListener listener, DecoderSettings settings) throws IOException {
        try (ExportContainer c = open()) {
            ExportPlan p = source == Source.CSV ? ExportLayout.plan(c, given) : ExportLayout.plan(c, null);
            if (p == null) {
                throw new ExportException("the export changed since it was opened");
            }
            try (AxisStream accel = stream(c, p.accel(), p.accelHeader(), listener);
                 AxisStream gravity = p.gravity() == null ? null : stream(c, p.gravity(), p.gravityHeader(), listener);
                 AxisStream gyro = p.gyro() == null ? null : stream(c, p.gyro(), p.gyroHeader(), listener)) {
                ExportMerger.merge(p, accel, gravity, gyro, settings, listener);
            }
        }
        listener.end();
    }

    private ExportContainer open() throws IOException {
        return switch (source) {
            case FOLDER -> FolderContainer.all(path);
            case ZIP -> ZipContainer.open(path, limits);
            case CSV -> siblings(path);
        };
    }

    private static AxisStream stream(ExportContainer c, String name, AxisHeader header, StreamListener out) throws IOException {
        InputStream in = c.open(name);
        return new AxisStream(name, in, header, out);
    }
}
