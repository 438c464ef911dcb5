package dev.rowcoach.source;

import dev.rowcoach.formats.Format;
import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import org.tinylog.Logger;

import java.util.List;
import java.util.stream.Stream;

/**
 * Recognises a wire format from the first bytes of a stream, by content: each registered format's probe scores
 * how sure it is (0–100) and the most confident one at or above {@value #MIN_CONFIDENCE} wins (on a tie, the
 * first in {@link Formats}' order).
 */
public final class FormatDetector {

    /** Bytes of the head handed to the probes. */
    public static final int HEAD_BYTES = 64 * 1024;
    static final int MIN_CONFIDENCE = 50;
    /** What a failed detection says it tried: every format, the generic CSV (the fallback) last. */
    private static final List<String> TRIED = Stream.concat(
            Formats.all().stream().filter(f -> f.id().kind() != WireFormat.Kind.GENERIC),
            Formats.ofKind(WireFormat.Kind.GENERIC).stream()).map(f -> f.id().id()).toList();

    private FormatDetector() {
    }

    /**
     * The format of a stream starting with {@code head[0..len)}.
     *
     * @throws UnrecognisedFormatException when no probe is confident enough
     */
    public static WireFormat detect(byte[] head, int len, DecoderSettings settings) throws UnrecognisedFormatException {
        if (len == 0) {
            throw new UnrecognisedFormatException("not a recognised sensor recording: the file is empty", TRIED);
        }
        WireFormat best = null;
        int bestScore = MIN_CONFIDENCE - 1;
        for (Format f : Formats.all()) {
            if (f.probe() == null) {
                continue;
            }
            int score = f.probe().score(head, len, settings);
            Logger.debug("format probe {}: {} of 100", f.id().id(), score);
            if (score > bestScore) {
                bestScore = score;
                best = f.id();
            }
        }
        if (best == null) {
            throw new UnrecognisedFormatException("not a recognised sensor recording", TRIED);
        }
        return best;
    }
}
