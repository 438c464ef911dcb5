package dev.rowcoach.session;

import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Decodes a file on a thread of its own while the calling thread analyses it: the decoder's calls (samples, gaps,
 * malformed input, notices, warnings, the end, and a recording's header) are queued in the order they are made, in
 * batches of {@value #BATCH}, and made again on the calling thread, so the analysis receives exactly the calls, in
 * exactly the order, of a decode on its own thread. At most {@value #QUEUED} batches wait (the decoder waits when
 * they are full), so memory stays bounded whatever the file's size. What the decoder throws is thrown on the
 * calling thread once every call made before it has been made again; what the analysis throws stops the decoder.
 */
final class DecodeAside {

    /** Calls handed over at once: few enough hand-overs that their cost vanishes beside the calls. */
    static final int BATCH = 4096;
    /** Full batches that may wait for the analysis. */
    static final int QUEUED = 4;

    /** A decode of a whole file into these listeners (the file's own decode, on the decoding thread). */
    interface Decoding {
        void decode(StreamListener listener, RecordingListener recordingListener) throws IOException;
    }

    private record Batch(Object[] calls, int size, Throwable failure, boolean last) {
    }

    private record Notice(String message) {
    }

    private record Warning(String message) {
    }

    private static final Object END = new Object();

    private DecodeAside() {
    }

    /**
     * Runs {@code decoding} on a new thread and makes its calls on {@code listener} and {@code header} on this one.
     *
     * @throws IOException          what the decode throws, or an {@link InterruptedIOException} when this thread is
     *                              interrupted while it waits
     * @throws RuntimeException     what the decode or the analysis throws (an {@link Error} likewise)
     */
    static void run(Decoding decoding, StreamListener listener, Consumer<RecordingHeader> header) throws IOException {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
        Queueing queueing = new Queueing(queue);
        // Nothing escapes this thread: out of memory here must not print a line of its own beside the calling
        // thread's, and whatever it cannot hand over the calling thread finds in lost.
        Thread decoder = new Thread(() -> {
            Throwable failure = null;
            try {
                decoding.decode(queueing, queueing);
            } catch (Stopped stopped) {
                return; // the analysis failed and says so on its own thread
            } catch (Throwable t) {
                failure = t;
            }
            try {
                queueing.close(failure);
            } catch (Throwable t) {
                queueing.lost = failure != null ? failure : t;
            }
        }, "rowcoach-decoder");
        decoder.setDaemon(true);
        decoder.start();
        boolean done = false;
        try {
            while (!done) {
                Batch b = queue.poll(100, TimeUnit.MILLISECONDS);
                if (b == null) {
                    if (!decoder.isAlive() && queue.isEmpty()) {
                        Throwable lost = queueing.lost;
                        rethrow(lost != null ? lost : new IllegalStateException("the decoder ended without its end"));
                    }
                    continue;
                }
                for (int i = 0; i < b.size(); i++) {
                    Object call = b.calls()[i];
                    if (call instanceof Sample s) {
                        listener.sample(s);
                    } else {
                        replay(call, listener, header);
                    }
                }
                if (b.failure() != null) {
                    rethrow(b.failure());
                }
                done = b.last();
            }
            decoder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while decoding");
        } finally {
            if (!done) {
                queueing.stopped = true;
                decoder.interrupt();
            }
        }
    }

    private static void replay(Object call, StreamListener listener, Consumer<RecordingHeader> header) {
        if (call instanceof Gap g) {
            listener.gap(g);
        } else if (call instanceof Malformed m) {
            listener.malformed(m);
        } else if (call instanceof Notice n) {
            listener.notice(n.message());
        } else if (call instanceof Warning w) {
            listener.warning(w.message());
        } else if (call instanceof DeviceStatus d) {
            listener.status(d);
        } else if (call instanceof SensorInfo s) {
            listener.sensorInfo(s);
        } else if (call instanceof RecordingHeader h) {
            header.accept(h);
        } else if (call == END) {
            listener.end();
        } else {
            throw new IllegalStateException("no such call: " + call);
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t); // a decode declares no other checked exception
    }

    /**
     * Thrown on the decoding thread when the analysis has stopped waiting for it; made once, as it may be thrown when
     * memory is gone.
     */
    private static final class Stopped extends RuntimeException {
        static final Stopped INSTANCE = new Stopped();

        private Stopped() {
            super(null, null, false, false);
        }
    }

    /** The listener the decoder calls, on its own thread: fills batches and queues them. */
    private static final class Queueing implements StreamListener, RecordingListener {

        private final BlockingQueue<Batch> queue;
        /** Set when the analysis no longer takes batches: every hand-over then throws {@link Stopped}. */
        private volatile boolean stopped;
        /** What ended the decode when even handing it over failed (out of memory), else null. */
        private volatile Throwable lost;
        private Object[] calls = new Object[BATCH];
        private int size;

        Queueing(BlockingQueue<Batch> queue) {
            this.queue = queue;
        }

        @Override
        public void sample(Sample sample) {
            add(sample);
        }

        @Override
        public void sensorInfo(SensorInfo info) {
            add(info);
        }

        @Override
        public void gap(Gap gap) {
            add(gap);
        }

        @Override
        public void malformed(Malformed malformed) {
            add(malformed);
        }

        @Override
        public void status(DeviceStatus status) {
            add(status);
        }

        @Override
        public void notice(String message) {
            add(new Notice(message));
        }

        @Override
        public void warning(String message) {
            add(new Warning(message));
        }

        @Override
        public void end() {
            add(END);
        }

        @Override
        public void header(RecordingHeader header) {
            add(header);
        }

        private void add(Object call) {
            calls[size++] = call;
            if (size == BATCH) {
                put(new Batch(calls, size, null, false));
                calls = new Object[BATCH];
                size = 0;
            }
        }

        /** Hands over what is left and the decode's failure, or null. */
        void close(Throwable failure) {
            try {
                put(new Batch(calls, size, failure, true));
            } catch (Stopped stopped) {
                // nobody waits any more
            }
        }

        private void put(Batch b) {
            try {
                while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw Stopped.INSTANCE;
                    }
                }
            } catch (InterruptedException e) {
                throw Stopped.INSTANCE;
            }
        }
    }
}
