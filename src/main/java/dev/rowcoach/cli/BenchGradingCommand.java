package dev.rowcoach.cli;

import dev.rowcoach.lab.bench.GradingBench;
import dev.rowcoach.lab.bench.GradingCorpus;
import dev.rowcoach.lab.sim.Family;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code rowcoach bench grading}: the grader fitted on one family of simulated lifters, scored on the other. */
@Command(name = "grading", mixinStandardHelpOptions = true,
        description = "Leave-one-family-out validation of the sway grader: simulates one grid of sessions with each "
                + "family of lifting kinematics (rower, hinge), fits the grader on one family and scores it on the "
                + "other, both ways, and reports the worst direction against the targets (see docs/GRADING.md).")
final class BenchGradingCommand implements Callable<Integer> {

    @Option(names = "--seeds", defaultValue = "6", paramLabel = "N",
            description = "Sessions per plan and family (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--first-seed", defaultValue = "1", paramLabel = "N",
            description = "First seed of the grid (default: ${DEFAULT-VALUE}).")
    long firstSeed;

    @Option(names = "--exercise", paramLabel = "NAME",
            description = "Row every set of the grid as this exercise (one whose torso can swing: barbell-row, "
                    + "pendlay-row, yates-row, kroc-row, dumbbell-row, t-bar-row), with the same loads, swings and "
                    + "seeds (default: the grid's own barbell, Yates and dumbbell rows).")
    String exercise;

    @Option(names = "--reps", paramLabel = "FILE",
            description = "Also write every matched rep of both families (what was measured and the truth) as CSV, "
                    + "for analyses outside rowcoach (docs/lofo.py).")
    Path repsFile;

    @Option(names = "--check", description = "Exit with code 1 when a target fails.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserException {
        if (seeds < 1 || seeds > 100) {
            throw new UserException("--seeds must be 1–100, got " + seeds, ExitCode.USAGE_OR_INPUT);
        }
        if (exercise != null) {
            try {
                GradingCorpus.swinging(exercise);
            } catch (IllegalArgumentException e) {
                throw new UserException("--exercise: " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
            }
        }
        // The file is opened before the minutes of simulation, so a path that cannot be written fails at once.
        try (Writer reps = repsFile == null ? null : Files.newBufferedWriter(repsFile)) {
            List<GradingCorpus.Item> rower = GradingCorpus.collect(Family.ROWER, firstSeed, seeds, exercise);
            List<GradingCorpus.Item> hinge = GradingCorpus.collect(Family.HINGE, firstSeed, seeds, exercise);
            if (reps != null) {
                reps.write(GradingCorpus.CSV_HEADER + "\n");
                GradingCorpus.writeCsv(reps, Family.ROWER, rower);
                GradingCorpus.writeCsv(reps, Family.HINGE, hinge);
            }
            return report(rower, hinge);
        } catch (IOException e) {
            throw new UserException(repsFile + ": cannot write: " + e.getMessage(), ExitCode.IO);
        }
    }

    private int report(List<GradingCorpus.Item> rower, List<GradingCorpus.Item> hinge) {
        String text = GradingBench.render(List.of(
                GradingBench.direction(Family.ROWER, rower, Family.HINGE, hinge),
                GradingBench.direction(Family.HINGE, hinge, Family.ROWER, rower)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
        return check && text.contains("FAIL ") ? BenchAccuracyCommand.TARGET_FAILED : ExitCode.OK;
    }
}
