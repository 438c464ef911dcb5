package dev.rowcoach.cli;

import dev.rowcoach.live.LiveException;
import dev.rowcoach.live.LiveSession;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.source.ByteLink;
import dev.rowcoach.source.LinkQueue;
import dev.rowcoach.source.LinkReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The threads of a live session and their shutdown: the link's reader feeding the queue, the keyboard ({@code q}
 * then Enter ends the session) and the Ctrl-C hook, which lets the session finish its analysis and close the
 * recording before the JVM goes. {@link #run} returns once all are stopped or released.
 */
final class LiveRun {

    /** Bytes the port's reader may queue ahead of the analysis: 5 s of a 1 kHz binary stream. */
    static final int QUEUE_BYTES = 1 << 20;
    static final int QUEUE_CHUNKS = 16_384;

    /** How long Ctrl-C waits for the session to close its recording, and the end for the reader to stop, ms. */
    private static final long STOP_WAIT_MS = 3000;
    private static final long READER_JOIN_MS = 1000;

    private final ByteLink link;
    private final InputStream keyboard;
    private final LinkQueue queue = new LinkQueue(QUEUE_BYTES, QUEUE_CHUNKS);

    /**
     * @param link     an open link, read on a thread of its own
     * @param keyboard the run's standard input
     */
    LiveRun(ByteLink link, InputStream keyboard) {
        this.link = link;
        this.keyboard = keyboard;
    }

    /** What the session reads from: the reader thread fills it. */
    LinkQueue queue() {
        return queue;
    }

    /** Runs {@code session} to its end with the reader, the keyboard and the Ctrl-C hook; stops them after. */
    SessionReport run(LiveSession session) throws LiveException, InterruptedException {
        LinkReader reader = new LinkReader(link, queue, true);
        Thread readerThread = new Thread(reader, "rowcoach-link-reader");
        readerThread.setDaemon(true);
        readerThread.start();
        CountDownLatch ended = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            session.requestStop();
            try {
                ended.await(STOP_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rowcoach-live-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        watchKeyboard(session, keyboard);
        try {
            return session.run();
        } finally {
            reader.stop();
            readerThread.join(READER_JOIN_MS);
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and returns now that the session has ended.
            }
        }
    }

    /** {@code q} then Enter ends the session; end of input (no keyboard, e.g. under a script) changes nothing. */
    private static void watchKeyboard(LiveSession session, InputStream in) {
        Thread t = new Thread(() -> {
            try {
                int c;
                while ((c = in.read()) >= 0) {
                    if (c == 'q' || c == 'Q') {
                        session.requestStop();
                        return;
                    }
                }
            } catch (IOException e) {
                // No keyboard: Ctrl-C and --exit-after-idle still end the session.
            }
        }, "rowcoach-keyboard");
        t.setDaemon(true);
        t.start();
    }
}
