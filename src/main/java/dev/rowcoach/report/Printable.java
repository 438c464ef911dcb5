package dev.rowcoach.report;

import java.util.Locale;

/**
 * Text from outside (a recording's header, the history, a file name) made safe to show: every character that
 * would steer a terminal or reorder a line rather than print is written as a visible {@code \}{@code uXXXX}
 * escape. Unsafe are the C0 controls but tab and newline, DEL, the C1 controls (ESC, BEL and the like can clear
 * the screen or retitle the terminal) and the bidirectional overrides, embeddings and isolates (U+202A–U+202E,
 * U+2066–U+2069, U+061C, U+200E, U+200F) that can make a name read backwards.
 */
public final class Printable {

    private Printable() {
    }

    /** Whether {@code c} is unsafe to print as itself. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069
                || c == 0x061c || c == 0x200e || c == 0x200f;
    }

    /** The visible form of an unsafe character, e.g. {@code \}{@code u001b} for ESC. */
    public static String escape(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }

    /** {@code text} with every unsafe character escaped; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isUnsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                b.append(escape(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
