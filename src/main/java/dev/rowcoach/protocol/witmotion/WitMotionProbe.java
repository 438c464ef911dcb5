package dev.rowcoach.protocol.witmotion;

import static dev.rowcoach.protocol.witmotion.WitMotionPackets.LENGTH;

/**
 * Recognises WitMotion packets at the head of an input. A packet is valid by chance in random bytes about
 * once in 22 million positions (sync byte, one of 12 types, checksum), so back-to-back valid packets are
 * strong evidence; ASCII text needs a 'U' followed by 'P'–'Z' and a matching checksum.
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
        int packets = 0;
        int run = 0;
        int longestRun = 0;
        int first = -1;
        int lastEnd = -1;
        int i = 0;
        while (i + LENGTH <= n) {
            if (WitMotionPackets.isValidPacket(head, i)) {
                run = i == lastEnd ? run + 1 : 1;
                longestRun = Math.max(longestRun, run);
                if (first < 0) {
                    first = i;
                }
                packets++;
                lastEnd = i + LENGTH;
                i += LENGTH;
            } else {
                i++;
            }
        }
        if (packets == 0) {
            return 0;
        }
        int lead = first < LENGTH ? first : 0;
        int tail = n - lastEnd < LENGTH ? n - lastEnd : 0;
        double coverage = (double) packets * LENGTH / (n - lead - tail);
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
