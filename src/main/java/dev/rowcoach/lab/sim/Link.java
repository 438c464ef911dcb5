package dev.rowcoach.lab.sim;



/** How an ASCII stream reached the host, which shapes its timing. */
public enum Link {
    /** USB serial: one line per sample at the output rate, with a few per cent of clock jitter. */
    USB,
    /**
     * Bluetooth LE, as real recordings of a bar-clip IMU show it: lines come in bursts of 1–3, 3–4 ms
     * apart, once per connection interval (20–35 ms); each carries the newest sample the sensor had, so values
     * repeat with new timestamps and some samples never appear; and runs of notifications are lost: 0–16 holes of
     * 0.2–0.45 s per 30 s (drawn per session), as other lifters' recordings with the same sensor show. Timestamps
     * are whole milliseconds and the header states no rate.
     */
    BLE
}
