package dev.rowcoach.audio;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes the cues of a session to a WAV file on the session's timeline: silence until each cue's time, then
 * the cue (a cue asked for while the previous one still sounds follows it after {@value #MIN_GAP_S} s). The
 * PCM goes to a temporary file beside the target as it is made, so memory stays bounded however long the
 * session; {@link #close} wraps it as WAV through {@code javax.sound.sampled}. Mono, 16-bit, {@value #RATE_HZ} Hz.
 */
public final class WavRecorder implements AudioOut {

    /** Sample rate of the file, Hz. */
    public static final int RATE_HZ = 16_000;
    /** Least silence between two cues, s. */
    static final double MIN_GAP_S = 0.05;
    private static final AudioFormat FORMAT = new AudioFormat(RATE_HZ, 16, 1, true, false);

    private final Path target;
    private final Path pcm;
    private final OutputStream out;
    private final byte[] bytes = new byte[RATE_HZ * 2];
    private final short[] tone = new short[RATE_HZ];
    private long written;
    private String failure;

    private WavRecorder(Path target, Path pcm, OutputStream out) {
        this.target = target;
        this.pcm = pcm;
        this.out = out;
    }

    /**
     * Starts a recorder for {@code target}, which must not exist.
     *
     * @throws IOException when it exists or its folder cannot be written
     */
    public static WavRecorder create(Path target) throws IOException {
        if (Files.exists(target)) {
            throw new java.nio.file.FileAlreadyExistsException(target.toString());
        }
        Path dir = target.toAbsolutePath().getParent();
        Path pcm = Files.createTempFile(dir, "." + target.getFileName(), ".pcm");
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(pcm, StandardOpenOption.WRITE));
        return new WavRecorder(target, pcm, out);
    }

    @Override
    public void play(Cue cue, double atS) {
        if (failure != null) {
            return;
        }
        long start = Math.round(atS * RATE_HZ);
        if (written > 0) {
            start = Math.max(start, written + Math.round(MIN_GAP_S * RATE_HZ));
        }
        try {
            silence(start - written);
            for (int i = 0; i < cue.count(); i++) {
                if (i > 0) {
                    silence(Math.round(cue.pauseS() * RATE_HZ));
                }
                int n = Tones.render(cue.frequencyHz(), cue.durationS(), RATE_HZ, tone, 0);
                for (int k = 0; k < n; k++) {
                    bytes[2 * k] = (byte) tone[k];
                    bytes[2 * k + 1] = (byte) (tone[k] >> 8);
                }
                out.write(bytes, 0, 2 * n);
                written += n;
            }
        } catch (IOException e) {
            failure = "cannot write " + pcm + ": " + e.getMessage();
        }
    }

    private void silence(long samples) throws IOException {
        java.util.Arrays.fill(bytes, (byte) 0);
        while (samples > 0) {
            int n = (int) Math.min(samples, bytes.length / 2);
            out.write(bytes, 0, 2 * n);
            written += n;
            samples -= n;
        }
    }

    /** Why the file could not be written, or {@code null}. Set by {@link #close} at the latest. */
    public String failure() {
        return failure;
    }

    /** Writes the WAV file and removes the temporary PCM. */
    @Override
    public void close() {
        try {
            out.close();
            if (failure == null) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(pcm));
                     AudioInputStream audio = new AudioInputStream(in, FORMAT, written)) {
                    AudioSystem.write(audio, AudioFileFormat.Type.WAVE, target.toFile());
                }
            }
        } catch (IOException e) {
            failure = "cannot write " + target + ": " + e.getMessage();
        } finally {
            try {
                Files.deleteIfExists(pcm);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless next to a failure already reported.
            }
        }
    }
}
