package dev.rowcoach.recording;

import dev.rowcoach.Version;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.SensorInfo;

import java.time.OffsetDateTime;

/**
 * What a recording says about itself: stored as UTF-8 JSON in its first record, so that the sensor
 * bytes after it always re-decode the same way. Unknown JSON fields are ignored when read.
 *
 * @param formatVersion recording format major version; this program writes and reads 1 and refuses
 *                      newer ones
 * @param protocol      wire format of the sensor bytes inside (never {@link WireFormat#RECORDING})
 * @param decoder       decoder settings the bytes are decoded with; {@link DecoderSettings#DEFAULTS} when
 *                      nothing was overridden (never null)
 * @param sensor        what was known about the sensor when recording started, or {@code null}
 * @param startedAt     wall clock when recording started, with its UTC offset; DATA and EVENT records
 *                      carry host time as µs since this instant
 * @param source        where the bytes came from, e.g. {@code "serial:/dev/ttyACM0"} or
 *                      {@code "file:session.bin"}, or {@code null}
 * @param exercise      exercise name as the user gave it, or {@code null}
 * @param loadKg        load on the bar, kg (≥ 0, finite), or {@code null}
 * @param athlete       who lifted, or {@code null}
 * @param notes         free text, or {@code null}
 * @param software      program that wrote the recording, e.g. {@code "rowcoach 0.1.0"}, or {@code null}
 */
public record RecordingHeader(int formatVersion, WireFormat protocol, DecoderSettings decoder,
                              SensorInfo sensor, OffsetDateTime startedAt, String source,
                              String exercise, Double loadKg, String athlete, String notes,
                              String software) {

    /** @throws IllegalArgumentException when a field is out of range or a required one is missing */
    public RecordingHeader {
        if (formatVersion < 1) {
            throw new IllegalArgumentException("formatVersion must be at least 1, got " + formatVersion);
        }
        if (protocol == null) {
            throw new IllegalArgumentException("protocol is required");
        }
        if (protocol == WireFormat.RECORDING) {
            throw new IllegalArgumentException("a recording cannot contain a recording");
        }
        if (protocol.isExport()) {
            throw new IllegalArgumentException("a recording keeps one byte stream, not a " + protocol.id() + " export of several files");
        }
        if (decoder == null) {
            decoder = DecoderSettings.DEFAULTS;
        }
        if (startedAt == null) {
            throw new IllegalArgumentException("startedAt is required");
        }
        if (loadKg != null && !(loadKg >= 0 && Double.isFinite(loadKg))) {
            throw new IllegalArgumentException("loadKg must be finite and not negative, got " + loadKg);
        }
    }

    /**
     * A header for a new recording by this program: current format version and software, no session
     * details (add them with {@link #withSession}).
     */
    public static RecordingHeader start(WireFormat protocol, DecoderSettings decoder, SensorInfo sensor,
                                        String source, OffsetDateTime startedAt) {
        return new RecordingHeader(RecordingFormat.FORMAT_VERSION, protocol, decoder, sensor, startedAt,
                source, null, null, null, null, currentSoftware());
    }

    /** A copy with the session details replaced; any may be {@code null}. */
    public RecordingHeader withSession(String exercise, Double loadKg, String athlete, String notes) {
        return new RecordingHeader(formatVersion, protocol, decoder, sensor, startedAt, source,
                exercise, loadKg, athlete, notes, software);
    }

    /** A copy with the sensor description replaced (may be {@code null}). */
    public RecordingHeader withSensor(SensorInfo sensor) {
        return new RecordingHeader(formatVersion, protocol, decoder, sensor, startedAt, source,
                exercise, loadKg, athlete, notes, software);
    }

    /** {@code "rowcoach <version>"} of the running program. */
    public static String currentSoftware() {
        return Version.SOFTWARE;
    }
}
