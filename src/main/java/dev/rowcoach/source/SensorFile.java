package dev.rowcoach.source;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.recording.RecordingDecoder;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.recording.RecordingEvent;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.source.export.AppExport;
import dev.rowcoach.source.export.ExportException;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A recorded sensor file: its detected (or forced) format and a streaming decode of its bytes in
 * fixed-size chunks, so memory stays bounded whatever the file's size.
 */
public final class SensorFile {

    private static final int CHUNK_BYTES = 64 * 1024;

    private final Path path;
    private final WireFormat format;
    private final DecoderSettings settings;
    /** The app export behind {@code path}, or null for a single byte stream. */
    private final AppExport export;
    /** A pipe, FIFO or device read once: its head (read for detection) and the rest; null for a file. */
    private final Streamed stream;

    /** A stream that can be read only once: what detection read of it, and, once decoded, what it held. */
    private static final class Streamed {
        final InputStream in;
        final byte[] head;
        final int headLen;
        boolean decoded;
        String sha256;
        RecordingHeader header;

        Streamed(InputStream in, byte[] head, int headLen) {
            this.in = in;
            this.head = head;
            this.headLen = headLen;
        }
    }

    private SensorFile(Path path, WireFormat format, DecoderSettings settings, AppExport export, Streamed stream) {
        this.path = path;
        this.format = format;
        this.settings = settings;
        this.export = export;
        this.stream = stream;
    }

    /**
     * Opens a stream that can be read only once (standard input, a FIFO, a device): its format is detected from its
     * first {@value FormatDetector#HEAD_BYTES} bytes, which are kept and decoded first, so nothing is read twice. An
     * app export (several files) cannot come through a stream.
     *
     * @param name what messages call the stream (e.g. {@code -})
     * @throws ExportException             when the stream is a zip archive or {@code forced} is an export
     * @throws UnrecognisedFormatException when no format fits
     */
    public static SensorFile open(InputStream in, Path name, WireFormat forced, DecoderSettings settings)
            throws IOException, UnrecognisedFormatException {
        byte[] head = new byte[FormatDetector.HEAD_BYTES];
        int len = in.readNBytes(head, 0, head.length);
        Streamed stream = new Streamed(in, head, len);
        if (forced != null && forced.isExport() || AppExport.isZip(head, len)) {
            throw new ExportException("an app export or zip archive is read from its files, not from a pipe: give its path");
        }
        WireFormat format = forced != null ? forced : FormatDetector.detect(head, len, settings);
        Logger.info("{}: {} {} from its first {} bytes", name, forced != null ? "reading as" : "detected", format.id(), len);
        return new SensorFile(name, format, settings, null, stream);
    }

    /** Whether this input is a stream that {@link #decode} reads once (see {@link #open(InputStream, Path, WireFormat, DecoderSettings)}). */
    public boolean isStream() {
        return stream != null;
    }

    /** For a {@linkplain #isStream() stream}, the SHA-256 (hex) of all its bytes once decoded, else null. */
    public String streamedSha256() {
        return stream == null ? null : stream.sha256;
    }

    /** For a {@linkplain #isStream() stream} read as a recording, its header once decoded, else null. */
    public RecordingHeader streamedHeader() {
        return stream == null ? null : stream.header;
    }

