package dev.rowcoach.audio;

/**
 * One sound: a tone of a pitch, repeated.
 *
 * @param frequencyHz pitch, Hz
 * @param durationS   each tone, s
 * @param count       tones (at least one)
 * @param pauseS      silence between two tones, s
 */
public record Cue(double frequencyHz, double durationS, int count, double pauseS) {

    public Cue {
        if (!(frequencyHz > 0 && durationS > 0 && count >= 1 && pauseS >= 0)) {
            throw new IllegalArgumentException("not a cue: " + frequencyHz + " Hz, " + durationS + " s, x" + count + ", pause " + pauseS);
        }
    }

    /** Length of the whole cue, s. */
    public double totalS() {
        return count * durationS + (count - 1) * pauseS;
    }
}
