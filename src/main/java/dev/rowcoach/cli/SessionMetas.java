package dev.rowcoach.cli;

import dev.rowcoach.history.ContentHash;
import dev.rowcoach.history.SessionMeta;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.recording.RecordingHeader;
import dev.rowcoach.recording.RecordingReader;
import dev.rowcoach.session.SessionReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.rowcoach.source.SensorFile;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** What the history keeps about a replayed file besides its analysis. */
final class SessionMetas {

    private SessionMetas() {
    }

    /**
     * The session details of {@code file} as replayed into {@code report}: its content hash; when it was performed
     * (a recording's start, else the file's modification time in this machine's time zone); the athlete and notes
     * given (null: the recording header's).
     *
     * @throws IOException when the file cannot be read again
     */
    static SessionMeta of(SensorFile input, SessionReport report, String athlete, String notes) throws IOException {
        if (input.isStream()) {
            // Read once: its hash and header were taken as it was decoded; it has no modification time.
            RecordingHeader header = input.streamedHeader();
            return new SessionMeta(input.streamedSha256(), input.path().toString(),
                    header != null ? header.startedAt() : OffsetDateTime.now(),
                    athlete != null ? athlete : header != null ? header.athlete() : null,
                    notes != null ? notes : header != null ? header.notes() : null);
        }
        return of(input.path(), report, athlete, notes);
    }

    /** The session details of the file at {@code file}, read again for its hash (and header). */
    static SessionMeta of(Path file, SessionReport report, String athlete, String notes) throws IOException {
        String sha = ContentHash.sha256(file);
        RecordingHeader header = null;
        if (WireFormat.RECORDING.id().equals(report.source().format())) {
            try {
                header = RecordingReader.readHeader(file);
            } catch (RecordingException e) {
                // The replay already read this header; a file changed since is dated by its modification time.
                header = null;
            }
        }
        OffsetDateTime performed = header != null ? header.startedAt()
                : OffsetDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        return new SessionMeta(sha, file.toString(), performed,
                athlete != null ? athlete : header != null ? header.athlete() : null,
                notes != null ? notes : header != null ? header.notes() : null);
    }
}
