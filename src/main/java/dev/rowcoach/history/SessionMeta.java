package dev.rowcoach.history;

import java.time.OffsetDateTime;

/**
 * What the history keeps about a session besides its analysis.
 *
 * @param contentSha256 SHA-256 of the recording file's bytes, 64 lower-case hex digits: the session's identity
 *                      (a recording stored again replaces its earlier analysis instead of adding a session)
 * @param recordingPath the recording as the user named it (the source of truth; {@code history --rebuild} re-reads it)
 * @param performedAt   when the session took place (a recording's start, else the file's modification time),
 *                      with the lifter's UTC offset: weeks are counted in that local date
 * @param athlete       who lifted, or null
 * @param notes         free text, or null
 * @throws IllegalArgumentException when the hash is not 64 hex digits or a required field is missing
 */
public record SessionMeta(String contentSha256, String recordingPath, OffsetDateTime performedAt, String athlete,
                          String notes) {

    public SessionMeta {
        if (contentSha256 == null || !contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 must be 64 lower-case hex digits, got " + contentSha256);
        }
        if (recordingPath == null || performedAt == null) {
            throw new IllegalArgumentException("recordingPath and performedAt are required");
        }
    }
}
