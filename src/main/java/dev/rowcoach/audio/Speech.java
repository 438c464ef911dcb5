package dev.rowcoach.audio;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Speaks short phrases ("rep 3, strict") through the espeak-ng program when it is installed; its process runs
 * on its own, so the session never waits for it. A phrase asked for while the previous one is still spoken
 * replaces it.
 */
public final class Speech {

    private final String program;
    private Process speaking;

    private Speech(String program) {
        this.program = program;
    }

    /**
     * espeak-ng from {@code path} (the value of {@code PATH}: folders separated as the platform separates them), or
     * {@code null} when it is not installed there or {@code path} is null.
     */
    public static Speech find(String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, "espeak-ng");
            if (f.canExecute()) {
                return new Speech(f.getPath());
            }
        }
        return null;
    }

    /** Speaks {@code phrase}; a failure to start the program is returned as a sentence, else {@code null}. */
    public String say(String phrase) {
        if (speaking != null && speaking.isAlive()) {
            speaking.toHandle().destroy();
        }
        try {
            speaking = new ProcessBuilder(List.of(program, phrase)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return null;
        } catch (IOException e) {
            return "cannot run " + program + ": " + e.getMessage();
        }
    }
}
