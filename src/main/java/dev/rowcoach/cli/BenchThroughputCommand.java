package dev.rowcoach.cli;

import dev.rowcoach.lab.bench.ThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code rowcoach bench throughput}: speed and memory of the motion core over a long generated session. */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Streams a long generated session (sets of rows, rests) through the motion core and prints "
                + "samples per second, the real-time factor and the heap in use along the way (it must not grow).")
final class BenchThroughputCommand implements Callable<Integer> {

    @Option(names = "--hours", paramLabel = "H", defaultValue = "3", description = "Session length (default: ${DEFAULT-VALUE} h).")
    double hours;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "1000", description = "Sample rate (default: ${DEFAULT-VALUE} Hz).")
    double rateHz;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserException {
        if (!(hours > 0 && hours <= 24) || !(rateHz >= 10 && rateHz <= 10_000)) {
            throw new UserException("--hours must be in (0, 24] and --rate in [10, 10000]", ExitCode.USAGE_OR_INPUT);
        }
        ThroughputBench.Result r = ThroughputBench.run(hours, rateHz);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "session     %.2f h at %.0f Hz: %d samples, %d reps in %d sets generated%n", hours, rateHz,
                r.samples(), r.expectedReps(), r.expectedSets());
        out.printf(Locale.ROOT, "found       %d reps in %d sets%n", r.reps(), r.sets());
        out.printf(Locale.ROOT, "speed       %.0f samples/s, %.0f× real time (%.1f s)%n", r.samplesPerSecond(), r.realTimeFactor(), r.wallSeconds());
        out.printf(Locale.ROOT, "heap        %s MB after a full GC at each tenth of the run%n", heapList(r));
        out.printf(Locale.ROOT, "growth      %.1f MB over the run (bounded memory: must stay near zero)%n", r.heapGrowthMb());
        out.printf(Locale.ROOT, "java        %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.flush();
        return ExitCode.OK;
    }

    private static String heapList(ThroughputBench.Result r) {
        StringBuilder b = new StringBuilder();
        for (ThroughputBench.HeapPoint p : r.heap()) {
            b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", p.usedMb()));
        }
        return b.toString();
    }
}
