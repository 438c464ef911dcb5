package dev.rowcoach.lab.sim;

import java.util.List;

/**
 * A set as the choreography laid it out.
 *
 * @param index        1-based in the session
 * @param block        the plan block it belongs to
 * @param loadKg       load, kg
 * @param nominalHangZ height of the bar's axis hanging in the row position with the hip at its set height, m:
 *                     the reference a dip is measured from
 * @param reps         the reps, in order
 */
record DesignedSet(int index, ExerciseBlock block, double loadKg, double nominalHangZ, List<DesignedRep> reps) {

    DesignedSet {
        reps = List.copyOf(reps);
    }
}
