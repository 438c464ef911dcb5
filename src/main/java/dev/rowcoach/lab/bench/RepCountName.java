package dev.rowcoach.lab.bench;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rep count a real recording's file name states, e.g. {@code row_adam_set1_reps10_1.csv} → 10: the
 * first {@code reps<K>} or {@code rep<K>} (any case) not preceded by a letter, so {@code prep3} does not count.
 */
public final class RepCountName {

    private static final Pattern REPS = Pattern.compile("(?<![A-Za-z])[Rr][Ee][Pp][Ss]?(\\d{1,4})(?!\\d)");

    private RepCountName() {
    }

    /** The count in {@code fileName}, or empty when it states none. */
    public static OptionalInt expectedReps(String fileName) {
        Matcher m = REPS.matcher(fileName);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
