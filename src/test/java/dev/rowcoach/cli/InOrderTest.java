package dev.rowcoach.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InOrderTest {

    @Test
    void resultsComeBackInInputOrderWhateverOrderTheyFinishIn() throws Exception {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        List<String> seen = new ArrayList<>();
        InOrder.<Integer, String, RuntimeException>run(inputs, i -> {
            Thread.sleep((40 - i) % 7); // later inputs often finish first
            return "r" + i;
        }, (in, result, failure) -> {
            assertNull(failure);
            seen.add(in + "=" + result);
        });
        assertEquals(IntStream.range(0, 40).mapToObj(i -> i + "=r" + i).toList(), seen);
    }

    @Test
    void aCheckedFailureIsThatInputsOutcomeAndTheOthersGoOn() throws Exception {
        List<String> seen = new ArrayList<>();
        InOrder.<Integer, Integer, RuntimeException>run(List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw new IOException("disk");
            }
            return i * 10;
        }, (in, result, failure) -> seen.add(in + ":" + result + ":" + (failure == null ? "-" : failure.getMessage())));
        assertEquals(List.of("1:10:-", "2:null:disk", "3:30:-"), seen);
    }

    @Test
    void aBugInATaskIsRethrownOnTheCallingThread() {
        assertThrows(IllegalStateException.class, () -> InOrder.<Integer, Integer, RuntimeException>run(List.of(1, 2), i -> {
            throw new IllegalStateException("bug");
        }, (in, result, failure) -> { }));
    }

    @Test
    void tasksRunAtTheSameTimeOnSeveralCores() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs 2 cores");
        CountDownLatch both = new CountDownLatch(2);
        List<Boolean> met = new ArrayList<>();
        InOrder.<Integer, Boolean, RuntimeException>run(List.of(1, 2), i -> {
            both.countDown();
            return both.await(20, TimeUnit.SECONDS); // true only if the other task ran meanwhile
        }, (in, result, failure) -> met.add(result));
        assertEquals(List.of(true, true), met);
        assertTrue(both.getCount() == 0);
    }

    @Test
    void aSlowFirstInputHoldsBackABoundedNumberOfFinishedResults() throws Exception {
        int workers = Math.min(100, Runtime.getRuntime().availableProcessors());
        int window = workers * (1 + InOrder.AHEAD_PER_WORKER);
        AtomicInteger started = new AtomicInteger();
        List<Integer> startedWhenFirstEnded = new ArrayList<>();
        InOrder.<Integer, Integer, RuntimeException>run(IntStream.range(0, 100).boxed().toList(), i -> {
            started.incrementAndGet();
            if (i == 0) {
                Thread.sleep(300); // the others finish meanwhile, and wait for it
            }
            return started.get();
        }, (in, result, failure) -> {
            if (in == 0) {
                startedWhenFirstEnded.add(result);
            }
        });
        assertEquals(1, startedWhenFirstEnded.size());
        assertTrue(startedWhenFirstEnded.get(0) <= window, startedWhenFirstEnded + " started, window " + window);
        assertEquals(100, started.get());
    }
}
