package dev.rowcoach.cli;

import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.source.Conversions;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.source.StreamStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code rowcoach convert IN OUT}: into a lossless recording, or into the ASCII format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts any readable file into a rowcoach recording (the input's bytes kept exactly, "
                + "behind a metadata header) or into the rowcoach ASCII format (decoded samples, one per line).")
final class ConvertCommand implements Callable<Integer> {

    enum Target { recording, ascii }

    @Parameters(index = "0", paramLabel = "IN", description = "A sensor file in any supported format (- for standard input).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (- for standard output, ASCII only).")
    Path out;

    @Option(names = "--to", paramLabel = "recording|ascii",
            description = "What to write (default: recording when OUT ends in .rcrec, else ascii).")
    Target target;

    @Option(names = "--force", description = "Replace OUT if it exists.")
    boolean force;

    @Option(names = "--exercise", paramLabel = "NAME", completionCandidates = ExerciseNames.class,
            converter = OptionTypes.Exercise.class,
            description = "Exercise, stored in a recording's header: ${COMPLETION-CANDIDATES}.")
    ExerciseProfile exercise;

    @Option(names = "--load", paramLabel = "KG", converter = OptionTypes.LoadKg.class,
            description = "Load on the bar in kg, stored in a recording's header.")
    Double loadKg;

    @Mixin
    SessionOptions session;

    @Option(names = "--started-at", paramLabel = "ISO-8601",
            description = "When the session started, e.g. 2026-11-21T18:30:00+01:00 (default: now).")
    String startedAt;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Target kind = target != null ? target
                : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".rcrec") ? Target.recording : Target.ascii;
        boolean toStdout = OutputFiles.isStandardOutput(out);
        if (!toStdout && Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out)) {
            throw new UserException(out + ": is the input file", ExitCode.USAGE_OR_INPUT);
        }
        // A FIFO or a device is written into, never replaced: no --force needed.
        if (Files.isRegularFile(out) && !force) {
            throw new UserException(out + ": exists (use --force to replace it)", ExitCode.USAGE_OR_INPUT);
        }
        OffsetDateTime started = parseStartedAt();
        SensorFile file = Inputs.open(in, input, RowcoachCommand.context(spec).in());
        StreamStats stats;
        try {
            if (kind == Target.recording) {
                if (file.format() == WireFormat.RECORDING) {
                    throw new UserException(in + ": is already a rowcoach recording", ExitCode.USAGE_OR_INPUT);
                }
                if (file.format().isExport()) {
                    throw new UserException(in + ": a " + file.format().id() + " export is several files, which a recording"
                            + " cannot keep byte for byte; convert it to ASCII instead (rowcoach convert IN OUT.csv)",
                            ExitCode.USAGE_OR_INPUT);
                }
                if (file.isStream()) {
                    throw new UserException(in + ": a recording keeps the input's bytes and reads them twice: give a "
                            + "file, not a pipe (or convert to ASCII, which streams)", ExitCode.USAGE_OR_INPUT);
                }
                if (toStdout || Files.exists(out) && !Files.isRegularFile(out.toRealPath())) {
                    throw new UserException(out + ": a recording is written as a regular file, not to a pipe or device",
                            ExitCode.USAGE_OR_INPUT);
                }
                stats = new StreamStats();
                Inputs.decode(file, stats, RecordingListener.NONE);
                // Through a symbolic link to its target: the link stays a link.
                Path target = Files.exists(out) ? out.toRealPath() : out;
                Files.deleteIfExists(target);
                Conversions.toRecording(file, stats, new Conversions.Session(
                        exercise == null ? null : exercise.name(), loadKg, session.athlete, session.notes, started), target);
            } else {
                StreamStats[] decoded = new StreamStats[1];
                OutputFiles.write(out, RowcoachCommand.context(spec).out(), o ->
                        decoded[0] = Conversions.toAscii(file, new OutputStreamWriter(o, StandardCharsets.US_ASCII)));
                stats = decoded[0];
            }
        } catch (RecordingException e) {
            throw new UserException(e.getMessage(), ExitCode.IO);
        } catch (IOException e) {
            throw new UserException(out + ": cannot write: " + e.getMessage(), ExitCode.IO);
        }
        // With the samples on standard output, the summary goes to standard error.
        (toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut()).printf(Locale.ROOT, "wrote %s: %s of %s input, %d samples%s%n", out, kind,
                file.format().id(), stats.samples(), stats.malformed() == 0 ? ""
                        : kind == Target.recording ? ", " + stats.malformed() + " malformed records kept as received"
                        : ", " + stats.malformed() + " malformed records skipped");
        return ExitCode.OK;
    }

    private OffsetDateTime parseStartedAt() throws UserException {
        if (startedAt == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(startedAt);
        } catch (DateTimeParseException e) {
            throw new UserException("--started-at: not an ISO-8601 date-time with offset: " + startedAt, ExitCode.USAGE_OR_INPUT);
        }
    }
}
