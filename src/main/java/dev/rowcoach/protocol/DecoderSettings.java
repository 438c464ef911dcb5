package dev.rowcoach.protocol;

import dev.rowcoach.sensor.AccelUnit;
import dev.rowcoach.sensor.GyroUnit;

/**
 * What a user may tell a decoder that the bytes themselves do not say. Every field is optional
 * ({@code null}: use what the data says, else the format's default). A recording stores these in its
 * header so that it always re-decodes the same way.
 *
 * @param rateHz     nominal sample rate, Hz: the clock of formats without timestamps (WitMotion,
 *                   default 200 Hz); for others it overrides the stated nominal rate
 * @param columns    CSV column mapping, e.g. {@code "id,t_ms,ax,ay,az,gx,gy,gz"} (see CsvLayout)
 * @param accelUnit  unit of the CSV accelerometer columns when the header does not say
 * @param gyroUnit   unit of the CSV gyroscope columns when the header does not say
 */
public record DecoderSettings(Double rateHz, String columns, AccelUnit accelUnit, GyroUnit gyroUnit) {

    /** Nothing overridden. */
    public static final DecoderSettings DEFAULTS = new DecoderSettings(null, null, null, null);

    public DecoderSettings {
        checkRate(rateHz);
        if (columns != null && columns.isBlank()) {
            columns = null;
        }
    }

    /**
     * @param rateHz a nominal sample rate, Hz, or null
     * @throws IllegalArgumentException unless it is null or in (0, 100000] Hz
     */
    public static void checkRate(Double rateHz) {
        if (rateHz != null && !(rateHz > 0 && rateHz <= 100_000)) {
            throw new IllegalArgumentException("rate must be between 0 and 100000 Hz, got " + rateHz);
        }
    }
}
