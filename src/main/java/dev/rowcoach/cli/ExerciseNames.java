package dev.rowcoach.cli;

import dev.rowcoach.grading.ExerciseProfiles;

import java.util.Iterator;

/** The exercise profile names, for picocli's help ({@code ${COMPLETION-CANDIDATES}}) and shell completion. */
final class ExerciseNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return ExerciseProfiles.names().iterator();
    }
}
