package dev.rowcoach.source;

/**
 * A live connection to a sensor that delivers bytes: a serial port today, a BLE characteristic later. The
 * same contract serves both, so the live session never knows which it reads. Not thread-safe: one reader
 * thread opens, reads and closes it.
 */
public interface ByteLink {

    /** What the link is, as a recording's {@code source} names it, e.g. {@code serial:/dev/ttyACM0}. */
    String name();

    /**
     * Connects.
     *
     * @throws LinkException when the device is absent or cannot be opened (the message says which, in one line)
     */
    void open() throws LinkException;

    /**
     * Waits up to about 100 ms for bytes and copies what arrived into {@code buf}.
     *
     * @return the number of bytes read, 0 when none arrived in time
     * @throws LinkException when the connection is lost (device unplugged, port closed under us)
     */
    int read(byte[] buf, int off, int len) throws LinkException;

    /** Disconnects; does nothing when not open. Never throws. */
    void close();
}