    /**
     * Opens {@code path}, detecting its format from its content unless {@code forced} is given. A folder,
     * a zip archive, or a CSV of a phone or IMU app is read as that app's export (see {@link AppExport}).
     *
     * @throws IOException                 when the file cannot be read ({@link ExportException} when an
     *                                     export or zip archive is unusable, with the reason)
     * @throws UnrecognisedFormatException when no format fits
     */
    public static SensorFile open(Path path, WireFormat forced, DecoderSettings settings)
            throws IOException, UnrecognisedFormatException {
        if (Files.exists(path) && !Files.isDirectory(path) && !Files.isRegularFile(path)) {
            // A FIFO or a device: opening it twice would hang or lose what the first read took.
            return open(Files.newInputStream(path), path, forced, settings);
        }
        byte[] head = new byte[FormatDetector.HEAD_BYTES];
        int len = 0;
        if (!Files.isDirectory(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                len = in.readNBytes(head, 0, head.length);
            }
        }
        if (forced != null && !forced.isExport()) {
            if (Files.isDirectory(path)) {
                throw new UnrecognisedFormatException("is a directory, not a " + forced.id() + " file", List.of(forced.id()));
            }
            Logger.info("{}: reading as {} (--input-format)", path, forced.id());
            return new SensorFile(path, forced, settings, null, null);
        }
        AppExport export = AppExport.find(path, head, len);
        if (export != null) {
            if (forced != null && forced != export.format()) {
                throw new UnrecognisedFormatException("is a " + export.format().id() + " export, not " + forced.id(), List.of(forced.id()));
            }
            Logger.info("{}: detected a {} export", path, export.format().id());
            return new SensorFile(path, export.format(), settings, export, null);
        }
        if (forced != null) {
            throw new UnrecognisedFormatException("not a " + forced.id() + " export", List.of(forced.id()));
        }
        WireFormat format = FormatDetector.detect(head, len, settings);
        Logger.info("{}: detected {} from its first {} bytes", path, format.id(), len);
        return new SensorFile(path, format, settings, null, null);
    }

    public Path path() {
        return path;
    }

    public WireFormat format() {
        return format;
    }

    public DecoderSettings settings() {
        return settings;
    }

    /** Decodes the whole file into {@code listener}, chunk by chunk, through a {@link StreamGuard}. */
    public void decode(StreamListener listener) throws IOException {
        decode(listener, RecordingListener.NONE);
    }

    /**
     * Decodes the whole file into {@code listener}; for a recording, its header and events also go to
     * {@code recordingListener}.
     *
     * @throws RecordingException when a file read as a recording is not one (bad signature or header)
     */
    public void decode(StreamListener out, RecordingListener recordingListener) throws IOException {
        StreamListener listener = new StreamGuard(out);
        if (export != null) {
            export.decode(listener, settings);
            return;
        }
        if (stream != null) {
            decodeStream(listener, recordingListener);
            return;
        }
        Decoder decoder = format == WireFormat.RECORDING
                ? new RecordingDecoder(listener, recordingListener, Formats::decoder)
                : Formats.decoder(format, settings, listener);
        byte[] chunk = new byte[CHUNK_BYTES];
        long bytes = 0;
        long startNs = System.nanoTime();
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                decoder.feed(chunk, 0, n);
                bytes += n;
            }
        }
        decoder.finish();
        Logger.debug("{}: decoded {} bytes in {} ms", path, bytes, (System.nanoTime() - startNs) / 1_000_000);
    }

    /** Decodes the kept head and then the rest of the stream, hashing every byte on the way. */
    private void decodeStream(StreamListener listener, RecordingListener recordingListener) throws IOException {
        if (stream.decoded) {
            throw new IllegalStateException(path + " is a stream and was already read");
        }
        stream.decoded = true;
        RecordingListener keepHeader = new RecordingListener() {
            @Override
            public void header(RecordingHeader h) {
                stream.header = h;
                recordingListener.header(h);
            }

            @Override
            public void event(RecordingEvent e) {
                recordingListener.event(e);
            }

            @Override
            public void data(long hostOffsetUs, byte[] buf, int off, int len) {
                recordingListener.data(hostOffsetUs, buf, off, len);
            }
        };
        Decoder decoder = format == WireFormat.RECORDING
                ? new RecordingDecoder(listener, keepHeader, Formats::decoder)
                : Formats.decoder(format, settings, listener);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
        digest.update(stream.head, 0, stream.headLen);
        decoder.feed(stream.head, 0, stream.headLen);
        byte[] chunk = new byte[CHUNK_BYTES];
        try (InputStream in = stream.in) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                digest.update(chunk, 0, n);
                decoder.feed(chunk, 0, n);
            }
        }
        decoder.finish();
        stream.sha256 = HexFormat.of().formatHex(digest.digest());
    }
}
