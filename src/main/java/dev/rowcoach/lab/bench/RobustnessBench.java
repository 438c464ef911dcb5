package dev.rowcoach.lab.bench;

import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Replays every input under every {@link Degradation} of a grid and every seed, and scores each case as
 * {@code bench accuracy} does: against the truth file, or by the rep count in the file's name. Cases run on
 * a pool of worker threads (one per core by default); results come back in grid, then input, then seed order,
 * so the output does not depend on the number of workers.
 */
public final class RobustnessBench {

    /** Analyses a file with a filter between its decoder and the analysis. */
    @FunctionalInterface
    public interface Analyser {
        /** @throws Exception when the file cannot be read; the case is then counted as a failure */
        SessionReport analyse(Path file, UnaryOperator<StreamListener> filter) throws Exception;
    }

    /**
     * One case: a file under one degradation and seed.
     *
     * @param file        the input
     * @param seed        the degradation's seed
     * @param expected    the rep count the name states, or -1 when scored against truth
     * @param reps        reps found
     * @param sets        sets found
     * @param tally       the truth scoring, or null for a counted file
     * @param failure     why the case could not be scored, or null
     */
    public record Case(Path file, long seed, int expected, int reps, int sets, RepTally tally, String failure) {
    }

    /** Every case of one grid cell. */
    public record Cell(Degradation degradation, List<Case> cases) {

        /** Cases scored by the count in the file name. */
        public List<Case> counted() {
            return cases.stream().filter(c -> c.failure == null && c.expected >= 0).toList();
        }

        public long exact() {
            return counted().stream().filter(c -> c.reps == c.expected).count();
        }

        public long withinOne() {
            return counted().stream().filter(c -> Math.abs(c.reps - c.expected) <= 1).count();
        }

        /** Counted cases (one set each) found as more than one set. */
        public long split() {
            return counted().stream().filter(c -> c.sets > 1).count();
        }

        /** The truth-scored cases pooled. */
        public RepTally pooled() {
            RepTally t = RepTally.EMPTY;
            for (Case c : cases) {
                if (c.failure == null && c.tally != null) {
                    t = t.plus(c.tally);
                }
            }
            return t;
        }

        public long failures() {
            return cases.stream().filter(c -> c.failure != null).count();
        }
    }

    private RobustnessBench() {
    }

    /**
     * Runs the grid.
     *
     * @param inputs  from {@link BenchInputs#discover}; unscorable inputs are left out
     * @param threads worker threads, at least 1
     */
    public static List<Cell> run(List<BenchInputs.Input> inputs, List<Degradation> grid, List<Long> seeds,
                                 Analyser analyser, int threads) throws InterruptedException {
        List<BenchInputs.Input> scorable = inputs.stream().filter(i -> !(i instanceof BenchInputs.Unscorable)).toList();
        List<Truth> truths = new ArrayList<>();
        List<String> truthFailures = new ArrayList<>();
        for (BenchInputs.Input in : scorable) {
            Truth truth = null;
            String failure = null;
            if (in instanceof BenchInputs.WithTruth t) {
                try {
                    truth = TruthFiles.read(t.truthFile());
                } catch (IOException e) {
                    failure = "truth file unreadable: " + e.getMessage();
                }
            }
            truths.add(truth);
            truthFailures.add(failure);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<List<Future<Case>>> futures = new ArrayList<>();
            for (Degradation d : grid) {
                List<Future<Case>> cell = new ArrayList<>();
                for (int i = 0; i < scorable.size(); i++) {
                    BenchInputs.Input in = scorable.get(i);
                    Truth truth = truths.get(i);
                    String truthFailure = truthFailures.get(i);
                    // A clean replay is the same for every seed.
                    for (long seed : d.isNone() ? seeds.subList(0, 1) : seeds) {
                        cell.add(pool.submit(() -> runCase(in, truth, truthFailure, d, seed, analyser)));
                    }
                }
                futures.add(cell);
            }
            List<Cell> out = new ArrayList<>();
            for (int k = 0; k < grid.size(); k++) {
                List<Case> cases = new ArrayList<>();
                for (Future<Case> f : futures.get(k)) {
                    cases.add(get(f));
                }
                out.add(new Cell(grid.get(k), cases));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The seed a case's degrader uses: the run's seed mixed with the file's name, so files get different holes. */
    public static long caseSeed(Path file, long seed) {
        return seed * 1_000_003L + file.getFileName().toString().hashCode();
    }

    private static Case runCase(BenchInputs.Input in, Truth truth, String truthFailure, Degradation d, long seed,
                                Analyser analyser) {
        int expected = in instanceof BenchInputs.WithCount c ? c.expectedReps() : -1;
        if (truthFailure != null) {
            return new Case(in.file(), seed, expected, 0, 0, null, truthFailure);
        }
        long caseSeed = caseSeed(in.file(), seed);
        try {
            SessionReport report = analyser.analyse(in.file(),
                    d.isNone() ? UnaryOperator.identity() : next -> new Degrader(d, caseSeed, next));
            RepTally tally = truth != null ? TruthScorer.score(report, truth) : null;
            return new Case(in.file(), seed, expected, report.repCount(), report.sets().size(), tally, null);
        } catch (Exception e) {
            return new Case(in.file(), seed, expected, 0, 0, null, String.valueOf(e.getMessage()));
        }
    }

    private static Case get(Future<Case> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench case failed", e.getCause());
        }
    }
}
