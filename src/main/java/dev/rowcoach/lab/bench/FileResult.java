package dev.rowcoach.lab.bench;



/** How one benchmark input was scored: against a truth file, by the rep count in its name, or not at all. */
public sealed interface FileResult {

    /** The file as given (directory + name). */
    String path();

    /**
     * Scored against its truth file.
     *
     * @param hasGyro whether the simulated sensor had a gyroscope (from the truth), which selects the
     *                velocity target
     */
    record Scored(String path, boolean hasGyro, RepTally tally) implements FileResult {
    }

    /** A real recording scored on the number of reps its name states. */
    record Counted(String path, int expectedReps, int detectedReps) implements FileResult {

        public boolean exact() {
            return detectedReps == expectedReps;
        }

        public boolean withinOne() {
            return Math.abs(detectedReps - expectedReps) <= 1;
        }
    }

    /**
     * Not scored.
     *
     * @param reason one sentence
     * @param error  true when the file should have been scored but could not be read (a broken benchmark),
     *               false when there was simply nothing to score it against
     */
    record Skipped(String path, String reason, boolean error) implements FileResult {
    }
}
