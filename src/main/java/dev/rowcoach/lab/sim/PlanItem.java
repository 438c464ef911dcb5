package dev.rowcoach.lab.sim;



/** One step of a session plan: sets of an exercise, or a rest. */
public sealed interface PlanItem permits ExerciseBlock, RestItem {
}
