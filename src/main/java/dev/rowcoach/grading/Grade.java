package dev.rowcoach.grading;

import java.util.Locale;

/**
 * How much body English a rep had, by its estimated torso swing against the profile's thresholds; each grade
 * carries everything that shows it: its word, its colour on a page and on a terminal, and the pitch of its tone.
 */
public enum Grade {
    /** Torso held: swing below the strict threshold (10° by default). Green; A5. */
    STRICT(0x009E73, 32, 880),
    /** Controlled body English: between the thresholds (10–25° by default). Orange, yellow on a terminal; E5. */
    CHEAT(0xE69F00, 33, 659.26),
    /** Flopping: above the cheat threshold (25° by default). Vermilion, red on a terminal; A4, low. */
    EXCESSIVE(0xD55E00, 31, 440);

    private final int rgb;
    private final int ansiColour;
    private final double toneHz;

    Grade(int rgb, int ansiColour, double toneHz) {
        this.rgb = rgb;
        this.ansiColour = ansiColour;
        this.toneHz = toneHz;
    }

    /** The word used in reports and truth files: "strict", "cheat", "excessive". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The grade's colour in charts and pages, 0xRRGGBB: the Okabe–Ito palette, which stays distinguishable with the
     * common colour-vision deficiencies (M. Okabe and K. Ito, "Color Universal Design", 2008).
     */
    public int rgb() {
        return rgb;
    }

    /** The grade's colour on a terminal: an ANSI SGR foreground code (32 green, 33 yellow, 31 red). */
    public int ansiColour() {
        return ansiColour;
    }

    /** The pitch of the tone a lifter hears for a rep of this grade, Hz: higher is better. */
    public double toneHz() {
        return toneHz;
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
