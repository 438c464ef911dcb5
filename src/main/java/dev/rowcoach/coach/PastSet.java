package dev.rowcoach.coach;

import java.time.LocalDate;

/**
 * A set of rows the coaching looks back on: from the training history, or from this session alone.
 *
 * @param date            the local date it was lifted on
 * @param exercise        its exercise profile's name
 * @param reps            reps
 * @param loadKg          load, kg, or null when nobody said
 * @param bestVelocityMps mean concentric velocity of its fastest rep among those {@code basis} names, m/s, or null when
 *                        unknown
 * @param basis           which reps it is the fastest of: the strict ones, or all when fewer than two were strict
 *                        ({@link SetVelocity})
 */
public record PastSet(LocalDate date, String exercise, int reps, Double loadKg, Double bestVelocityMps,
                      SetVelocity.Basis basis) {
}
