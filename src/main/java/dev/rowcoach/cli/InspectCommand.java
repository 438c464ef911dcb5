package dev.rowcoach.cli;

import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.report.JsonOutput;
import dev.rowcoach.report.Printable;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.source.StreamStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code rowcoach inspect FILE}: what a recording holds, and what was wrong with it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Detects a file's format and summarises it: sensor, sample count, nominal and measured "
                + "rate, duration, gyroscope, gaps, and the records that were malformed and skipped.")
final class InspectCommand implements Callable<Integer> {

    enum Output { text, json }

    @Parameters(paramLabel = "FILE", description = "A sensor recording in any supported format (- for standard input).")
    Path file;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Output output;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SensorFile sensorFile = Inputs.open(file, input, RowcoachCommand.context(spec).in());
        StreamStats stats = new StreamStats();
        RecordingHeader[] header = new RecordingHeader[1];
        Inputs.decode(sensorFile, stats, new RecordingListener() {
            @Override
            public void header(RecordingHeader h) {
                header[0] = h;
            }
        });
        InspectResult result = InspectResult.of(sensorFile, stats, header[0]);
        PrintWriter out = spec.commandLine().getOut();
        if (output == Output.json) {
            out.println(JsonOutput.write(result));
        } else {
            printText(out, result, header[0]);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void printText(PrintWriter out, InspectResult r, RecordingHeader recording) {
        row(out, "file", Printable.of(r.file()));
        row(out, "format", recording == null ? r.format() : r.format() + " of " + recording.protocol().id()
                + " bytes" + describeSession(recording));
        row(out, "sensor", describe(r));
        row(out, "samples", r.samples() + (r.repeatedValues() > 0
                ? " (" + r.repeatedValues() + " repeat the previous sample's values)" : ""));
        row(out, "rate", rate(r));
        row(out, "duration", r.durationS() == null ? "-" : String.format(Locale.ROOT, "%.3f s", r.durationS()));
        row(out, "gyroscope", r.hasGyro() ? "yes" : "no (accelerometer only)");
        if (r.gaps().isEmpty()) {
            row(out, "gaps", "none");
        } else {
            row(out, "gaps", String.valueOf(r.gaps().size()));
            for (InspectResult.GapJson g : r.gaps()) {
                row(out, "", String.format(Locale.ROOT, "%.3f–%.3f s  %s%s", g.startS(), g.endS(), g.cause(),
                        g.missingSamples() >= 0 ? ", ~" + g.missingSamples() + " samples missing" : ""));
            }
        }
        row(out, "malformed", r.malformed() == 0 ? "none" : r.malformed() + " records skipped (" + r.malformedBytes() + " bytes)");
        for (Map.Entry<String, Long> e : r.malformedReasons().entrySet()) {
            row(out, "", e.getValue() + " × " + e.getKey());
        }
        for (String n : r.notices()) {
            row(out, "note", n);
        }
    }

    private static String describeSession(RecordingHeader h) {
        StringBuilder b = new StringBuilder(", started ").append(h.startedAt());
        if (h.source() != null) {
            b.append(", from ").append(Printable.of(h.source()));
        }
        if (h.exercise() != null) {
            b.append(", ").append(Printable.of(h.exercise()));
        }
        if (h.loadKg() != null) {
            b.append(String.format(Locale.ROOT, ", %.1f kg", h.loadKg()));
        }
        if (h.athlete() != null) {
            b.append(", ").append(Printable.of(h.athlete()));
        }
        return b.toString();
    }

    private static String describe(InspectResult r) {
        var s = r.sensor();
        StringBuilder b = new StringBuilder(s.model() == null ? "model not stated" : s.model());
        if (s.deviceId() != null) {
            b.append(", id ").append(s.deviceId());
        }
        if (s.firmware() != null) {
            b.append(", firmware ").append(s.firmware());
        }
        if (s.accelRangeG() != null) {
            b.append(String.format(Locale.ROOT, ", ±%.0f g", s.accelRangeG()));
        }
        if (s.gyroRangeDps() != null) {
            b.append(String.format(Locale.ROOT, ", ±%.0f °/s", s.gyroRangeDps()));
        }
        return b.toString();
    }

    private static String rate(InspectResult r) {
        String nominal = r.nominalRateHz() == null ? "nominal not stated"
                : String.format(Locale.ROOT, "nominal %.1f Hz", r.nominalRateHz());
        if (r.sampleRateHz() == null) {
            return nominal + "; too few samples to measure";
        }
        String measured = String.format(Locale.ROOT, "%.1f Hz measured", r.sampleRateHz());
        if (r.repeatedValues() > 0 && r.distinctRateHz() != null) {
            measured += String.format(Locale.ROOT, " (%.1f Hz of distinct values)", r.distinctRateHz());
        }
        return measured + ", " + nominal;
    }

    private static void row(PrintWriter out, String key, String value) {
        out.printf(Locale.ROOT, "%-10s  %s%n", key, value);
    }
}
