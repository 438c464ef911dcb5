package dev.rowcoach.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per input on a worker per core and hands each result back on the calling thread in input
 * order, as soon as it and every result before it are done: output reads as if the inputs were handled one
 * by one. At most {@link #AHEAD_PER_WORKER} tasks per worker are started ahead of the result being waited for,
 * so a long input early in the list holds back a bounded number of finished results, not all of them. Tasks must
 * not share mutable state (each replay builds its own decoder and pipeline). The number of workers is the JVM's
 * count of processors, which {@code taskset} and {@code -XX:ActiveProcessorCount=N} set.
 */
final class InOrder {

    /** Tasks started per worker beyond those running: enough to keep every worker busy behind one long input. */
    static final int AHEAD_PER_WORKER = 4;

    /** Work on one input; a checked exception is that input's outcome, handed to the sink. */
    interface Task<T, R> {
        R run(T input) throws Exception;
    }

    /** Receives each input's result, or its checked exception ({@code result} then null), in input order. */
    interface Sink<T, R, X extends Exception> {
        void accept(T input, R result, Exception failure) throws X;
    }

    private InOrder() {
    }

    /**
     * @throws X                 what the sink throws (the remaining tasks are cancelled)
     * @throws UserException     (exit 3) when the calling thread is interrupted while it waits
     * @throws RuntimeException  an unchecked exception from a task, rethrown on the calling thread
     */
    static <T, R, X extends Exception> void run(List<T> inputs, Task<T, R> task, Sink<T, R, X> sink)
            throws X, UserException {
        int workers = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        int window = workers * (1 + AHEAD_PER_WORKER);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "rowcoach-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> started = new ArrayDeque<>(window);
            int next = 0;
            for (int i = 0; i < inputs.size(); i++) {
                while (next < inputs.size() && next < i + window) {
                    T input = inputs.get(next++);
                    started.add(pool.submit(() -> task.run(input)));
                }
                R result = null;
                Exception failure = null;
                try {
                    result = started.remove().get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    failure = (Exception) e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UserException("interrupted", ExitCode.IO);
                }
                sink.accept(inputs.get(i), result, failure);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
