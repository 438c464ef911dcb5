package dev.rowcoach.audio;

import dev.rowcoach.coach.SetVelocity;
import dev.rowcoach.grading.Grade;

import java.util.ArrayList;
import java.util.List;

/**
 * What a lifter hears, since mid-set he looks at the floor, not at a screen: one short tone per rep whose
 * pitch says its grade (higher is better), and, once per set, a distinct cue (three high beeps) when a rep's
 * velocity loss reaches the threshold: the set is done. Velocity loss is the set's so far, as the report computes
 * it ({@link SetVelocity}): from the fastest to the last of its strict reps once two reps were strict (a cheat rep's
 * speed is partly the hips'), of all its reps before, as in L. Sánchez-Medina and J. J. González-Badillo,
 * "Velocity loss as an indicator of neuromuscular fatigue during resistance training", Med. Sci. Sports
 * Exerc. 43(9), 2011. Not thread-safe: call it on the session's thread.
 */
public final class RepCues {

    /** How long a rep's tone sounds, s. */
    private static final double REP_TONE_S = 0.15;
    /** A rep without a grade (grading not available): G5, between strict and cheat. */
    public static final Cue UNGRADED = new Cue(783.99, REP_TONE_S, 1, 0);
    /** Velocity loss reached the threshold: three short E6 beeps, unlike any rep tone. */
    public static final Cue STOP = new Cue(1318.51, 0.08, 3, 0.06);

    private final Double stopAtLossPct;
    private int set = -1;
    private final List<Grade> grades = new ArrayList<>();
    private final List<Double> velocities = new ArrayList<>();
    private boolean stopGiven;

    /**
     * @param stopAtLossPct velocity loss at which the stop cue sounds, %, or {@code null} for never
     * @throws IllegalArgumentException when it is not between 0 and 100
     */
    public RepCues(Double stopAtLossPct) {
        if (stopAtLossPct != null && !(stopAtLossPct > 0 && stopAtLossPct < 100)) {
            throw new IllegalArgumentException("velocity loss threshold must be between 0 and 100 %, got " + stopAtLossPct);
        }
        this.stopAtLossPct = stopAtLossPct;
    }

    /** The cue of a grade: one tone of its pitch ({@link Grade#toneHz}); {@link #UNGRADED} for {@code null}. */
    public static Cue forGrade(Grade grade) {
        return grade == null ? UNGRADED : new Cue(grade.toneHz(), REP_TONE_S, 1, 0);
    }

    /**
     * The cues of a rep just reported: its grade's tone, then the stop cue if the set's velocity loss with this rep
     * reached the threshold for the first time in its set.
     *
     * @param meanVelocityMps its mean concentric velocity, m/s (NaN: no loss computed)
     */
    public List<Cue> rep(int setIndex, Grade grade, double meanVelocityMps) {
        if (setIndex != set) {
            set = setIndex;
            grades.clear();
            velocities.clear();
            stopGiven = false;
        }
        grades.add(grade);
        velocities.add(Double.isFinite(meanVelocityMps) && meanVelocityMps > 0 ? meanVelocityMps : Double.NaN);
        List<Cue> cues = new ArrayList<>(2);
        cues.add(forGrade(grade));
        double loss = SetVelocity.of(grades, velocities).used().lossPct();
        if (Double.isFinite(loss)) {
            // To 0.1 %, as reports show it, so that a loss shown as 20.0 % reaches a 20 % threshold.
            double lossPct = Math.round(loss * 10) / 10.0;
            if (stopAtLossPct != null && !stopGiven && lossPct >= stopAtLossPct) {
                stopGiven = true;
                cues.add(STOP);
            }
        }
        return cues;
    }
}
