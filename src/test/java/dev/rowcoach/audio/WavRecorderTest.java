package dev.rowcoach.audio;

import dev.rowcoach.testing.WavTones;
import dev.rowcoach.grading.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavRecorderTest {

    @TempDir
    Path dir;

    @Test
    void eachCueIsFoundInTheFileAtItsTimeWithItsPitch() throws Exception {
        Path wav = dir.resolve("cues.wav");
        WavRecorder rec = WavRecorder.create(wav);
        rec.play(RepCues.forGrade(Grade.STRICT), 0.5);
        rec.play(RepCues.forGrade(Grade.CHEAT), 1.0);
        rec.play(RepCues.forGrade(Grade.EXCESSIVE), 1.5);
        rec.play(RepCues.UNGRADED, 2.0);
        rec.play(RepCues.STOP, 2.0);     // asked for while the rep's tone sounds: follows it
        rec.close();
        assertNull(rec.failure());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(wav), files.toList(), "the temporary PCM is gone");
        }
        List<WavTones.Tone> tones = WavTones.find(wav);
        double[] want = {880, 659.26, 440, 783.99, 1318.51, 1318.51, 1318.51};
        assertEquals(want.length, tones.size(), tones.toString());
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], tones.get(i).frequencyHz(), want[i] * 0.005, "tone " + i + ": " + tones.get(i));
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(0.5 * (i + 1), tones.get(i).startS(), 0.01, "tone " + i);
            assertEquals(0.15, tones.get(i).durationS(), 0.015, "tone " + i);
        }
        assertEquals(2.0 + 0.15 + WavRecorder.MIN_GAP_S, tones.get(4).startS(), 0.01);
        assertEquals(0.08 + 0.06, tones.get(5).startS() - tones.get(4).startS(), 0.01);
        assertTrue(tones.get(6).durationS() < 0.1);
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path wav = Files.writeString(dir.resolve("taken.wav"), "mine");
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> WavRecorder.create(wav));
        assertEquals("mine", Files.readString(wav));
    }
}
