package dev.rowcoach.formats;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.protocol.phone.PhoneProbes;
import dev.rowcoach.protocol.phone.PhyphoxLiveDecoder;
import dev.rowcoach.protocol.phone.SensorLoggerPushDecoder;
import dev.rowcoach.protocol.rowcoach.RowcoachDecoder;
import dev.rowcoach.protocol.text.TextDecoder;
import dev.rowcoach.protocol.witmotion.WitMotionDecoder;
import dev.rowcoach.recording.RecordingDecoder;
import dev.rowcoach.sensor.StreamListener;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of wire formats: each {@link WireFormat} is registered here once, with its probe and decoder, and
 * everything that lists formats (detection, {@code --input-format} and {@code --protocol} help and checks, error
 * messages, which protocols a live sensor may speak) is derived from it. Adding a format is its package plus one
 * line below; a {@link WireFormat} without a registration stops the program at start-up (and fails the build's
 * tests) rather than being silently never detected.
 */
public final class Formats {

    /** In the order probes run (on a tie the first wins) and formats are listed. */
    private static final List<Format> ALL = List.of(
            new Format(WireFormat.RECORDING, (h, n, s) -> RecordingDecoder.probe(h, n), null, "a rowcoach recording"),
            new Format(WireFormat.ROWCOACH, (h, n, s) -> RowcoachDecoder.probe(h, n), RowcoachDecoder::new, "rowcoach frames"),
            new Format(WireFormat.ASCII, (h, n, s) -> TextDecoder.probeAscii(h, n),
                    (s, l) -> new TextDecoder(WireFormat.ASCII, s, l), "rowcoach ASCII"),
            new Format(WireFormat.WITMOTION, (h, n, s) -> WitMotionDecoder.probe(h, n), WitMotionDecoder::new,
                    "WitMotion packets"),
            new Format(WireFormat.PHYPHOX_LIVE, PhoneProbes::phyphox, PhyphoxLiveDecoder::new,
                    "phyphox remote-interface responses"),
            new Format(WireFormat.SENSOR_LOGGER_LIVE, PhoneProbes::sensorLogger, SensorLoggerPushDecoder::new,
                    "Sensor Logger pushed batches"),
            new Format(WireFormat.CSV, TextDecoder::probeCsv, (s, l) -> new TextDecoder(WireFormat.CSV, s, l), "CSV"),
            new Format(WireFormat.SENSOR_LOGGER, null, null, "a Sensor Logger export"),
            new Format(WireFormat.PHYPHOX, null, null, "a phyphox export"),
            new Format(WireFormat.METABASE, null, null, "a MetaBase export"));

    private static final Map<WireFormat, Format> BY_ID = index();

    private Formats() {
    }

    /** Every format, in registry order. */
    public static List<Format> all() {
        return ALL;
    }

    public static Format of(WireFormat id) {
        return BY_ID.get(id);
    }

    /** The formats of {@code kind}, in registry order. */
    public static List<Format> ofKind(WireFormat.Kind kind) {
        return ALL.stream().filter(f -> f.id().kind() == kind).toList();
    }

    /** The ids of {@code formats} as a user reads a list of choices: "a, b or c". */
    public static String choices(List<Format> formats) {
        return either(formats.stream().map(f -> f.id().id()).toList());
    }

    /** {@code words} as a sentence lists alternatives: "a, b or c" (one word alone as it is). */
    public static String either(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /**
     * A decoder for {@code format}.
     *
     * @throws IllegalArgumentException for {@link WireFormat#RECORDING}, which is a container of another
     *                                  format and is opened by the recording package, and for app exports
     *                                  ({@link WireFormat#isExport()}), which are several files
     */
    public static Decoder decoder(WireFormat format, DecoderSettings settings, StreamListener listener) {
        Format f = of(format);
        if (f.decoder() != null) {
            return f.decoder().create(settings, listener);
        }
        if (format.isExport()) {
            throw new IllegalArgumentException(format.id() + " is an app export of several files: read it with source.export");
        }
        throw new IllegalArgumentException("a recording is a container: open it with RecordingDecoder");
    }

    private static Map<WireFormat, Format> index() {
        Map<WireFormat, Format> m = new EnumMap<>(WireFormat.class);
        for (Format f : ALL) {
            if (m.put(f.id(), f) != null) {
                throw new IllegalStateException("format registered twice: " + f.id().id());
            }
            boolean byteStream = !f.id().isExport();
            if (byteStream != (f.probe() != null) || ((f.id().kind() == WireFormat.Kind.SENSOR || f.id().kind() == WireFormat.Kind.PHONE) && f.decoder() == null)) {
                throw new IllegalStateException("format " + f.id().id() + " lacks its probe or decoder");
            }
        }
        List<String> missing = new ArrayList<>();
        for (WireFormat w : WireFormat.values()) {
            if (!m.containsKey(w)) {
                missing.add(w.id());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("formats without a registration in Formats: " + missing);
        }
        return m;
    }
}
