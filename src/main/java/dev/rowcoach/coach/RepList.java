package dev.rowcoach.coach;

import java.util.ArrayList;
import java.util.List;

/** Rep numbers in words, as reports and advice print them. */
public final class RepList {

    private RepList() {
    }

    /**
     * "rep 3 of 8", "reps 6–8 of 8", "reps 2, 6–8 of 8": runs of consecutive rep numbers joined.
     *
     * @param indices 1-based rep numbers, ascending, at least one
     */
    public static String where(List<Integer> indices, int of) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < indices.size(); i++) {
            int first = indices.get(i);
            while (i + 1 < indices.size() && indices.get(i + 1) == indices.get(i) + 1) {
                i++;
            }
            int last = indices.get(i);
            runs.add(last == first ? Integer.toString(first)
                    : last == first + 1 ? first + ", " + last : first + "–" + last);
        }
        return (indices.size() == 1 ? "rep " : "reps ") + String.join(", ", runs) + " of " + of;
    }
}
