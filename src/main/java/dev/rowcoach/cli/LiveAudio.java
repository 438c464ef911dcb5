package dev.rowcoach.cli;

import dev.rowcoach.audio.AudioOut;
import dev.rowcoach.audio.Cue;
import dev.rowcoach.audio.RepCues;
import dev.rowcoach.audio.Speech;
import dev.rowcoach.live.LiveCounts;
import dev.rowcoach.live.LiveListener;
import dev.rowcoach.live.LiveTime;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;

import java.util.List;

/**
 * {@code live}'s sound: the cues of each rep ({@link RepCues}) to every audio output (the speaker, the
 * {@code --audio-out} file), and with {@code --audio voice} the rep number and grade spoken instead of the
 * speaker's tones. Only reps make sound; the outputs close when the session ends.
 */
final class LiveAudio implements LiveListener {

    private final RepCues cues;
    private final List<AudioOut> outs;
    private final Speech speech;

    /**
     * @param speech espeak-ng for {@code --audio voice}, or {@code null} for tones only
     */
    LiveAudio(RepCues cues, List<AudioOut> outs, Speech speech) {
        this.cues = cues;
        this.outs = List.copyOf(outs);
        this.speech = speech;
    }

    @Override
    public void rep(LiveTime at, int setIndex, RepReport rep, boolean revised) {
        if (revised) {
            // The lifter heard this rep already; a second measurement of it is for the screen and the report.
            return;
        }
        String grade = rep.grade() == null ? null : rep.grade().word();
        List<Cue> sounds = cues.rep(setIndex, grade, rep.meanConcentricVelocityMps());
        for (AudioOut out : outs) {
            for (Cue c : sounds) {
                out.play(c, at.hostS());
            }
        }
        if (speech != null) {
            speech.say("rep " + rep.index() + (grade == null ? "" : ", " + grade)
                    + (sounds.contains(RepCues.STOP) ? ", stop" : ""));
        }
    }

    @Override
    public void ended(LiveTime at, SessionReport report, LiveCounts counts, String why) {
        outs.forEach(AudioOut::close);
    }

    @Override
    public void connected(LiveTime at, String source, boolean again) {
    }

    @Override
    public void disconnected(LiveTime at, String reason) {
    }

    @Override
    public void protocol(LiveTime at, WireFormat format, String recording) {
    }

    @Override
    public void status(LiveTime at, double samplesPerS, long bytes) {
    }

    @Override
    public void gap(LiveTime at, Gap gap, Double durationS) {
    }

    @Override
    public void repDiscarded(LiveTime at, int setIndex, RepReport rep, String reason) {
    }

    @Override
    public void set(LiveTime at, SetReport set) {
    }

    @Override
    public void warning(LiveTime at, String message) {
    }
}
