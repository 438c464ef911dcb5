package dev.rowcoach.lab.bench;

import java.util.List;

/**
 * The pooled results of a benchmark run.
 *
 * @param all       every file scored against truth, pooled rep by rep
 * @param gyro      the files whose sensor had a gyroscope
 * @param accelOnly the files without one
 * @param counted   the files scored by rep count
 * @param errors    files that should have been scored but could not be read
 */
public record AccuracySummary(RepTally all, RepTally gyro, RepTally accelOnly, CountTally counted, int errors) {

    /**
     * Rep-count results.
     *
     * @param files     files scored by count
     * @param exact     files whose detected count equals the stated one
     * @param withinOne files whose detected count is within one of it
     */
    public record CountTally(int files, int exact, int withinOne) {
    }

    public static AccuracySummary of(List<FileResult> results) {
        RepTally gyro = RepTally.EMPTY;
        RepTally accelOnly = RepTally.EMPTY;
        int counted = 0;
        int exact = 0;
        int withinOne = 0;
        int errors = 0;
        for (FileResult r : results) {
            if (r instanceof FileResult.Scored s) {
                if (s.hasGyro()) {
                    gyro = gyro.plus(s.tally());
                } else {
                    accelOnly = accelOnly.plus(s.tally());
                }
            } else if (r instanceof FileResult.Counted c) {
                counted++;
                exact += c.exact() ? 1 : 0;
                withinOne += c.withinOne() ? 1 : 0;
            } else if (r instanceof FileResult.Skipped k && k.error()) {
                errors++;
            }
        }
        return new AccuracySummary(gyro.plus(accelOnly), gyro, accelOnly, new CountTally(counted, exact, withinOne), errors);
    }
}
