package dev.rowcoach.lab.bench;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepCountNameTest {

    @Test
    void readsTheCountOfTheRealRowFiles() {
        assertEquals(OptionalInt.of(10), RepCountName.expectedReps("row_adam_set1_reps10_1.csv"));
        assertEquals(OptionalInt.of(12), RepCountName.expectedReps("row_jake_set2_reps12_1.csv"));
        assertEquals(OptionalInt.of(5), RepCountName.expectedReps("dead_x_set2_reps5_1.csv"));
    }

    @Test
    void acceptsRepOrRepsInAnyCaseAnywhereInTheName() {
        assertEquals(OptionalInt.of(8), RepCountName.expectedReps("rep8.csv"));
        assertEquals(OptionalInt.of(12), RepCountName.expectedReps("Monday-REPS12.rcrec"));
        assertEquals(OptionalInt.of(3), RepCountName.expectedReps("set1.rep3.txt"));
        assertEquals(OptionalInt.of(10), RepCountName.expectedReps("reps10x.bin"));
        assertEquals(OptionalInt.of(6), RepCountName.expectedReps("a_reps6_then_reps9.csv"), "the first count");
    }

    @Test
    void namesWithoutACountHaveNone() {
        assertEquals(OptionalInt.empty(), RepCountName.expectedReps("row_adam_set1.csv"));
        assertEquals(OptionalInt.empty(), RepCountName.expectedReps("reps.csv"));
        assertEquals(OptionalInt.empty(), RepCountName.expectedReps("prep3.csv"), "a word ending in rep is not a count");
        assertEquals(OptionalInt.empty(), RepCountName.expectedReps("synthetic-rows.rcrec"));
        assertEquals(OptionalInt.empty(), RepCountName.expectedReps("reps12345.csv"), "five digits is not a set size");
    }
}
