package dev.rowcoach.cli;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.ExerciseProfiles;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;
import dev.rowcoach.session.Loads;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed option values: each converter checks its value where the option is declared and, when it is wrong,
 * throws a {@link BadValue} whose message is the whole line the user reads ({@link Main} prints it, exit 2).
 */
final class OptionTypes {

    private OptionTypes() {
    }

    /** A value an option cannot take; its message is the line the user reads. */
    static final class BadValue extends TypeConversionException {
        BadValue(String message) {
            super(message);
        }
    }

    /** {@code --exercise NAME}: a grading profile. */
    static final class Exercise implements ITypeConverter<ExerciseProfile> {
        @Override
        public ExerciseProfile convert(String name) {
            if (name.isBlank()) {
                throw new BadValue("--exercise must name an exercise");
            }
            try {
                return ExerciseProfiles.get(name);
            } catch (IllegalArgumentException e) {
                throw new BadValue(e.getMessage());
            }
        }
    }

    /** {@code --load KG}: one load, kg. */
    static final class LoadKg implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double kg;
            try {
                kg = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new BadValue("--load must be a weight in kg, not '" + text + "'");
            }
            if (!(kg >= 0 && Double.isFinite(kg))) {
                throw new BadValue("--load must be a weight in kg, not " + kg);
            }
            return kg;
        }
    }

    /** {@code --load KG[,KG...]}: a load for every set, or one per set. */
    static final class LoadsPerSet implements ITypeConverter<Loads> {
        @Override
        public Loads convert(String text) {
            try {
                return Loads.parse(text);
            } catch (IllegalArgumentException e) {
                throw new BadValue(e.getMessage());
            }
        }
    }

    /** {@code --protocol}: {@code auto} (null: recognised from the first bytes) or a sensor's protocol. */
    static final class Protocol implements ITypeConverter<WireFormat> {
        @Override
        public WireFormat convert(String id) {
            if (id.equalsIgnoreCase("auto")) {
                return null;
            }
            WireFormat format = null;
            try {
                format = WireFormat.fromId(id);
            } catch (IllegalArgumentException e) {
                // Named in the message below.
            }
            if (format == null || format.kind() != WireFormat.Kind.SENSOR) {
                throw new BadValue("--protocol must be auto, " + Formats.choices(Formats.ofKind(WireFormat.Kind.SENSOR))
                        + ", not " + id);
            }
            return format;
        }
    }

    /** {@code --input-format}: any format of the registry. */
    static final class InputFormat implements ITypeConverter<WireFormat> {
        @Override
        public WireFormat convert(String id) {
            try {
                return WireFormat.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new BadValue("--input-format: " + e.getMessage());
            }
        }
    }

    /** {@code --rate HZ}: a nominal sample rate. */
    static final class RateHz implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double hz;
            try {
                hz = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new BadValue("--rate must be a sample rate in Hz, not '" + text + "'");
            }
            try {
                DecoderSettings.checkRate(hz);
            } catch (IllegalArgumentException e) {
                throw new BadValue(e.getMessage());
            }
            return hz;
        }
    }

    /** {@code --accel-unit}: g or mps2. */
    static final class Accel implements ITypeConverter<AccelUnit> {
        @Override
        public AccelUnit convert(String id) {
            try {
                return AccelUnit.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new BadValue(e.getMessage());
            }
        }
    }

    /** {@code --gyro-unit}: dps or rads. */
    static final class Gyro implements ITypeConverter<GyroUnit> {
        @Override
        public GyroUnit convert(String id) {
            try {
                return GyroUnit.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new BadValue(e.getMessage());
            }
        }
    }
}
