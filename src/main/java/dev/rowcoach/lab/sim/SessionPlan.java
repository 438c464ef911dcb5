package dev.rowcoach.lab.sim;

import java.util.List;

/**
 * What a simulated session contains, in order: exercise blocks and rests (see {@link PlanParser} for the
 * text form).
 *
 * @param text  the plan as written (after preset expansion), for notes and messages
 * @param items the blocks and rests, in order; at least one block, all on one implement
 */
public record SessionPlan(String text, List<PlanItem> items) {

    /** Rest between sets and between blocks when the plan does not say, s. */
    public static final double DEFAULT_REST_S = 60;

    /** @throws PlanException when there is no exercise block or the blocks need different implements */
    public SessionPlan {
        items = List.copyOf(items);
        ExerciseBlock first = null;
        for (PlanItem item : items) {
            if (item instanceof ExerciseBlock b) {
                if (first == null) {
                    first = b;
                } else if (b.exercise().implement() != first.exercise().implement()) {
                    throw new PlanException("plan mixes implements: " + first.exercise().id() + " uses a "
                            + first.exercise().implement().id() + ", " + b.exercise().id() + " a "
                            + b.exercise().implement().id() + "; the sensor rides on one, so simulate them in separate files");
                }
            }
        }
        if (first == null) {
            throw new PlanException("plan has no exercise (e.g. \"barbell-row 3x8 @80kg\")");
        }
    }

    /** The exercise blocks, in order. */
    public List<ExerciseBlock> blocks() {
        return items.stream().filter(ExerciseBlock.class::isInstance).map(ExerciseBlock.class::cast).toList();
    }

    /** The implement every block uses. */
    Implement implement() {
        return blocks().get(0).exercise().implement();
    }
}
