package dev.rowcoach.lab.truth;

import java.util.List;

/**
 * @param index    1-based
 * @param startS   concentric start of the first rep, s
 * @param endS     end of the last rep's eccentric, s
 * @param exercise exercise profile name, e.g. "barbell-row", "pendlay-row", "kroc-row"
 * @param loadKg   load, kg
 * @param reps     the reps, in order
 */
public record TruthSet(int index, double startS, double endS, String exercise, double loadKg, List<TruthRep> reps) {

    public TruthSet {
        reps = List.copyOf(reps);
    }
}
