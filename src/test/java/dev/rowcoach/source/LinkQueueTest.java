package dev.rowcoach.source;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkQueueTest {

    @Test
    void chunksAndConnectionChangesComeOutInOrderAcrossTheRingsEnd() throws InterruptedException {
        LinkQueue q = new LinkQueue(100, 16);
        LinkQueue.Taken t = new LinkQueue.Taken();
        byte[] seen = new byte[1000];
        int seenLen = 0;
        byte next = 0;
        for (int round = 0; round < 30; round++) {
            byte[] chunk = new byte[37];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = next++;
            }
            assertTrue(q.offerData(chunk, 0, chunk.length, round));
            q.offerState(LinkQueue.Kind.LOST, round, "lost " + round);
            assertTrue(q.take(t, 0));
            assertEquals(LinkQueue.Kind.DATA, t.kind());
            assertEquals(round, t.arrivedNanos());
            assertNull(t.text());
            if (seenLen + t.length() <= seen.length) {
                System.arraycopy(t.data(), 0, seen, seenLen, t.length());
                seenLen += t.length();
            }
            assertTrue(q.take(t, 0));
            assertEquals(LinkQueue.Kind.LOST, t.kind());
            assertEquals("lost " + round, t.text());
        }
        byte[] want = new byte[seenLen];
        for (int i = 0; i < seenLen; i++) {
            want[i] = (byte) i;
        }
        assertArrayEquals(want, Arrays.copyOf(seen, seenLen));
        assertFalse(q.take(t, 10));
        assertEquals(0, q.droppedBytes());
    }

    @Test
    void aChunkThatDoesNotFitIsDroppedAndCountedWhileConnectionChangesStillFit() throws InterruptedException {
        LinkQueue q = new LinkQueue(64, 12);
        assertTrue(q.offerData(new byte[60], 0, 60, 1));
        assertFalse(q.offerData(new byte[10], 0, 10, 2));
        assertEquals(10, q.droppedBytes());
        for (int i = 0; i < 3; i++) {
            assertTrue(q.offerData(new byte[1], 0, 1, 3));
        }
        assertFalse(q.offerData(new byte[1], 0, 1, 4), "only the reserve for connection changes is left");
        assertEquals(11, q.droppedBytes());
        assertEquals(2, q.droppedChunks());
        q.offerState(LinkQueue.Kind.CONNECTED, 5, "serial:x");
        LinkQueue.Taken t = new LinkQueue.Taken();
        int data = 0;
        while (q.take(t, 0)) {
            if (t.kind() == LinkQueue.Kind.DATA) {
                data += t.length();
            } else {
                assertEquals("serial:x", t.text());
                assertEquals(63, data, "the connection change comes after the data before it");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> q.offerState(LinkQueue.Kind.DATA, 0, null));
    }

    @Test
    void takeWaitsForTheReaderThread() throws InterruptedException {
        LinkQueue q = new LinkQueue(1024, 16);
        Thread reader = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            q.offerData(new byte[]{1, 2, 3}, 0, 3, 7);
        });
        reader.start();
        LinkQueue.Taken t = new LinkQueue.Taken();
        assertTrue(q.take(t, 5000));
        assertEquals(3, t.length());
        reader.join();
    }
}
