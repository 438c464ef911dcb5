package dev.rowcoach.grading;

/**
 * A lifter's strict-rep reference for one exercise: what the arms alone do, against which a rep's swing is read
 * (docs/GRADING.md). Kept in the history per athlete and exercise.
 *
 * @param romM the median range of motion of the lifter's strict reps, m (&gt; 0)
 * @param reps how many strict reps it is the median of (≥ 1)
 * @throws IllegalArgumentException when either is out of range
 */
public record Calibration(double romM, int reps) {

    public Calibration {
        if (!(romM > 0 && romM < 2) || reps < 1) {
            throw new IllegalArgumentException("a calibration needs a ROM of 0–2 m and at least one rep, got " + romM + " m, " + reps);
        }
    }
}
