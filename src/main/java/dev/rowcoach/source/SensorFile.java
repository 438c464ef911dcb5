package dev.rowcoach.source;

import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.recording.RecordingDecoder;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.source.export.AppExport;
import dev.rowcoach.source.export.ExportException;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.InputStream;
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

    private SensorFile(Path path, WireFormat format, DecoderSettings settings, AppExport export) {
        this.path = path;
        this.format = format;
        this.settings = settings;
        this.export = export;
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
            return new SensorFile(path, forced, settings, null);
        }
        AppExport export = AppExport.find(path, head, len);
        if (export != null) {
            if (forced != null && forced != export.format()) {
                throw new UnrecognisedFormatException("is a " + export.format().id() + " export, not " + forced.id(), List.of(forced.id()));
            }
            Logger.info("{}: detected a {} export", path, export.format().id());
            return new SensorFile(path, export.format(), settings, export);
        }
        if (forced != null) {
            throw new UnrecognisedFormatException("not a " + forced.id() + " export", List.of(forced.id()));
        }
        WireFormat format = FormatDetector.detect(head, len, settings);
        Logger.info("{}: detected {} from its first {} bytes", path, format.id(), len);
        return new SensorFile(path, format, settings, null);
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
}
