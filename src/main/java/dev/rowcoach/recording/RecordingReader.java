package dev.rowcoach.recording;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.sensor.StreamListener;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads recording files through a {@link RecordingDecoder}, streaming: {@value #CHUNK_BYTES} bytes at a
 * time, so memory stays bounded whatever the file's size.
 */
public final class RecordingReader {

    /** Bytes read from the file at a time. */
    public static final int CHUNK_BYTES = 64 * 1024;

    private RecordingReader() {
    }

    /**
     * Decodes the whole file, the recorded bytes with decoders made by {@code factory} (the production ones are
     * {@code Formats::decoder}); damage goes to {@code listener} as {@link dev.rowcoach.sensor.Malformed}.
     *
     * @return the header, or {@code null} when the file ends before its header is complete
     * @throws RecordingException when the file cannot be read or is not a recording (message names it)
     */
    public static RecordingHeader read(Path file, StreamListener listener, RecordingListener recordingListener,
                                       InnerDecoderFactory factory) {
        RecordingDecoder decoder = new RecordingDecoder(listener, recordingListener, factory);
        pump(file, decoder, false);
        return decoder.header();
    }

    /**
     * Reads only as far as the header: for showing what a recording holds without decoding it.
     *
     * @throws RecordingException when the file cannot be read, is not a recording, or ends before its
     *                            header is complete
     */
    public static RecordingHeader readHeader(Path file) {
        StreamListener ignore = sample -> {
        };
        RecordingDecoder decoder = new RecordingDecoder(ignore, RecordingListener.NONE, (f, s, l) -> IGNORE_BYTES);
        pump(file, decoder, true);
        if (decoder.header() == null) {
            throw new RecordingException(file + ": recording ends before its header is complete");
        }
        return decoder.header();
    }

    private static final Decoder IGNORE_BYTES = new Decoder() {
        @Override
        public void feed(byte[] buf, int off, int len) {
        }

        @Override
        public void finish() {
        }
    };

    private static void pump(Path file, RecordingDecoder decoder, boolean stopAtHeader) {
        byte[] chunk = new byte[CHUNK_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                decoder.feed(chunk, 0, n);
                if (stopAtHeader && decoder.header() != null) {
                    return;
                }
            }
            decoder.finish();
        } catch (IOException e) {
            throw new RecordingException("cannot read recording " + file + ": " + RecordingException.describe(e), e);
        } catch (RecordingException e) {
            throw new RecordingException(file + ": " + e.getMessage(), e);
        }
    }
}
