package dev.rowcoach.source.ble;

import dev.rowcoach.source.LinkException;

/**
 * Where a BLE link's D-Bus signal thread leaves the bytes of each notification until the link's reader thread
 * takes them: a preallocated ring, so the signal callback does nothing but copy. A notification that does not
 * fit (the reader stalled for seconds) is not dropped silently: the link is then reported lost, with the
 * count, and reopened like any lost link. The loss of the connection itself is queued here too, behind the
 * bytes that arrived before it, so nothing received is lost to a disconnection.
 */
final class NotificationBuffer {

    private final byte[] ring;
    private int head;
    private int count;
    private long overflowBytes;
    private String lost;

    /** @param capacityBytes bytes it holds before a notification no longer fits */
    NotificationBuffer(int capacityBytes) {
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacityBytes);
        }
        ring = new byte[capacityBytes];
    }

    /** Empties it for a new connection. */
    synchronized void reset() {
        head = 0;
        count = 0;
        overflowBytes = 0;
        lost = null;
    }

    /** Copies {@code bytes[0..len)} in, from the signal thread; never blocks. */
    synchronized void offer(byte[] bytes, int len) {
        if (len == 0) {
            return;
        }
        if (len > ring.length - count) {
            overflowBytes += len;
            lost = overflowBytes + " bytes of notifications were lost: this machine fell behind the BLE link";
            notifyAll();
            return;
        }
        int tail = (head + count) % ring.length;
        int first = Math.min(len, ring.length - tail);
        System.arraycopy(bytes, 0, ring, tail, first);
        System.arraycopy(bytes, first, ring, 0, len - first);
        count += len;
        notifyAll();
    }

    /** The connection is gone ({@code why}, one line); the first reason given is kept. */
    synchronized void lose(String why) {
        if (lost == null) {
            lost = why;
        }
        notifyAll();
    }

    /**
     * Takes up to {@code len} bytes, waiting up to {@code timeoutMs} for the first.
     *
     * @return bytes copied; 0 when none arrived in time (or the thread was interrupted)
     * @throws LinkException when the connection was lost and every byte received before has been taken
     */
    synchronized int take(byte[] buf, int off, int len, long timeoutMs) throws LinkException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (count == 0 && lost == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            try {
                wait(Math.max(1, left / 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        if (count == 0) {
            throw new LinkException(lost);
        }
        int n = Math.min(len, count);
        int first = Math.min(n, ring.length - head);
        System.arraycopy(ring, head, buf, off, first);
        System.arraycopy(ring, 0, buf, off + first, n - first);
        head = (head + n) % ring.length;
        count -= n;
        return n;
    }
}
