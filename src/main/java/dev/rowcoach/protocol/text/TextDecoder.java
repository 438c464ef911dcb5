package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.protocol.text.CsvLayout.Unresolved;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Decodes line-oriented sensor text: the rowcoach ASCII protocol (firmware-protocol/ASCII.md) and generic
 * CSV (a header naming the columns, a {@code --columns} mapping, or headerless columns recognised from
 * the data).
 *
 * <p>Text is UTF-8 (a byte-order mark is skipped) or UTF-16 (see {@link TextEncoding}). Lines are split on
 * {@code \n} ({@code \r\n} accepted). Leading {@code #} lines carry
 * {@code key=value} metadata. The first data rows ({@value #LAYOUT_ROWS}, or up to {@value #MAX_HELD_ROWS}
 * while the gyroscope's unit is unclear) are held back until the layout and its units are known; after
 * that every line is decoded as it arrives. A line that cannot be
 * read (too few fields, a field that is not a number, a line over {@value #MAX_LINE} bytes, time not
 * increasing) is reported as {@link Malformed} and skipped. Time jumps and device resets become gaps.
 * Empty gyroscope fields mean that one sample has no angular rate.
 */
public final class TextDecoder implements Decoder {

    /** Longest line accepted, bytes; longer lines are skipped as malformed (bounds memory). */
    static final int MAX_LINE = 4096;
    /** Data rows held back to recognise the layout and units. */
    static final int LAYOUT_ROWS = 64;
    /**
     * Most data rows held back while the gyroscope's unit is still unclear (a sensor at rest shows no
     * unit): the rows are looked at again at 128, 256, … rows until the signal shows the unit or this many
     * rows (or {@value #MAX_HELD_BYTES} bytes) are held.
     */
    static final int MAX_HELD_ROWS = 8192;
    static final int MAX_HELD_BYTES = 1 << 20;
    private static final int MAX_FIELDS = 64;

    private final WireFormat format;
    private final DecoderSettings settings;
    private final StreamListener listener;
    private final TextClock clock;

    private final LineSplitter lines = new LineSplitter(MAX_LINE, this::endLine);
    private final TextEncoding encoding = new TextEncoding(lines::feed);
    private final byte[] line = lines.buffer();
    /** Stream offset of the line being handled. */
    private long lineStart;

    private final Metadata metadata = new Metadata();
    private boolean seenNonComment;
    private List<String> header;
    private byte delimiter;
    /** Lines (or skipped-line reports) waiting for the layout, in stream order. */
    private final List<Held> held = new ArrayList<>();
    private int heldBytes;
    /** Held rows at which the layout is next tried. */
    private int nextTry = LAYOUT_ROWS;
    private CsvLayout layout;
    private String unresolved;

    private final int[] fieldStart = new int[MAX_FIELDS];
    private final int[] fieldEnd = new int[MAX_FIELDS];
    /** The value of each field the layout reads, for the row being decoded ({@link #splitAndRead}). */
    private final double[] fieldValue = new double[MAX_FIELDS];
    private final int[] readEnd = new int[1];
    /** The layout whose columns {@link #used} holds, one bit per column. */
    private CsvLayout readFor;
    private long used;

    /**
     * @param format   {@link WireFormat#ASCII} or {@link WireFormat#CSV}; ASCII defaults to g and °/s where
     *                 the metadata does not say, CSV infers units from the data
     * @param settings user overrides (rate, column mapping, units)
     * @param listener receives samples, gaps, malformed lines and notices
     */
    public TextDecoder(WireFormat format, DecoderSettings settings, StreamListener listener) {
        if (format != WireFormat.ASCII && format != WireFormat.CSV) {
            throw new IllegalArgumentException("TextDecoder reads ascii or csv, not " + format.id());
        }
        this.format = format;
        this.settings = settings;
        this.listener = listener;
        this.clock = new TextClock(listener);
    }

    /** 100 when {@code head} starts with the rowcoach ASCII magic line, else 0. */
    public static int probeAscii(byte[] bytes, int length) {
        byte[] head = TextEncoding.toUtf8(bytes, length);
        int len = head == bytes ? length : head.length;
        byte[] magic = Metadata.ASCII_MAGIC.getBytes(StandardCharsets.US_ASCII);
        int i = 0;
        if (len >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        if (len - i < magic.length) {
            return 0;
        }
        for (int k = 0; k < magic.length; k++) {
            if (head[i + k] != magic[k]) {
                return 0;
            }
        }
        return 100;
    }

    /**
     * Confidence 0–100 that {@code head} is CSV sensor data this decoder can read with {@code settings}:
     * decodes the complete lines of the head and scores how many became samples.
     */
    public static int probeCsv(byte[] bytes, int length, DecoderSettings settings) {
        byte[] head = TextEncoding.toUtf8(bytes, length);
        int len = head == bytes ? length : head.length;
        int nonText = 0;
        int lastNewline = -1;
        for (int i = 0; i < len; i++) {
            int b = head[i] & 0xFF;
            if (b == '\n') {
                lastNewline = i;
            } else if (b < 0x20 && b != '\r' && b != '\t') {
                nonText++;
            }
        }
        if (len == 0 || nonText * 100 > len) {
            return 0;
        }
        int usable = lastNewline >= 0 ? lastNewline + 1 : len;
        int[] counts = new int[2];
        TextDecoder probe = new TextDecoder(WireFormat.CSV, settings, new StreamListener() {
            @Override
            public void sample(Sample sample) {
                counts[0]++;
            }

            @Override
            public void malformed(Malformed malformed) {
                counts[1]++;
            }
        });
        probe.feed(head, 0, usable);
        probe.finish();
        if (counts[0] < 3 || counts[0] < 4 * counts[1]) {
            return 0;
        }
        return probe.header != null ? 80 : 60;
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        encoding.feed(buf, off, len);
    }

    @Override
    public void finish() {
        encoding.finish();
        lines.finish();
        if (layout == null && unresolved == null && !held.isEmpty()) {
            resolveLayout(true);
        }
        clock.finish();
        listener.end();
    }

    private void endLine(int lineLength, boolean lineTooLong, long start, long length) {
        lineStart = start;
        if (lineTooLong) {
            Malformed m = new Malformed(lineStart, length, "line longer than " + MAX_LINE + " bytes");
            if (layout == null && unresolved == null && seenNonComment) {
                held.add(new Held(null, null, m));
            } else {
                listener.malformed(m);
            }
        } else {
            int end = lineLength;
            if (end > 0 && line[end - 1] == '\r') {
                end--;
            }
            handleLine(end, length);
        }
    }

    private void handleLine(int end, long length) {
        int start = 0;
        if (lineStart == 0 && end >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < end && (line[start] == ' ' || line[start] == '\t')) {
            start++;
        }
        if (start == end) {
            return;
        }
        if (line[start] == '#') {
            if (!seenNonComment) {
                metadata.parse(new String(line, start + 1, end - start - 1, StandardCharsets.UTF_8), lineStart == 0);
            }
            return;
        }
        if (!seenNonComment) {
            seenNonComment = true;
            delimiter = Delimiters.detect(line, start, end);
            if (!Delimiters.allNumeric(line, start, end, delimiter)) {
                header = Delimiters.cells(line, start, end, delimiter);
                return;
            }
        }
        if (layout != null) {
            decodeRow(line, start, end, lineStart, length);
        } else if (unresolved != null) {
            listener.malformed(new Malformed(lineStart, length, unresolved));
        } else {
            held.add(new Held(Arrays.copyOfRange(line, start, end), Delimiters.numbers(line, start, end, delimiter),
                    new Malformed(lineStart, length, null)));
            heldBytes += end - start;
            if (held.size() >= nextTry || heldBytes >= MAX_HELD_BYTES) {
                resolveLayout(false);
            }
        }
    }

    /** @param last whether no more rows will come (else an unclear gyroscope unit waits for more rows) */
    private void resolveLayout(boolean last) {
        List<double[]> rows = new ArrayList<>();
        for (Held h : held) {
            if (h.numbers() != null) {
                rows.add(h.numbers());
            }
        }
        rows = LayoutResolver.ofCommonWidth(rows);
        LayoutResolver.Units units = new LayoutResolver.Units(null,
                settings.accelUnit() != null ? settings.accelUnit() : metadata.accelUnit(format),
                settings.gyroUnit() != null ? settings.gyroUnit() : metadata.gyroUnit(format));
        try {
            if (settings.columns() != null) {
                layout = LayoutResolver.fromMapping(settings.columns(), units, rows);
            } else if (header != null) {
                layout = LayoutResolver.fromHeader(header, units, rows);
            } else {
                layout = LayoutResolver.guess(units, rows);
            }
        } catch (Unresolved e) {
            unresolved = "columns not recognised: " + e.getMessage();
            listener.notice(unresolved);
        }
        if (layout != null && layout.gyroGuessed() && !last && held.size() < MAX_HELD_ROWS && heldBytes < MAX_HELD_BYTES) {
            layout = null;
            nextTry = Math.min(2 * held.size(), MAX_HELD_ROWS);
            return;
        }
        if (layout != null) {
            announce(rows);
        }
        for (Held h : held) {
            Malformed at = h.position();
            if (h.line() == null) {
                listener.malformed(at);
            } else if (layout != null) {
                decodeRow(h.line(), 0, h.line().length, at.byteOffset(), at.length());
            } else {
                listener.malformed(new Malformed(at.byteOffset(), at.length(), unresolved));
            }
        }
        held.clear();
        heldBytes = 0;
    }

    private void announce(List<double[]> rows) {
        Double rate = settings.rateHz() != null ? settings.rateHz() : metadata.rateHz();
        listener.sensorInfo(metadata.sensorInfo(rate));
        int width = rows.isEmpty() ? layout.minFields() : rows.get(0).length;
        if (encoding.converted() != null) {
            listener.notice("text in " + encoding.converted() + ", read as such");
        }
        listener.notice(layout.describe(width));
        if (!layout.evidence().isEmpty()) {
            listener.notice("units inferred from the data: " + String.join("; ", layout.evidence()));
        }
        for (String doubt : layout.doubtful()) {
            listener.warning(doubt);
        }
        if (format == WireFormat.ASCII) {
            for (Map.Entry<String, String> d : metadata.defaultsUsed(layout.hasGyro()).entrySet()) {
                listener.notice(d.getKey() + " not given in the metadata: assumed " + d.getValue());
            }
        }
        // Rows narrower than the layout (a header naming more columns than the rows hold) are malformed, not times.
        double[] times = rows.stream().filter(r -> r.length >= layout.minFields())
                .mapToDouble(r -> r[layout.timeColumn()] * layout.timeScale().toUs).toArray();
        clock.configure(layout.timeScale() == TimeScale.US, rate, times);
    }

    private void decodeRow(byte[] b, int start, int end, long at, long length) {
        int n = splitAndRead(b, start, end);
        if (n < layout.minFields()) {
            listener.malformed(new Malformed(at, length, n + " fields, expected at least " + layout.minFields()));
            return;
        }
        double t = fieldValue[layout.timeColumn()];
        int[] a = layout.accel();
        double ax = fieldValue[a[0]], ay = fieldValue[a[1]], az = fieldValue[a[2]];
        double gx = Double.NaN, gy = Double.NaN, gz = Double.NaN;
        int[] g = layout.gyro();
        if (g != null && blankField(b, g[0]) && blankField(b, g[1]) && blankField(b, g[2])) {
            g = null; // empty gyro fields: this sample has no angular rate
        }
        if (g != null) {
            gx = fieldValue[g[0]];
            gy = fieldValue[g[1]];
            gz = fieldValue[g[2]];
        }
        if (Double.isNaN(t) || Double.isNaN(ax) || Double.isNaN(ay) || Double.isNaN(az)
                || (g != null && (Double.isNaN(gx) || Double.isNaN(gy) || Double.isNaN(gz)))) {
            listener.malformed(new Malformed(at, length, "a field is not a number"));
            return;
        }
        double ka = layout.accelUnit().toMps2();
        double kg = g == null ? 0 : layout.gyroUnit().toRads();
        ax *= ka;
        ay *= ka;
        az *= ka;
        gx *= kg;
        gy *= kg;
        gz *= kg;
        if (!Double.isFinite(ax + ay + az) || (g != null && !Double.isFinite(gx + gy + gz))) {
            listener.malformed(new Malformed(at, length, "a value out of range"));
            return;
        }
        long timeUs = clock.accept(t * layout.timeScale().toUs, at, length);
        if (timeUs == TextClock.REJECTED) {
            return;
        }
        clock.deliver(g == null ? Sample.accelOnly(timeUs, ax, ay, az) : new Sample(timeUs, ax, ay, az, gx, gy, gz));
    }

    private boolean blankField(byte[] b, int column) {
        for (int i = fieldStart[column]; i < fieldEnd[column]; i++) {
            if (b[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits {@code b[start..end)} at the delimiter into at most {@value #MAX_FIELDS} fields, as
     * {@link Delimiters#split} does, and reads the fields the layout uses as numbers into {@link #fieldValue} in the
     * same pass: a field that is a number alone is read while its end is found
     * ({@link DecimalParser#parseField}), any other (spaces, quotes, not a number) is split off and read as
     * {@link DecimalParser#parse(byte[], int, int)} reads it. One scan of the line instead of two: the split alone
     * was 13 % of an ASCII replay's samples. Returns the number of fields.
     */
    private int splitAndRead(byte[] b, int start, int end) {
        if (readFor != layout) {
            readFor = layout;
            used = usedColumns(layout);
        }
        int n = 0;
        int from = start;
        while (n < MAX_FIELDS) {
            boolean read = (used & (1L << n)) != 0;
            int to = -1;
            if (read) {
                fieldValue[n] = DecimalParser.parseField(b, from, end, delimiter, readEnd);
                to = readEnd[0];
            }
            if (to < 0) {
                to = Delimiters.fieldEnd(b, from, end, delimiter);
                if (read) {
                    fieldValue[n] = DecimalParser.parse(b, from, to);
                }
            }
            fieldStart[n] = from;
            fieldEnd[n] = to;
            n++;
            if (to == end) {
                break;
            }
            from = to + 1;
        }
        return n;
    }

    /** The columns {@code layout} reads, one bit each (column numbers below {@value #MAX_FIELDS}). */
    private static long usedColumns(CsvLayout layout) {
        long bits = 1L << layout.timeColumn();
        for (int c : layout.accel()) {
            bits |= 1L << c;
        }
        if (layout.gyro() != null) {
            for (int c : layout.gyro()) {
                bits |= 1L << c;
            }
        }
        return bits;
    }

    /**
     * A line held back until the layout is known: its bytes, its fields as numbers (null when one is not a
     * number) and where it was (offset and length, as a {@link Malformed} without a reason), or, with no
     * bytes, a report of a skipped line.
     */
    private record Held(byte[] line, double[] numbers, Malformed position) {
    }
}
