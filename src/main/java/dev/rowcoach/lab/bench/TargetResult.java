package dev.rowcoach.lab.bench;



/**
 * One target checked against a benchmark run.
 *
 * @param id           stable identifier, e.g. "rep-f1"
 * @param description  what is measured, for people
 * @param threshold    the target, for people, e.g. "≥ 0.990"
 * @param measured     the measured value in the target's unit; NaN when not measured
 * @param measuredText the measured value for people, e.g. "0.995" or "7/8"
 * @param status       the verdict
 */
public record TargetResult(String id, String description, String threshold, double measured, String measuredText,
                           Status status) {

    /** A target's verdict. */
    public enum Status {
        PASS,
        FAIL,
        /** No input measured it (e.g. no accelerometer-only files); never a pass, never a failure. */
        NOT_MEASURED
    }
}
