package dev.rowcoach.cli;

import dev.rowcoach.recording.RecordingException;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.source.UnrecognisedFormatException;
import dev.rowcoach.source.export.ExportException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens input files for commands, turning every failure into a one-line {@link UserException}. */
final class Inputs {

    private Inputs() {
    }

    /** Opens {@code path}; {@code -} is {@code stdin}, the run's standard input. */
    static SensorFile open(Path path, InputOptions options, InputStream stdin) throws UserException {
        try {
            if (path.toString().equals("-")) {
                return SensorFile.open(stdin, path, options.forcedFormat, options.settings());
            }
            return SensorFile.open(path, options.forcedFormat, options.settings());
        } catch (UnrecognisedFormatException e) {
            throw new UserException(path + ": " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        } catch (IOException e) {
            throw readFailure(path, e);
        }
    }

    /**
     * Decodes all of {@code file}, turning read failures and a file that is not what it claimed to be
     * into one-line errors.
     */
    static void decode(SensorFile file, StreamListener listener, RecordingListener recordingListener) throws UserException {
        try {
            file.decode(listener, recordingListener);
        } catch (IOException e) {
            throw readFailure(file.path(), e);
        } catch (RecordingException e) {
            throw new UserException(file.path() + ": " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
    }

    /** The one-line error for a file that could not be read. */
    static UserException readFailure(Path path, IOException e) {
        if (e instanceof ExportException) {
            return new UserException(path + ": " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        if (e instanceof NoSuchFileException) {
            return new UserException(path + ": no such file", ExitCode.USAGE_OR_INPUT);
        }
        if (e instanceof AccessDeniedException) {
            return new UserException(path + ": permission denied", ExitCode.USAGE_OR_INPUT);
        }
        return new UserException(path + ": cannot read: " + e.getMessage(), ExitCode.IO);
    }
}
