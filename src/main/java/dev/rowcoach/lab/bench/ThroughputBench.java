package dev.rowcoach.lab.bench;

import dev.rowcoach.motion.MotionListener;
import dev.rowcoach.motion.MotionPipeline;
import dev.rowcoach.motion.MotionSettings;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.SetResult;
import dev.rowcoach.sensor.Sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a long generated session through the motion core and measures its speed and its heap: the
 * pipeline must keep up with any sensor many times over and its memory must not grow with the session.
 * The time is the analysis alone: samples are generated a block at a time, each block before its clock starts.
 */
public final class ThroughputBench {

    /** Heap in use after a full collection at one point of the run. */
    public record HeapPoint(double streamHours, double usedMb) {
    }

    /**
     * @param samples       samples analysed
     * @param streamSeconds length of the analysed session, s
     * @param wallSeconds   time the analysis took, s
     * @param reps          reps the motion core found
     * @param sets          sets it found
     * @param expectedReps  whole reps the generator produced
     * @param expectedSets  sets the generator began
     * @param heap          heap in use at evenly spaced points (first: before the run)
     */
    public record Result(long samples, double streamSeconds, double wallSeconds, long reps, long sets, long expectedReps,
                         long expectedSets,
                         List<HeapPoint> heap) {

        public double samplesPerSecond() {
            return samples / wallSeconds;
        }

        /** How many times faster than real time. */
        public double realTimeFactor() {
            return streamSeconds / wallSeconds;
        }

        /** Largest heap increase over the first point after the run started, MB. */
        public double heapGrowthMb() {
            double first = heap.get(1).usedMb(), max = first;
            for (HeapPoint p : heap.subList(1, heap.size())) {
                max = Math.max(max, p.usedMb());
            }
            return max - first;
        }
    }

    private static final int CHECKPOINTS = 10;
    /** Samples generated ahead of each timed stretch (8 MB of samples: the heap holds one block at a time). */
    private static final int BLOCK = 100_000;

    private ThroughputBench() {
    }

    public static Result run(double hours, double rateHz) {
        long[] counts = new long[2];
        MotionPipeline pipeline = new MotionPipeline(MotionSettings.DEFAULTS, new MotionListener() {
            @Override
            public void rep(Rep rep) {
                counts[0]++;
            }

            @Override
            public void setEnded(SetResult set) {
                counts[1]++;
            }
        });
        PeriodicRows source = new PeriodicRows(rateHz, 1);
        long total = Math.round(hours * 3600 * rateHz);
        List<HeapPoint> heap = new ArrayList<>();
        heap.add(new HeapPoint(0, usedMb()));
        long every = Math.max(1, total / CHECKPOINTS);
        // Samples are generated a block at a time before the clock starts, so the time is the analysis alone.
        Sample[] block = new Sample[(int) Math.min(BLOCK, total)];
        double wall = 0;
        long done = 0;
        long nextCheckpoint = every;
        while (done < total) {
            int n = (int) Math.min(block.length, Math.min(total, nextCheckpoint) - done);
            for (int k = 0; k < n; k++) {
                block[k] = source.next();
            }
            long start = System.nanoTime();
            for (int k = 0; k < n; k++) {
                pipeline.sample(block[k]);
            }
            wall += (System.nanoTime() - start) / 1e9;
            done += n;
            if (done == nextCheckpoint) {
                java.util.Arrays.fill(block, null); // the heap figure is the pipeline's, not the block's
                heap.add(new HeapPoint(done / rateHz / 3600, usedMb()));
                nextCheckpoint += every;
            }
        }
        long start = System.nanoTime();
        pipeline.end();
        wall += (System.nanoTime() - start) / 1e9;
        double seconds = total / rateHz;
        return new Result(total, seconds, wall, counts[0], counts[1], PeriodicRows.repsIn(seconds),
                PeriodicRows.setsIn(seconds), heap);
    }

    private static double usedMb() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        return (r.totalMemory() - r.freeMemory()) / 1e6;
    }
}
