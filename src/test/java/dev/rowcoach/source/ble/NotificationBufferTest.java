package dev.rowcoach.source.ble;

import dev.rowcoach.source.LinkException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-over between the D-Bus signal thread and the link's reader. */
class NotificationBufferTest {

    @Test
    void bytesComeOutInOrderAcrossTheRingsEnd() throws Exception {
        NotificationBuffer b = new NotificationBuffer(50);
        Random r = new Random(7);
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[13];
        for (int i = 0; i < 200; i++) {
            byte[] n = new byte[1 + r.nextInt(20)];
            r.nextBytes(n);
            b.offer(n, n.length);
            in.writeBytes(n);
            int got;
            while ((got = b.take(buf, 0, buf.length, 0)) > 0) {
                out.write(buf, 0, got);
            }
        }
        assertArrayEquals(in.toByteArray(), out.toByteArray());
    }

    @Test
    void aLostConnectionComesAfterTheBytesBeforeIt() throws Exception {
        NotificationBuffer b = new NotificationBuffer(100);
        b.offer(new byte[]{1, 2, 3}, 3);
        b.lose("gone");
        b.lose("second reason, ignored");
        byte[] buf = new byte[2];
        assertEquals(2, b.take(buf, 0, 2, 100));
        assertEquals(1, b.take(buf, 0, 2, 100));
        assertEquals(3, buf[0]);
        LinkException e = assertThrows(LinkException.class, () -> b.take(buf, 0, 2, 100));
        assertEquals("gone", e.getMessage());
        b.reset();
        assertEquals(0, b.take(buf, 0, 2, 10), "a new connection starts empty and connected");
    }

    @Test
    void aNotificationThatDoesNotFitIsCountedAndEndsTheLink() throws Exception {
        NotificationBuffer b = new NotificationBuffer(30);
        b.offer(new byte[20], 20);
        b.offer(new byte[20], 20);
        byte[] buf = new byte[64];
        assertEquals(20, b.take(buf, 0, 64, 100), "what fitted is delivered first");
        LinkException e = assertThrows(LinkException.class, () -> b.take(buf, 0, 64, 100));
        assertTrue(e.getMessage().startsWith("20 bytes of notifications were lost"), e.getMessage());
    }

    @Test
    void takeWaitsForBytesFromAnotherThread() throws Exception {
        NotificationBuffer b = new NotificationBuffer(100);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            b.offer(new byte[]{9}, 1);
        });
        t.start();
        byte[] buf = new byte[4];
        long start = System.nanoTime();
        int n = 0;
        while (n == 0 && System.nanoTime() - start < 5_000_000_000L) {
            n = b.take(buf, 0, 4, 100);
        }
        t.join();
        assertEquals(1, n);
        assertEquals(9, buf[0]);
    }
}
