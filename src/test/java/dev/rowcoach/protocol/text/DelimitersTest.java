package dev.rowcoach.protocol.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DelimitersTest {

    /** The fields of {@code line} as {@code String.split} with no limit finds them, at most {@code capacity}. */
    private static List<String> reference(String line, char delimiter, int capacity) {
        String[] all = line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(all.length, capacity); i++) {
            out.add(all[i]);
        }
        return out;
    }

    private static List<String> split(String line, char delimiter, int capacity, int pad) {
        byte[] b = ("#".repeat(pad) + line + "#").getBytes(StandardCharsets.US_ASCII);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = Delimiters.split(b, pad, pad + line.length(), (byte) delimiter, starts, ends);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new String(b, starts[i], ends[i] - starts[i], StandardCharsets.US_ASCII));
        }
        return out;
    }

    @Test
    void fieldsAreWhatStringSplitFindsUpToTheArraysCapacity() {
        Random random = new Random(16);
        String alphabet = "a1,;, .\t";
        int checked = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(25); i > 0; i--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            char delimiter = ",;\t".charAt(random.nextInt(3));
            int capacity = 1 + random.nextInt(8);
            assertEquals(reference(line.toString(), delimiter, capacity),
                    split(line.toString(), delimiter, capacity, random.nextInt(3)), "'" + line + "' at " + delimiter);
            checked++;
        }
        assertEquals(20_000, checked);
    }

    @Test
    void edgeCases() {
        assertEquals(List.of(""), split("", ',', 4, 0));
        assertEquals(List.of("", ""), split(",", ',', 4, 1));
        assertEquals(List.of("a", "b", ""), split("a,b,", ',', 4, 0));
        assertEquals(List.of("a", "b"), split("a,b,c,d", ',', 2, 2));
        assertEquals(List.of("1", "2.5", "-3"), split("1,2.5,-3", ',', 64, 0));
    }
}
