package dev.rowcoach.fuzz;

/**
 * How long each fuzz target runs when fuzzing (JAZZER_FUZZ=1, as the {@code fuzz} execution of
 * {@code mvn verify} sets it); without it the targets replay their seeds and every kept crash reproducer
 * in a few milliseconds. A longer nightly run: docs/RELIABILITY.md.
 */
final class FuzzBudget {

    static final String PER_TARGET = "3s";

    private FuzzBudget() {
    }
}
