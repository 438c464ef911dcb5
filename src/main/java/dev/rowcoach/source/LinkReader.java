package dev.rowcoach.source;

import org.tinylog.Logger;

/**
 * The reader thread of a live link: opens it, copies whatever arrives into a {@link LinkQueue} and does
 * nothing else (no decoding, no I/O besides the link), as jSerialComm's own guidance asks of a port's
 * reader. When the link is lost it says so in the queue and reopens it with backoff (0.1 s doubling to
 * 2 s) until it returns or {@link #stop} is called.
 */
public final class LinkReader implements Runnable {

    /** First wait before reopening a lost link, ms. */
    static final long FIRST_BACKOFF_MS = 100;
    /** Longest wait between attempts, ms. */
    static final long MAX_BACKOFF_MS = 2000;
    private static final int READ_BYTES = 16 * 1024;

    private final ByteLink link;
    private final LinkQueue queue;
    private final boolean openAlready;
    private volatile boolean stopped;

    /**
     * @param openAlready whether {@code link} was opened by the caller (who checked the device is there)
     */
    public LinkReader(ByteLink link, LinkQueue queue, boolean openAlready) {
        this.link = link;
        this.queue = queue;
        this.openAlready = openAlready;
    }

    /** Asks the thread to close the link and end, within about one read timeout. */
    public void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        byte[] buf = new byte[READ_BYTES];
        boolean open = openAlready;
        long backoffMs = FIRST_BACKOFF_MS;
        try {
            while (!stopped) {
                if (!open) {
                    try {
                        link.open();
                        open = true;
                    } catch (LinkException e) {
                        Logger.debug("{}: {}; retrying in {} ms", link.name(), e.getMessage(), backoffMs);
                        sleep(backoffMs);
                        backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
                        continue;
                    }
                }
                queue.offerState(LinkQueue.Kind.CONNECTED, System.nanoTime(), link.name());
                backoffMs = FIRST_BACKOFF_MS;
                try {
                    while (!stopped) {
                        int n = link.read(buf, 0, buf.length);
                        if (n > 0) {
                            queue.offerData(buf, 0, n, System.nanoTime());
                        }
                    }
                } catch (LinkException e) {
                    if (shuttingDown()) {
                        // jSerialComm closes its ports from its own shutdown hook (Ctrl-C): not a lost sensor.
                        return;
                    }
                    queue.offerState(LinkQueue.Kind.LOST, System.nanoTime(), e.getMessage());
                }
                link.close();
                open = false;
            }
        } finally {
            link.close();
        }
    }

    /** Whether the JVM is running its shutdown hooks (a hook can no longer be added then). */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private void sleep(long ms) {
        long end = System.nanoTime() + ms * 1_000_000L;
        while (!stopped && System.nanoTime() < end) {
            try {
                Thread.sleep(Math.min(50, ms));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }
}
