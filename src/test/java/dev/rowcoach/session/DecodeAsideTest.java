package dev.rowcoach.session;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.report.ReportJson;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.source.SensorFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodeAsideTest {

    /** Every bundled sample: the same report, byte for byte, decoded on the calling thread and decoded aside. */
    @ParameterizedTest
    @ValueSource(strings = {"strict-heavy-sets-200hz.rcrec", "data-gap-200hz.rcrec", "kroc-dumbbell-rows-200hz.rcrec",
            "accel-only-100hz.csv", "low-rate-25hz.csv", "high-rate-1000hz.bin"})
    void aReplayDecodedAsideGivesTheSameReport(String name) throws Exception {
        Path path = Path.of("sample-recordings", name);
        SessionReport alone = Replay.of(SensorFile.open(path, null, DecoderSettings.DEFAULTS), Replay.Grading.DEFAULTS,
                Loads.UNKNOWN);
        SessionReport aside = Replay.ofDecodedAside(SensorFile.open(path, null, DecoderSettings.DEFAULTS),
                Replay.Grading.DEFAULTS, Loads.UNKNOWN);
        assertTrue(alone.sets().size() > 0, name);
        assertEquals(ReportJson.toJson(alone), ReportJson.toJson(aside), name);
    }

    /** What a decoder calls, as one string per call, and how many calls came on another thread than {@code home}. */
    private static final class Log implements StreamListener {
        final List<String> calls = new ArrayList<>();
        final Thread home = Thread.currentThread();
        int elsewhere;

        private void add(String call) {
            calls.add(call);
            if (Thread.currentThread() != home) {
                elsewhere++;
            }
        }

        @Override public void sensorInfo(SensorInfo info) { add("info " + info); }
        @Override public void sample(Sample s) { add("sample " + s.timeUs()); }
        @Override public void gap(Gap g) { add("gap " + g); }
        @Override public void malformed(Malformed m) { add("malformed " + m); }
        @Override public void status(DeviceStatus d) { add("status " + d); }
        @Override public void notice(String m) { add("notice " + m); }
        @Override public void warning(String m) { add("warning " + m); }
        @Override public void end() { add("end"); }
    }

    /** Calls of every kind, spread over several batches, with a partial last one. */
    private static void decodeEveryKind(StreamListener l, int samples) {
        l.sensorInfo(new SensorInfo("m", "d", "f", 16.0, 2000.0, 1000.0));
        for (int i = 0; i < samples; i++) {
            l.sample(new Sample(i * 1000L, i, 0, 1, 0, 0, 0));
            if (i % 3001 == 7) {
                l.gap(new Gap(i * 1000L, i * 1000L + 5000, 4, Gap.Cause.MISSING_SAMPLES));
                l.malformed(new Malformed(i, 3, "bad " + i));
                l.status(new DeviceStatus(i * 1000L, 80, i));
                l.notice("notice " + i);
                l.warning("warning " + i);
            }
        }
        l.end();
    }

    @Test
    void everyCallArrivesOnTheCallingThreadInTheOrderItWasMade() throws IOException {
        int samples = 5 * DecodeAside.BATCH + 123;
        Log direct = new Log();
        decodeEveryKind(direct, samples);
        Log received = new Log();
        DecodeAside.run((listener, recording) -> decodeEveryKind(listener, samples), received, h -> { });
        assertEquals(direct.calls, received.calls);
        assertEquals(samples + 2 + 5 * ((samples - 8) / 3001 + 1), direct.calls.size()); // + info, end, 5 every 3001
        assertEquals(0, received.elsewhere);
    }

    @Test
    void theDecodersFailureComesAfterTheCallsMadeBeforeIt() {
        Log received = new Log();
        RecordingException damaged = new RecordingException("recording header is damaged");
        RecordingException thrown = assertThrows(RecordingException.class, () -> DecodeAside.run((listener, recording) -> {
            for (int i = 0; i < DecodeAside.BATCH + 10; i++) {
                listener.sample(new Sample(i, 0, 0, 1, 0, 0, 0));
            }
            throw damaged;
        }, received, h -> { }));
        assertSame(damaged, thrown);
        assertEquals(DecodeAside.BATCH + 10, received.calls.size());

        // Out of memory on the decoding thread comes out on the calling thread, and only there: the thread dies of nothing
        OutOfMemoryError gone = new OutOfMemoryError("Java heap space");
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        AtomicInteger uncaught = new AtomicInteger();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.incrementAndGet());
        try {
            assertSame(gone, assertThrows(OutOfMemoryError.class, () -> DecodeAside.run((listener, recording) -> {
                throw gone;
            }, received, h -> { })));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertEquals(0, uncaught.get());

        IOException unreadable = new IOException("Input/output error");
        assertSame(unreadable, assertThrows(IOException.class, () -> DecodeAside.run((listener, recording) -> {
            throw unreadable;
        }, received, h -> { })));
    }

    /** The decoder runs at most the queued batches ahead, and stops when the analysis fails. */
    @Test
    void aFailingAnalysisStopsTheDecoderWhichNeverRunsFarAhead() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        AtomicReference<Thread> decoder = new AtomicReference<>();
        int[] seen = {0};
        IllegalStateException bug = new IllegalStateException("analysis bug");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> DecodeAside.run((listener, recording) -> {
            decoder.set(Thread.currentThread());
            for (int i = 0; i < 1_000_000; i++) {
                made.incrementAndGet();
                listener.sample(new Sample(i, 0, 0, 1, 0, 0, 0));
            }
        }, sample -> {
            if (++seen[0] == DecodeAside.BATCH) {
                try {
                    Thread.sleep(200); // the decoder fills the queue meanwhile, and waits
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                assertTrue(made.get() <= (DecodeAside.QUEUED + 2) * DecodeAside.BATCH, "made ahead: " + made.get());
                throw bug;
            }
        }, h -> { }));
        assertSame(bug, thrown);
        decoder.get().join(5_000);
        assertTrue(!decoder.get().isAlive(), "the decoder stopped");
        assertTrue(made.get() < 1_000_000);
    }
}
