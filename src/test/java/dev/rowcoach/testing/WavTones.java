package dev.rowcoach.testing;

import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tones in a 16-bit mono WAV file, independently of how they were made: runs of 5 ms windows whose
 * RMS exceeds 5 % of full scale are tones (runs less than 15 ms apart are one), and each tone's pitch is the
 * peak of its Hann-windowed, zero-padded FFT (commons-math3), refined by parabolic interpolation.
 */
public final class WavTones {

    /** A tone found: when it starts and how long it lasts, s, and its pitch, Hz. */
    public record Tone(double startS, double durationS, double frequencyHz) {
    }

    private WavTones() {
    }

    public static List<Tone> find(Path wav) throws Exception {
        short[] pcm;
        float rate;
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            if (f.getChannels() != 1 || f.getSampleSizeInBits() != 16 || f.isBigEndian()) {
                throw new AssertionError("not 16-bit little-endian mono: " + f);
            }
            rate = f.getSampleRate();
            byte[] b = in.readAllBytes();
            pcm = new short[b.length / 2];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = (short) ((b[2 * i] & 0xFF) | (b[2 * i + 1] << 8));
            }
        }
        int window = Math.round(rate * 0.005f);
        int maxGap = Math.round(0.015f * rate / window);
        double threshold = 0.05 * Short.MAX_VALUE;
        List<int[]> runs = new ArrayList<>();
        int start = -1, lastActive = -100;
        for (int w = 0; (w + 1) * window <= pcm.length; w++) {
            double sum = 0;
            for (int i = w * window; i < (w + 1) * window; i++) {
                sum += (double) pcm[i] * pcm[i];
            }
            boolean active = Math.sqrt(sum / window) > threshold;
            if (active) {
                if (start < 0 || w - lastActive > maxGap) {
                    if (start >= 0) {
                        runs.add(new int[]{start, lastActive + 1});
                    }
                    start = w;
                }
                lastActive = w;
            }
        }
        if (start >= 0) {
            runs.add(new int[]{start, lastActive + 1});
        }
        List<Tone> tones = new ArrayList<>();
        for (int[] r : runs) {
            int from = r[0] * window, to = Math.min(pcm.length, r[1] * window);
            tones.add(new Tone(from / rate, (to - from) / rate, pitch(pcm, from, to, rate)));
        }
        return tones;
    }

    private static double pitch(short[] pcm, int from, int to, float rate) {
        int n = to - from;
        int size = Integer.highestOneBit(n * 8 - 1) << 1;
        double[] x = new double[size];
        for (int i = 0; i < n; i++) {
            x[i] = pcm[from + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1)));
        }
        Complex[] spectrum = new FastFourierTransformer(DftNormalization.STANDARD).transform(x, TransformType.FORWARD);
        int peak = 1;
        for (int k = 1; k < size / 2; k++) {
            if (spectrum[k].abs() > spectrum[peak].abs()) {
                peak = k;
            }
        }
        double a = spectrum[peak - 1].abs(), b = spectrum[peak].abs(), c = spectrum[peak + 1].abs();
        double offset = 0.5 * (a - c) / (a - 2 * b + c);
        return (peak + offset) * rate / size;
    }
}
