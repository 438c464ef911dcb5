package dev.rowcoach.live;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.grading.Calibration;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;

import java.nio.file.Path;

/**
 * How a live session runs.
 *
 * @param source         the link's name as the recording's header states it, e.g. {@code serial:/dev/ttyACM0}
 * @param protocol       the wire format (a sensor's or, for a phone link, the phone app's), or {@code null} to
 *                       recognise a sensor's from the first bytes
 * @param decoder        decoder settings (rate of WitMotion sensors, CSV columns)
 * @param record         the recording to write (must not exist), or {@code null} for none
 * @param exercise       exercise being lifted: a grading profile's name (its thresholds grade the reps)
 * @param loadKg         load on the bar, kg, or {@code null}
 * @param athlete        who lifts, or {@code null}
 * @param exitAfterIdleS end the session when no byte arrived for this long, s; {@code 0} never
 * @param baud           the serial baud rate in use, for the hint when the bytes are garbage; 0 when not serial
 * @param calibration    the lifter's calibration for the exercise kept in the history, or {@code null}
 * @param calibrate      whether the session's first set is a calibration set of strict reps (docs/GRADING.md)
 */
public record LiveSettings(String source, WireFormat protocol, DecoderSettings decoder, Path record, String exercise,
                           Double loadKg, String athlete, double exitAfterIdleS, int baud, Calibration calibration,
                           boolean calibrate) {

    public LiveSettings {
        if (protocol != null && protocol.kind() != WireFormat.Kind.SENSOR && protocol.kind() != WireFormat.Kind.PHONE) {
            throw new IllegalArgumentException("a sensor speaks " + Formats.choices(Formats.ofKind(WireFormat.Kind.SENSOR))
                    + ", a phone " + Formats.choices(Formats.ofKind(WireFormat.Kind.PHONE)) + ", not " + protocol.id());
        }
        if (!(exitAfterIdleS >= 0)) {
            throw new IllegalArgumentException("idle time must be 0 or more seconds, got " + exitAfterIdleS);
        }
        if (exercise == null || exercise.isBlank()) {
            throw new IllegalArgumentException("an exercise is required");
        }
    }
}
