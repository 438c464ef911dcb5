package dev.rowcoach.audio;

/** Where cues are heard: a sound device, or a WAV file for checking. Called on the session's thread. */
public interface AudioOut extends AutoCloseable {

    /** Plays {@code cue} now; {@code atS} is the session's host time, s, at which it was asked for. */
    void play(Cue cue, double atS);

    /** Finishes (writes a file out, drains the device). Never throws. */
    @Override
    void close();
}
