package dev.rowcoach.motion;

import java.util.List;

/**
 * A set: reps separated from other sets by rest.
 *
 * @param index  1-based set number in the session
 * @param startS concentric start of its first rep, s
 * @param endS   end of its last rep, s
 * @param reps   its reps, in order (at least one)
 */
public record SetResult(int index, double startS, double endS, List<Rep> reps) {

    public SetResult {
        reps = List.copyOf(reps);
        if (reps.isEmpty()) {
            throw new IllegalArgumentException("a set has at least one rep");
        }
    }
}
