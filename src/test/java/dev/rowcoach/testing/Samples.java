package dev.rowcoach.testing;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.rowcoach.RowcoachDecoder;
import dev.rowcoach.protocol.witmotion.WitMotionDecoder;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.recording.RecordingReader;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Samples and bytes out of rowcoach streams and recordings, for comparing what was sent with what was kept. */
public final class Samples {

    private Samples() {
    }

    /** The samples of a rowcoach binary stream. */
    public static List<Sample> ofRowcoach(byte[] bytes) {
        List<Sample> out = new ArrayList<>();
        Decoder d = new RowcoachDecoder(DecoderSettings.DEFAULTS, (StreamListener) out::add);
        d.feed(bytes, 0, bytes.length);
        d.finish();
        return out;
    }

    /** The samples of a WitMotion stream (standard or BLE packets), on its default 200 Hz clock. */
    public static List<Sample> ofWitMotion(byte[] bytes) {
        List<Sample> out = new ArrayList<>();
        Decoder d = new WitMotionDecoder(DecoderSettings.DEFAULTS, (StreamListener) out::add);
        d.feed(bytes, 0, bytes.length);
        d.finish();
        return out;
    }

    /** The samples a recording decodes to. */
    public static List<Sample> ofRecording(Path file) {
        List<Sample> out = new ArrayList<>();
        RecordingReader.read(file, (StreamListener) out::add, RecordingListener.NONE, Formats::decoder);
        return out;
    }

    /** The sensor bytes a recording holds (its DATA payloads, concatenated). */
    public static byte[] bytesOfRecording(Path file) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        RecordingReader.read(file, (StreamListener) s -> { }, new RecordingListener() {
            @Override
            public void data(long hostOffsetUs, byte[] buf, int off, int len) {
                b.write(buf, off, len);
            }
        }, Formats::decoder);
        return b.toByteArray();
    }
}
