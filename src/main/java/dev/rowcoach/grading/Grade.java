package dev.rowcoach.grading;

import java.util.Locale;

/** How much body English a rep had, by its estimated torso swing against the profile's thresholds. */
public enum Grade {
    /** Torso held: swing below the strict threshold (10° by default). */
    STRICT,
    /** Controlled body English: between the thresholds (10–25° by default). */
    CHEAT,
    /** Flopping: above the cheat threshold (25° by default). */
    EXCESSIVE;

    /** The word used in reports and truth files: "strict", "cheat", "excessive". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grade named {@code word}, or null when it names none. */
    public static Grade ofWord(String word) {
        for (Grade g : values()) {
            if (g.word().equals(word)) {
                return g;
            }
        }
        return null;
    }
}
