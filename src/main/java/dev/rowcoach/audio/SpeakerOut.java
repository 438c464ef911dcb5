package dev.rowcoach.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Plays cues on the default sound device through {@code javax.sound.sampled}, on a thread of its own so the
 * session never waits for the device. At most {@value #QUEUED} cues wait; a cue beyond that is skipped (a
 * lifter cannot use a backlog of beeps).
 */
public final class SpeakerOut implements AudioOut {

    private static final int RATE_HZ = 16_000;
    private static final int QUEUED = 8;
    private static final AudioFormat FORMAT = new AudioFormat(RATE_HZ, 16, 1, true, false);

    private final SourceDataLine line;
    private final BlockingQueue<Cue> cues = new ArrayBlockingQueue<>(QUEUED);
    private final Thread player;
    private volatile boolean closed;

    private SpeakerOut(SourceDataLine line) {
        this.line = line;
        this.player = new Thread(this::playLoop, "rowcoach-audio");
        player.setDaemon(true);
        player.start();
    }

    /** The default sound device, or {@code null} when there is none (a server, a container, no driver). */
    public static SpeakerOut openDefault() {
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT);
            line.open(FORMAT, RATE_HZ);
            line.start();
            return new SpeakerOut(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    @Override
    public void play(Cue cue, double atS) {
        cues.offer(cue);
    }

    private void playLoop() {
        short[] tone = new short[RATE_HZ];
        byte[] bytes = new byte[RATE_HZ * 2];
        byte[] pause = new byte[RATE_HZ * 2];
        try {
            while (!closed || !cues.isEmpty()) {
                Cue cue = cues.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (cue == null) {
                    continue;
                }
                for (int i = 0; i < cue.count(); i++) {
                    if (i > 0) {
                        line.write(pause, 0, 2 * Tones.length(cue.pauseS(), RATE_HZ));
                    }
                    int n = Tones.render(cue.frequencyHz(), cue.durationS(), RATE_HZ, tone, 0);
                    for (int k = 0; k < n; k++) {
                        bytes[2 * k] = (byte) tone[k];
                        bytes[2 * k + 1] = (byte) (tone[k] >> 8);
                    }
                    line.write(bytes, 0, 2 * n);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets queued cues finish (up to a second), then releases the device. */
    @Override
    public void close() {
        closed = true;
        try {
            player.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        line.drain();
        line.close();
    }
}
