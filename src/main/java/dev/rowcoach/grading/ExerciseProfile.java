package dev.rowcoach.grading;

import java.util.Locale;

/**
 * What an exercise expects of the lifter, as read from the profiles resource ({@link ExerciseProfiles}).
 *
 * @param name         the name {@code --exercise} takes, e.g. "barbell-row"
 * @param title        a plain description, e.g. "bent-over barbell row"
 * @param concentric   direction the implement moves in the pull: "vertical" or "horizontal"
 * @param expected     "strict" (body English is not wanted) or "body-english" (controlled cheating is a tool)
 * @param strictMaxDeg estimated torso swing below which a rep is strict, degrees
 * @param cheatMaxDeg  estimated torso swing above which a rep is excessive, degrees
 * @param guidance     what the guidance rowcoach follows says about body English on this exercise (paraphrased)
 * @param source       where that guidance comes from (a citation)
 * @param limits       what the bar cannot show for this exercise, or null
 * @param calibrated   whether the swing estimate was validated on this exercise (in the simulator); if not, grade
 *                     confidence is halved
 * @param swing        how the torso swing is read from the bar's early movement on this exercise
 * @throws IllegalArgumentException when a field is missing or the thresholds are not 0 ≤ strict &lt; cheat ≤ 90
 */
public record ExerciseProfile(String name, String title, String concentric, String expected, double strictMaxDeg,
                              double cheatMaxDeg, String guidance, String source, String limits,
                              boolean calibrated, SwingModel swing) {

    public ExerciseProfile {
        if (name == null || title == null || guidance == null || source == null || swing == null) {
            throw new IllegalArgumentException("exercise profile " + name + ": name, title, guidance, source and swing model are required");
        }
        if (!"vertical".equals(concentric) && !"horizontal".equals(concentric)) {
            throw new IllegalArgumentException("exercise profile " + name + ": concentric must be vertical or horizontal");
        }
        if (!"strict".equals(expected) && !"body-english".equals(expected)) {
            throw new IllegalArgumentException("exercise profile " + name + ": expected must be strict or body-english");
        }
        checkThresholds(strictMaxDeg, cheatMaxDeg);
    }

    /** Whether controlled body English is part of this exercise. */
    public boolean bodyEnglishExpected() {
        return "body-english".equals(expected);
    }

    /**
     * This profile with other thresholds (null keeps the profile's).
     *
     * @throws IllegalArgumentException with a one-line reason when they are not 0 ≤ strict &lt; cheat ≤ 90
     */
    public ExerciseProfile withThresholds(Double strictMax, Double cheatMax) {
        return new ExerciseProfile(name, title, concentric, expected, strictMax != null ? strictMax : strictMaxDeg,
                cheatMax != null ? cheatMax : cheatMaxDeg, guidance, source, limits, calibrated, swing);
    }

    /** This profile with another swing model (a benchmark's levers fitted on other lifters). */
    public ExerciseProfile withSwing(SwingModel model) {
        return new ExerciseProfile(name, title, concentric, expected, strictMaxDeg, cheatMaxDeg, guidance, source, limits,
                calibrated, model);
    }

    /** The grade of an estimated torso swing, degrees. */
    public Grade gradeOf(double swingDeg) {
        return swingDeg < strictMaxDeg ? Grade.STRICT : swingDeg <= cheatMaxDeg ? Grade.CHEAT : Grade.EXCESSIVE;
    }

    private static void checkThresholds(double strict, double cheat) {
        if (!(strict >= 0 && strict < cheat && cheat <= 90)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "grade thresholds must satisfy 0 ≤ strict < cheat ≤ 90 degrees, got strict %.1f and cheat %.1f", strict, cheat));
        }
    }
}
