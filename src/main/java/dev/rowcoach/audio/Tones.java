package dev.rowcoach.audio;

/**
 * Sine tones as 16-bit PCM, pure functions. Each tone fades in and out over {@value #FADE_S} s (a raised
 * cosine) so it starts and stops without a click.
 */
public final class Tones {

    /** Fade-in and fade-out time of every tone, s. */
    public static final double FADE_S = 0.005;
    /** Peak amplitude as a fraction of full scale: loud enough to hear mid-set, far from clipping. */
    static final double AMPLITUDE = 0.5;

    private Tones() {
    }

    /** Samples a tone of {@code durationS} takes at {@code sampleRateHz}. */
    public static int length(double durationS, int sampleRateHz) {
        return (int) Math.round(durationS * sampleRateHz);
    }

    /**
     * Writes a tone of {@code frequencyHz} lasting {@code durationS} into {@code out} from {@code off}.
     *
     * @return the number of samples written ({@link #length})
     * @throws IllegalArgumentException when the frequency is not below half the sample rate, or the tone does not fit
     */
    public static int render(double frequencyHz, double durationS, int sampleRateHz, short[] out, int off) {
        if (!(frequencyHz > 0 && frequencyHz < sampleRateHz / 2.0)) {
            throw new IllegalArgumentException("frequency " + frequencyHz + " Hz cannot be sampled at " + sampleRateHz + " Hz");
        }
        int n = length(durationS, sampleRateHz);
        if (off < 0 || n > out.length - off) {
            throw new IllegalArgumentException("a " + n + "-sample tone does not fit at " + off + " in " + out.length);
        }
        int fade = Math.max(1, (int) Math.round(FADE_S * sampleRateHz));
        double step = 2 * Math.PI * frequencyHz / sampleRateHz;
        for (int i = 0; i < n; i++) {
            double edge = Math.min(i, n - 1 - i);
            double gain = edge >= fade ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * edge / fade);
            out[off + i] = (short) Math.round(AMPLITUDE * gain * Short.MAX_VALUE * Math.sin(step * i));
        }
        return n;
    }
}
