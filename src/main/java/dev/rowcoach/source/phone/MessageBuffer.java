package dev.rowcoach.source.phone;

/**
 * Where a phone link's HTTP thread leaves each message, as one line, until the link's reader thread takes the
 * bytes: a preallocated ring, so the HTTP thread only copies. A message that does not fit (the reader stalled
 * for minutes) is refused whole, never cut, and the caller tells the phone so.
 */
final class MessageBuffer {

    private final byte[] ring;
    private int head;
    private int count;

    MessageBuffer(int capacityBytes) {
        ring = new byte[capacityBytes];
    }

    /** Copies {@code bytes[0..len)} in; false when it does not fit. */
    synchronized boolean offer(byte[] bytes, int len) {
        if (len > ring.length - count) {
            return false;
        }
        int tail = (head + count) % ring.length;
        int first = Math.min(len, ring.length - tail);
        System.arraycopy(bytes, 0, ring, tail, first);
        System.arraycopy(bytes, first, ring, 0, len - first);
        count += len;
        notifyAll();
        return true;
    }

    synchronized boolean isEmpty() {
        return count == 0;
    }

    /** Takes up to {@code len} bytes, waiting up to {@code timeoutMs} for the first; 0 when none came. */
    synchronized int take(byte[] buf, int off, int len, long timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (count == 0) {
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
        int n = Math.min(len, count);
        int first = Math.min(n, ring.length - head);
        System.arraycopy(ring, head, buf, off, first);
        System.arraycopy(ring, 0, buf, off + first, n - first);
        head = (head + n) % ring.length;
        count -= n;
        return n;
    }

    /** {@code body} as one line: line breaks (which JSON allows only between tokens) become spaces, a newline ends it. */
    static byte[] line(byte[] body) {
        byte[] line = new byte[body.length + 1];
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            line[i] = b == '\n' || b == '\r' ? (byte) ' ' : b;
        }
        line[body.length] = '\n';
        return line;
    }
}
