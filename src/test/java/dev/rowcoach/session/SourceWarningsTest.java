package dev.rowcoach.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceWarningsTest {

    private static SourceInfo source(long samples, double rate, double distinct, boolean gyro,
                                     List<SourceInfo.GapInfo> gaps, long malformed) {
        return new SourceInfo("f", "csv", samples, rate, distinct, 10, gyro, gaps, malformed);
    }

    @Test
    void aCleanSourceHasNoWarnings() {
        assertEquals(List.of(), SourceWarnings.of(source(2000, 200, 200, true, List.of(), 0)));
        assertEquals(List.of(), SourceWarnings.of(source(2000, 20, 20, false, List.of(), 0)),
                "rate and gyroscope are the motion core's to judge");
    }

    @Test
    void everyProblemIsOneSentenceInAFixedOrder() {
        List<String> w = SourceWarnings.of(source(400, 40, 40, false,
                List.of(new SourceInfo.GapInfo(3.25, 3.5, "missing_samples")), 7));
        assertEquals(List.of(
                "The data has a gap at 3.250 s; reps across a gap may be missed or mismeasured.",
                "7 malformed records were skipped; reps near them may be mismeasured."), w);
    }

    @Test
    void manyGapsAreCountedAndTheFirstFiveListed() {
        List<SourceInfo.GapInfo> gaps = List.of(new SourceInfo.GapInfo(1, 1.1, "time_jump"),
                new SourceInfo.GapInfo(2, 2.1, "time_jump"), new SourceInfo.GapInfo(3, 3.1, "time_jump"),
                new SourceInfo.GapInfo(4, 4.1, "time_jump"), new SourceInfo.GapInfo(5, 5.1, "time_jump"),
                new SourceInfo.GapInfo(6, 6.1, "device_reset"));
        assertEquals(List.of("The data has 6 gaps, at 1.000 s, 2.000 s, 3.000 s, 4.000 s, 5.000 s and later; "
                + "reps across a gap may be missed or mismeasured."), SourceWarnings.of(source(2000, 200, 200, true, gaps, 0)));
        assertEquals(List.of("1 malformed record was skipped; reps near it may be mismeasured."),
                SourceWarnings.of(source(2000, 200, 200, true, List.of(), 1)));
    }

    @Test
    void anEmptyFileSaysOnlyThat() {
        assertEquals(List.of("The file holds no samples, so there is nothing to analyse."),
                SourceWarnings.of(source(0, Double.NaN, Double.NaN, false, List.of(), 3)));
    }
}
