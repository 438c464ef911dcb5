package dev.rowcoach.protocol.witmotion;

import java.util.function.IntPredicate;

import static dev.rowcoach.protocol.witmotion.WitMotionPackets.COMBINED_LENGTH;
import static dev.rowcoach.protocol.witmotion.WitMotionPackets.LENGTH;

/**
 * Recognises WitMotion packets at the head of an input. A packet is valid by chance in random bytes about
 * once in 22 million positions (sync byte, one of 12 types, checksum), so back-to-back valid packets are
 * strong evidence; ASCII text needs a 'U' followed by 'P'–'Z' and a matching checksum. The 20-byte packets of
 * the BLE variants have no checksum: there the evidence is the header {@code 0x55 0x61} (or {@code 0x71})
 * recurring every 20 bytes, which random bytes do by chance about once in 32768 positions.
 */
final class WitMotionProbe {

    private WitMotionProbe() {
    }

    /**
     * Confidence 0–100: the share of the head covered by valid packets (a partial packet at either end is
     * not held against it), weighted by the longest run of packets at 11-byte spacing, so one lucky packet
     * scores at most 20. Null or short input scores 0.
     */
    static int confidence(byte[] head, int len) {
        int n = head == null ? 0 : Math.min(Math.max(len, 0), head.length);
        return Math.max(standard(head, n), combined(head, n));
    }

    /** The 11-byte packets of the serial models, each with its checksum. */
    private static int standard(byte[] head, int n) {
        return scan(n, LENGTH, i -> WitMotionPackets.isValidPacket(head, i));
    }

    /** The same measure for 20-byte BLE packets, recognised by their two header bytes alone. */
    private static int combined(byte[] head, int n) {
        return scan(n, COMBINED_LENGTH, i -> (head[i] & 0xFF) == WitMotionPackets.SYNC
                && WitMotionPackets.isCombinedType(head[i + 1] & 0xFF));
    }

    /** Walks the first {@code n} bytes, counting packets of {@code length} bytes where {@code packetAt} holds. */
    private static int scan(int n, int length, IntPredicate packetAt) {
        int packets = 0;
        int run = 0;
        int longestRun = 0;
        int first = -1;
        int lastEnd = -1;
        int i = 0;
        while (i + length <= n) {
            if (packetAt.test(i)) {
                run = i == lastEnd ? run + 1 : 1;
                longestRun = Math.max(longestRun, run);
                if (first < 0) {
                    first = i;
                }
                packets++;
                lastEnd = i + length;
                i += length;
            } else {
                i++;
            }
        }
        return score(packets, length, first, lastEnd, n, longestRun);
    }

    private static int score(int packets, int length, int first, int lastEnd, int n, int longestRun) {
        if (packets == 0) {
            return 0;
        }
        int lead = first < length ? first : 0;
        int tail = n - lastEnd < length ? n - lastEnd : 0;
        double coverage = (double) packets * length / (n - lead - tail);
        return (int) Math.round(100 * coverage * runWeight(longestRun));
    }

    private static double runWeight(int longestRun) {
        return switch (Math.min(longestRun, 4)) {
            case 1 -> 0.2;
            case 2 -> 0.5;
            case 3 -> 0.8;
            default -> 1.0;
        };
    }
}
