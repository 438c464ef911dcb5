package dev.rowcoach.source;

/**
 * The bounded hand-over between a link's reader thread and the thread that records and analyses: byte
 * chunks with their arrival time, and connection changes, in the order they happened. The reader only
 * copies into it; it never blocks the reader. When the consumer falls so far behind that a chunk does not
 * fit, the chunk is dropped and counted ({@link #droppedBytes}), never silently. Connection changes always
 * fit (a few entries are kept for them). Preallocated: nothing is allocated per chunk.
 */
public final class LinkQueue {

    /** What an entry says. */
    public enum Kind {
        /** Bytes arrived. */
        DATA,
        /** The link was opened (again). */
        CONNECTED,
        /** The link was lost; its text says why. */
        LOST
    }

    /** Entries kept for connection changes when the data has filled the rest. */
    private static final int RESERVED_ENTRIES = 8;

    private final byte[] bytes;
    private final Kind[] kinds;
    private final int[] lengths;
    private final long[] nanos;
    private final String[] texts;
    private int byteHead, byteCount;
    private int entryHead, entryCount;
    private long droppedBytes;
    private long droppedChunks;

    /**
     * @param capacityBytes bytes it holds before dropping (e.g. 1 MiB: five seconds of a 1 kHz binary stream)
     * @param capacityChunks chunks it holds before dropping
     */
    public LinkQueue(int capacityBytes, int capacityChunks) {
        if (capacityBytes <= 0 || capacityChunks <= RESERVED_ENTRIES) {
            throw new IllegalArgumentException("capacity too small: " + capacityBytes + " bytes, " + capacityChunks + " chunks");
        }
        bytes = new byte[capacityBytes];
        kinds = new Kind[capacityChunks];
        lengths = new int[capacityChunks];
        nanos = new long[capacityChunks];
        texts = new String[capacityChunks];
    }

    /**
     * Adds a chunk of bytes that arrived at {@code arrivedNanos} ({@link System#nanoTime}).
     *
     * @return false when it did not fit and was dropped (and counted)
     */
    public synchronized boolean offerData(byte[] buf, int off, int len, long arrivedNanos) {
        if (len == 0) {
            return true;
        }
        if (len > bytes.length - byteCount || entryCount >= kinds.length - RESERVED_ENTRIES) {
            droppedBytes += len;
            droppedChunks++;
            return false;
        }
        int tail = (byteHead + byteCount) % bytes.length;
        int first = Math.min(len, bytes.length - tail);
        System.arraycopy(buf, off, bytes, tail, first);
        System.arraycopy(buf, off + first, bytes, 0, len - first);
        byteCount += len;
        push(Kind.DATA, len, arrivedNanos, null);
        return true;
    }

    /** Adds a connection change ({@link Kind#CONNECTED} or {@link Kind#LOST}) with its reason or link name. */
    public synchronized void offerState(Kind kind, long atNanos, String text) {
        if (kind == Kind.DATA) {
            throw new IllegalArgumentException("data goes through offerData");
        }
        if (entryCount == kinds.length) {
            // Only reachable when the consumer has stopped for good: the reserve is gone too.
            droppedChunks++;
            return;
        }
        push(kind, 0, atNanos, text);
    }

    private void push(Kind kind, int len, long at, String text) {
        int i = (entryHead + entryCount) % kinds.length;
        kinds[i] = kind;
        lengths[i] = len;
        nanos[i] = at;
        texts[i] = text;
        entryCount++;
        notifyAll();
    }

    /**
     * Takes the oldest entry into {@code into}, waiting up to {@code timeoutMs} for one.
     *
     * @return false when nothing arrived in time
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public synchronized boolean take(Taken into, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (entryCount == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000L));
        }
        int i = entryHead;
        into.kind = kinds[i];
        into.length = lengths[i];
        into.arrivedNanos = nanos[i];
        into.text = texts[i];
        texts[i] = null;
        if (into.kind == Kind.DATA) {
            if (into.data.length < into.length) {
                into.data = new byte[Math.max(into.length, into.data.length * 2)];
            }
            int first = Math.min(into.length, bytes.length - byteHead);
            System.arraycopy(bytes, byteHead, into.data, 0, first);
            System.arraycopy(bytes, 0, into.data, first, into.length - first);
            byteHead = (byteHead + into.length) % bytes.length;
            byteCount -= into.length;
        }
        entryHead = (entryHead + 1) % kinds.length;
        entryCount--;
        return true;
    }

    /** Bytes dropped so far because the consumer was behind. */
    public synchronized long droppedBytes() {
        return droppedBytes;
    }

    /** Entries dropped so far (chunks, and connection changes once even the reserve was full). */
    public synchronized long droppedChunks() {
        return droppedChunks;
    }

    /** The consumer's reusable view of one entry; its {@code data} grows to the largest chunk seen. */
    public static final class Taken {
        Kind kind;
        int length;
        long arrivedNanos;
        String text;
        byte[] data = new byte[4096];

        public Kind kind() {
            return kind;
        }

        /** Bytes of a {@link Kind#DATA} entry, at {@code data()[0..length())}. */
        public int length() {
            return length;
        }

        public byte[] data() {
            return data;
        }

        /** {@link System#nanoTime} when the bytes arrived or the connection changed. */
        public long arrivedNanos() {
            return arrivedNanos;
        }

        /** The link's name ({@link Kind#CONNECTED}) or why it was lost ({@link Kind#LOST}); null for data. */
        public String text() {
            return text;
        }
    }
}
