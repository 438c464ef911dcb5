package dev.rowcoach.lab.truth;



/**
 * Labelled motion or data events that are not reps.
 *
 * @param type   "pickup", "putdown", "grip-adjust", "bump", "rest", "gap" (samples dropped from the file)
 * @param startS s
 * @param endS   s
 */
public record TruthEvent(String type, double startS, double endS) {
}
