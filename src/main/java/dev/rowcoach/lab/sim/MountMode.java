package dev.rowcoach.lab.sim;



/** How the sensor is mounted. */
public enum MountMode {
    /** Uniformly random orientation, 1–4 cm off the implement's axis. */
    RANDOM,
    /** Aligned with the implement (z up, y along the bar), 2 cm above its axis. */
    FLAT
}
