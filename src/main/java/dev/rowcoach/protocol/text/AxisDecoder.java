package dev.rowcoach.protocol.text;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.sensor.Malformed;

/**
 * Decodes the rows of one per-sensor CSV whose {@link AxisHeader} is already known: skips the header line,
 * then reports each data line's time and x, y, z to an {@link AxisListener}. With a semicolon or tab
 * delimiter, a comma inside the first data line's numbers means a decimal comma (phyphox offers both).
 * Lines that cannot be read (too few fields, a field that is not a number, a line over
 * {@value TextDecoder#MAX_LINE} bytes, a time that repeats or goes backwards, a time beyond ±10¹⁷ µs) are
 * reported as {@link Malformed} and skipped. A row whose time jumps ahead by more than {@value #HOLD_JUMP_US}
 * µs is held until the next row: when that row's time lies between the two, the jump was a corrupt
 * timestamp and is counted as malformed (instead of every later row going "backwards"); a jump on the last
 * row is counted too.
 */
public final class AxisDecoder implements Decoder {

    private final AxisHeader header;
    private final AxisListener listener;
    private final LineSplitter lines = new LineSplitter(TextDecoder.MAX_LINE, this::endLine);
    private final byte[] line = lines.buffer();
    private final int[] fieldStart;
    private final int[] fieldEnd;
    /** Stream offset of the line being decoded. */
    private long lineStart;
    private boolean headerSkipped;
    private byte point;
    private long lastTimeUs = Long.MIN_VALUE;

    /** A jump ahead longer than this holds the row until the next one confirms it, µs. */
    static final long HOLD_JUMP_US = 1_000_000;
    private boolean held;
    private long heldTimeUs;
    private double heldX, heldY, heldZ;
    private long heldAt, heldLength;

    public AxisDecoder(AxisHeader header, AxisListener listener) {
        this.header = header;
        this.listener = listener;
        this.fieldStart = new int[header.minFields()];
        this.fieldEnd = new int[header.minFields()];
    }

    @Override
    public void feed(byte[] buf, int off, int len) {
        lines.feed(buf, off, len);
    }

    @Override
    public void finish() {
        lines.finish();
        if (held) {
            held = false;
            listener.malformed(new Malformed(heldAt, heldLength, "time jumps at the last line, nothing after it confirms it"));
        }
    }

    private void endLine(int lineLength, boolean tooLong, long at, long length) {
        lineStart = at;
        if (tooLong) {
            listener.malformed(new Malformed(lineStart, length, "line longer than " + TextDecoder.MAX_LINE + " bytes"));
            return;
        }
        int end = lineLength;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        int start = 0;
        while (start < end && (line[start] == ' ' || (line[start] & 0xFF) == 0xEF || (line[start] & 0xFF) == 0xBB
                || (line[start] & 0xFF) == 0xBF)) {
            start++;
        }
        if (start == end) {
            return;
        }
        if (!headerSkipped) {
            headerSkipped = true;
            return;
        }
        decodeRow(start, end, length);
    }

    private void decodeRow(int start, int end, long length) {
        if (point == 0) {
            point = header.delimiter() != ',' && contains(start, end, (byte) ',') ? (byte) ',' : (byte) '.';
        }
        int n = Delimiters.split(line, start, end, header.delimiter(), fieldStart, fieldEnd);
        if (n < fieldStart.length) {
            listener.malformed(new Malformed(lineStart, length, n + " fields, expected at least " + fieldStart.length));
            return;
        }
        double t = field(header.timeColumn());
        int[] a = header.axes();
        double x = field(a[0]), y = field(a[1]), z = field(a[2]);
        if (Double.isNaN(t) || Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(z)) {
            listener.malformed(new Malformed(lineStart, length, "a field is not a number"));
            return;
        }
        double us = t * header.timeToUs();
        if (!(Math.abs(us) <= TextClock.MAX_TIME_US)) {
            listener.malformed(new Malformed(lineStart, length, "time out of range"));
            return;
        }
        long timeUs = Math.round(us);
        if (held) {
            held = false;
            if (timeUs >= lastTimeUs && timeUs < heldTimeUs) {
                listener.malformed(new Malformed(heldAt, heldLength, "time jumped and came back (a corrupt timestamp)"));
            } else {
                lastTimeUs = heldTimeUs;
                listener.row(heldTimeUs, heldX, heldY, heldZ);
            }
        }
        if (lastTimeUs != Long.MIN_VALUE && timeUs <= lastTimeUs) {
            listener.malformed(new Malformed(lineStart, length, timeUs == lastTimeUs ? "repeated timestamp" : "time went backwards"));
            return;
        }
        if (lastTimeUs != Long.MIN_VALUE && timeUs - lastTimeUs > HOLD_JUMP_US) {
            held = true;
            heldTimeUs = timeUs;
            heldX = x;
            heldY = y;
            heldZ = z;
            heldAt = lineStart;
            heldLength = length;
            return;
        }
        lastTimeUs = timeUs;
        listener.row(timeUs, x, y, z);
    }

    private double field(int column) {
        return DecimalParser.parse(line, fieldStart[column], fieldEnd[column], point);
    }

    private boolean contains(int start, int end, byte b) {
        for (int i = start; i < end; i++) {
            if (line[i] == b) {
                return true;
            }
        }
        return false;
    }
}
