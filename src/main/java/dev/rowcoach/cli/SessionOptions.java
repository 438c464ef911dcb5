package dev.rowcoach.cli;

import picocli.CommandLine.Option;

/** Who lifted and notes on the session, kept with it (shared by replay, convert and live). */
final class SessionOptions {

    @Option(names = "--athlete", paramLabel = "NAME",
            description = "Who lifted, kept with the session (replay: default the recording's).")
    String athlete;

    @Option(names = "--notes", paramLabel = "TEXT",
            description = "Free text, kept with the session (replay: default the recording's).")
    String notes;
}
