package dev.rowcoach.protocol.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Field splitting for delimited text lines held in byte arrays. */
final class Delimiters {

    private Delimiters() {
    }

    /** The most frequent of comma, semicolon and tab in {@code b[from..to)}; comma when none occurs. */
    static byte detect(byte[] b, int from, int to) {
        int commas = 0, semicolons = 0, tabs = 0;
        for (int i = from; i < to; i++) {
            switch (b[i]) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? (byte) ';' : (byte) ',';
    }

    /**
     * Splits {@code b[from..to)} at {@code delimiter} into at most {@code starts.length} fields, writing
     * field bounds into {@code starts}/{@code ends}; returns the number of fields stored. Fields beyond
     * the arrays' capacity are ignored.
     */
    static int split(byte[] b, int from, int to, byte delimiter, int[] starts, int[] ends) {
        int n = 0;
        int fieldFrom = from;
        // A field at a time, its bytes scanned by a loop that tests nothing else: one loop testing the line's end,
        // the delimiter and the field count at every byte was a fifth of an ASCII replay's samples.
        while (n < starts.length) {
            int i = fieldEnd(b, fieldFrom, to, delimiter);
            starts[n] = fieldFrom;
            ends[n] = i;
            n++;
            if (i == to) {
                break;
            }
            fieldFrom = i + 1;
        }
        return n;
    }

    /** Where the field starting at {@code from} ends: the first {@code delimiter} at or after it, else {@code to}. */
    static int fieldEnd(byte[] b, int from, int to, byte delimiter) {
        int i = from;
        while (i < to && b[i] != delimiter) {
            i++;
        }
        return i;
    }

    /** Whether every non-empty field parses as a number. */
    static boolean allNumeric(byte[] b, int from, int to, byte delimiter) {
        int fieldFrom = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == delimiter) {
                if (!blank(b, fieldFrom, i) && Double.isNaN(DecimalParser.parse(b, fieldFrom, i))) {
                    return false;
                }
                fieldFrom = i + 1;
            }
        }
        return true;
    }

    /** The fields as strings (for header rows). */
    static List<String> cells(byte[] b, int from, int to, byte delimiter) {
        List<String> cells = new ArrayList<>();
        int fieldFrom = from;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == delimiter) {
                cells.add(new String(b, fieldFrom, i - fieldFrom, StandardCharsets.UTF_8).trim());
                fieldFrom = i + 1;
            }
        }
        return cells;
    }

    /** Every field as a number, or null when any field is not one. */
    static double[] numbers(byte[] b, int from, int to, byte delimiter) {
        List<String> cells = cells(b, from, to, delimiter);
        double[] out = new double[cells.size()];
        int fieldFrom = from;
        int n = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || b[i] == delimiter) {
                out[n] = DecimalParser.parse(b, fieldFrom, i);
                if (Double.isNaN(out[n])) {
                    return null;
                }
                n++;
                fieldFrom = i + 1;
            }
        }
        return out;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '"') {
                return false;
            }
        }
        return true;
    }
}
