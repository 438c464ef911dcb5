package dev.rowcoach.source;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.protocol.rowcoach.RowcoachDecoder;
import dev.rowcoach.protocol.text.TextDecoder;
import dev.rowcoach.protocol.witmotion.WitMotionDecoder;
import dev.rowcoach.recording.RecordingDecoder;

import org.tinylog.Logger;

import java.util.List;

/**
 * Recognises a wire format from the first bytes of a stream, by content: each format's probe scores
 * how sure it is (0–100) and the most confident one at or above {@value #MIN_CONFIDENCE} wins.
 */
public final class FormatDetector {

    /** Bytes of the head handed to the probes. */
    public static final int HEAD_BYTES = 64 * 1024;
    static final int MIN_CONFIDENCE = 50;
    private static final List<String> TRIED = List.of("recording", "rowcoach", "ascii", "witmotion",
            "sensor-logger", "phyphox", "metabase", "csv");

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
        int[] scores = {
            RecordingDecoder.probe(head, len),
            RowcoachDecoder.probe(head, len),
            TextDecoder.probeAscii(head, len),
            WitMotionDecoder.probe(head, len),
            TextDecoder.probeCsv(head, len, settings),
        };
        WireFormat[] formats = {WireFormat.RECORDING, WireFormat.ROWCOACH, WireFormat.ASCII, WireFormat.WITMOTION, WireFormat.CSV};
        for (int i = 0; i < scores.length; i++) {
            Logger.debug("format probe {}: {} of 100", formats[i].id(), scores[i]);
            if (scores[i] > bestScore) {
                bestScore = scores[i];
                best = formats[i];
            }
        }
        if (best == null) {
            throw new UnrecognisedFormatException("not a recognised sensor recording", TRIED);
        }
        return best;
    }
}
