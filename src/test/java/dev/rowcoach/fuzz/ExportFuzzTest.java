package dev.rowcoach.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.source.export.AppExport;
import dev.rowcoach.source.export.ExportException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The app-export reader on any bytes written as an export's files (the first byte picks the app, the
 * rest is cut into an accelerometer and a gyroscope file): an unusable export is one
 * {@link ExportException}; a usable one keeps every promise of {@link Invariants}.
 */
class ExportFuzzTest {

    private static final List<List<String>> LAYOUTS = List.of(
            List.of("TotalAcceleration.csv", "Gyroscope.csv"),
            List.of("Accelerometer.csv", "Gravity.csv"),
            List.of("Accelerometer.csv", "Gyroscope.csv"),
            List.of("MetaWear_2026-11-21T19.30.00.000_C4BE84A1B2C3_Accelerometer_1.4.5.csv",
                    "MetaWear_2026-11-21T19.30.00.000_C4BE84A1B2C3_Gyroscope_1.4.5.csv"));
    private static Path root;

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void read(byte[] input) throws IOException {
        if (input.length < 2) {
            return;
        }
        Path dir = folder();
        List<String> names = LAYOUTS.get((input[0] & 0xFF) % LAYOUTS.size());
        int cut = 2 + (input[1] & 0xFF) * (input.length - 2) / 256;
        Files.write(dir.resolve(names.get(0)), Arrays.copyOfRange(input, 2, cut));
        Files.write(dir.resolve(names.get(1)), Arrays.copyOfRange(input, cut, input.length));
        try {
            AppExport export = AppExport.find(dir, new byte[0], 0);
            export.decode(new Invariants(), DecoderSettings.DEFAULTS);
        } catch (ExportException expected) {
            // an export that cannot be read: one sentence for the user
        }
    }

    /** A fresh folder per input, in one temporary root per run. */
    private static Path folder() {
        try {
            if (root == null) {
                root = Files.createTempDirectory("rowcoach-export-fuzz");
                root.toFile().deleteOnExit();
            }
            Path dir = root.resolve("e");
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
            } else {
                Files.createDirectory(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
