package dev.rowcoach.coach;

import java.time.LocalDate;

/**
 * A set of rows the coaching looks back on: from the training history, or from this session alone.
 *
 * @param date            the local date it was lifted on
 * @param exercise        its exercise profile's name
 * @param reps            reps
 * @param loadKg          load, kg, or null when nobody said
 * @param bestVelocityMps mean concentric velocity of its fastest rep, m/s, or null when unknown
 */
public record PastSet(LocalDate date, String exercise, int reps, Double loadKg, Double bestVelocityMps) {
}
