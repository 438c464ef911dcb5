package dev.rowcoach.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per input on a worker per core and hands each result back on the calling thread in input
 * order, as soon as it and every result before it are done: output reads as if the inputs were handled one
 * by one. Tasks must not share mutable state (each replay builds its own decoder and pipeline).
 */
final class InOrder {

    /** Work on one input; a checked exception is that input's outcome, handed to the sink. */
    interface Task<T, R> {
        R run(T input) throws Exception;
    }

    /** Receives each input's result, or its checked exception ({@code result} then null), in input order. */
    interface Sink<T, R> {
        void accept(T input, R result, Exception failure) throws UserException;
    }

    private InOrder() {
    }

    /**
     * @throws UserException     what the sink throws (the remaining tasks are cancelled)
     * @throws RuntimeException  an unchecked exception from a task, rethrown on the calling thread
     */
    static <T, R> void run(List<T> inputs, Task<T, R> task, Sink<T, R> sink) throws UserException {
        int workers = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "rowcoach-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> results = new ArrayList<>(inputs.size());
            for (T input : inputs) {
                results.add(pool.submit(() -> task.run(input)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                R result = null;
                Exception failure = null;
                try {
                    result = results.get(i).get();
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
