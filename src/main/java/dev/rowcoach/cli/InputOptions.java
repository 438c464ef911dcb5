package dev.rowcoach.cli;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;
import picocli.CommandLine.Option;

/** How to read an input file, shared by every command that reads one. */
public final class InputOptions {

    @Option(names = "--input-format", paramLabel = "FORMAT", completionCandidates = FormatNames.Input.class,
            converter = OptionTypes.InputFormat.class, description = "Skip detection: ${COMPLETION-CANDIDATES}.")
    /** The forced format, or null to detect. */
    WireFormat forcedFormat;

    @Option(names = "--rate", paramLabel = "HZ", converter = OptionTypes.RateHz.class,
            description = "Nominal sample rate: the clock of WitMotion captures (default 200 Hz), else overrides the stated rate.")
    Double rateHz;

    @Option(names = "--columns", paramLabel = "MAP",
            description = "CSV columns, e.g. id,t_ms,ax,ay,az,gx,gy,gz (t_s|t_ms|t_us|t_ns; other names are ignored).")
    String columns;

    @Option(names = "--accel-unit", paramLabel = "UNIT", converter = OptionTypes.Accel.class,
            description = "CSV or app-export accelerometer unit: g or mps2.")
    AccelUnit accelUnit;

    @Option(names = "--gyro-unit", paramLabel = "UNIT", converter = OptionTypes.Gyro.class,
            description = "CSV or app-export gyroscope unit: dps or rads.")
    GyroUnit gyroUnit;

    DecoderSettings settings() {
        return new DecoderSettings(rateHz, columns, accelUnit, gyroUnit);
    }
}
