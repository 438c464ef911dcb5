package dev.rowcoach.recording;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** The one background thread that flushes every open {@link RecordingWriter}. */
final class FlushScheduler {

    private FlushScheduler() {
    }

    static ScheduledExecutorService shared() {
        return Holder.EXECUTOR;
    }

    /** Created on first use; a daemon thread so an open writer never keeps the program alive. */
    private static final class Holder {
        static final ScheduledExecutorService EXECUTOR = create();

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "rowcoach-recording-flusher");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }
}
