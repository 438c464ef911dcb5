package dev.rowcoach.cli;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;
import picocli.CommandLine.Option;

/** How to read an input file, shared by every command that reads one. */
public final class InputOptions {

    @Option(names = "--input-format", paramLabel = "FORMAT", completionCandidates = FormatNames.Input.class,
            description = "Skip detection: ${COMPLETION-CANDIDATES}.")
    String inputFormat;

    @Option(names = "--rate", paramLabel = "HZ",
            description = "Nominal sample rate: the clock of WitMotion captures (default 200 Hz), else overrides the stated rate.")
    Double rateHz;

    @Option(names = "--columns", paramLabel = "MAP",
            description = "CSV columns, e.g. id,t_ms,ax,ay,az,gx,gy,gz (t_s|t_ms|t_us|t_ns; other names are ignored).")
    String columns;

    @Option(names = "--accel-unit", paramLabel = "UNIT", description = "CSV or app-export accelerometer unit: g or mps2.")
    String accelUnit;

    @Option(names = "--gyro-unit", paramLabel = "UNIT", description = "CSV or app-export gyroscope unit: dps or rads.")
    String gyroUnit;

    /** The forced format, or null to detect. */
    WireFormat forcedFormat() throws UserException {
        try {
            return inputFormat == null ? null : WireFormat.fromId(inputFormat);
        } catch (IllegalArgumentException e) {
            throw new UserException("--input-format: " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
    }

    DecoderSettings settings() throws UserException {
        try {
            return new DecoderSettings(rateHz, columns,
                    accelUnit == null ? null : AccelUnit.fromId(accelUnit),
                    gyroUnit == null ? null : GyroUnit.fromId(gyroUnit));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
    }
}
