package dev.rowcoach.coach;

import dev.rowcoach.grading.Grade;

import java.util.List;

/**
 * What the rules look at in a set.
 *
 * @param grades          each rep's grade in order (null where a rep was not graded)
 * @param velocityLossPct velocity loss of the set, %, on the basis {@link SetVelocity} chooses (its strict reps when
 *                        it has at least two)
 */
public record SetFacts(List<Grade> grades, double velocityLossPct) {

    public SetFacts {
        grades = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(grades));
    }

    public int reps() {
        return grades.size();
    }
}
