package dev.rowcoach.cli;

import dev.rowcoach.audio.AudioOut;
import dev.rowcoach.audio.RepCues;
import dev.rowcoach.audio.SpeakerOut;
import dev.rowcoach.audio.Speech;
import dev.rowcoach.audio.WavRecorder;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code live} sounds: its options, and the outputs they open. */
final class LiveSound {

    enum Audio { tones, voice, off }

    @Option(names = "--audio", paramLabel = "tones|voice|off",
            description = "Sound: a tone per rep whose pitch says its grade, or the rep number and grade spoken by "
                    + "espeak-ng (tones when it is not installed), or none (default: tones when there is a sound device).")
    Audio audio;

    @Option(names = "--audio-out", paramLabel = "FILE.wav",
            description = "Also write the tones to FILE.wav (must not exist), on the session's timeline.")
    Path audioOut;

    @Option(names = "--stop-at-loss", paramLabel = "PCT",
            description = "Sound a distinct cue (three high beeps) when a rep's velocity is PCT %% below the set's "
                    + "fastest: the set is done (velocity-based training; default: never).")
    Double stopAtLossPct;

    /** The sound outputs opened, and what to say about them at the end. */
    static final class Outputs {
        /** Null when nothing sounds. */
        final LiveAudio listener;
        private final WavRecorder wav;
        private final String note;

        private Outputs(LiveAudio listener, WavRecorder wav, String note) {
            this.listener = listener;
            this.wav = wav;
            this.note = note;
        }

        /** Says on {@code err} what did not sound as asked. */
        void reportProblems(PrintWriter err) {
            if (note != null) {
                err.println("rowcoach: " + note);
            }
            if (wav != null && wav.failure() != null) {
                err.println("rowcoach: --audio-out: " + wav.failure());
            }
            err.flush();
        }
    }

    /** Opens the outputs asked for: the WAV file, the voice (espeak-ng on {@code path}, the run's PATH), the sound device. */
    Outputs open(String path) throws UserException {
        RepCues cues;
        try {
            cues = new RepCues(stopAtLossPct);
        } catch (IllegalArgumentException e) {
            throw new UserException("--stop-at-loss: " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        List<AudioOut> outs = new ArrayList<>();
        WavRecorder wav = null;
        if (audioOut != null) {
            try {
                wav = WavRecorder.create(audioOut);
            } catch (FileAlreadyExistsException e) {
                throw new UserException(audioOut + ": exists (--audio-out never overwrites)", ExitCode.USAGE_OR_INPUT);
            } catch (IOException e) {
                throw new UserException(audioOut + ": cannot write: " + e.getMessage(), ExitCode.IO);
            }
            outs.add(wav);
        }
        String note = null;
        Speech speech = null;
        if (audio == Audio.voice) {
            speech = Speech.find(path);
            if (speech == null) {
                note = "--audio voice: espeak-ng is not installed, so tones were played instead";
            }
        }
        if (audio != Audio.off && speech == null) {
            SpeakerOut speaker = SpeakerOut.openDefault();
            if (speaker != null) {
                outs.add(speaker);
            } else if (audio != null) {
                note = "--audio " + audio + ": no sound device could be opened, so nothing was played";
            }
        }
        LiveAudio listener = !outs.isEmpty() || speech != null ? new LiveAudio(cues, outs, speech) : null;
        return new Outputs(listener, wav, note);
    }
}
