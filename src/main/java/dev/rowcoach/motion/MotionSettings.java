package dev.rowcoach.motion;

/** PLACEHOLDER: the motion core's tunable parameters, with units in their names. */
public record MotionSettings() {
    public static final MotionSettings DEFAULTS = new MotionSettings();
}
