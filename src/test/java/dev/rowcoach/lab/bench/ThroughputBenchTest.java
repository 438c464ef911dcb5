package dev.rowcoach.lab.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The throughput bench's session is analysed correctly (its speed is measured by the command, not here). */
class ThroughputBenchTest {

    @Test
    void aLongGeneratedSessionIsCountedSetBySetWithoutHeapGrowth() {
        ThroughputBench.Result r = ThroughputBench.run(0.25, 200);
        assertEquals(180_000, r.samples());
        assertEquals(r.expectedSets(), r.sets());
        assertTrue(Math.abs(r.reps() - r.expectedReps()) <= 1, r.reps() + " of " + r.expectedReps());
        assertEquals(11, r.heap().size());
        assertTrue(r.heapGrowthMb() < 2, "heap grew by " + r.heapGrowthMb() + " MB");
    }
}
