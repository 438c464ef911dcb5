package dev.rowcoach.cli;

import dev.rowcoach.coach.HardSetRule;
import dev.rowcoach.report.ReportJson;
import dev.rowcoach.report.ReportText;
import dev.rowcoach.report.html.ReportHtml;
import dev.rowcoach.session.SessionReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** How a session report is coached and written (shared by replay and report). */
final class ReportOptions {

    enum Format { text, json, html }

    enum When { auto, always, never }

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); html is one self-contained page with charts.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the report to OUT instead of standard output: a file is replaced atomically, a symbolic link's "
                    + "target likewise, a FIFO or device is written in place; - is standard output.")
    Path outFile;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Colour the text report's grades: auto (on a terminal, unless NO_COLOR is set), always or "
                    + "never (default: ${DEFAULT-VALUE}).")
    When color;

    @Option(names = "--no-color", description = "Plain text, the same as --color never.")
    boolean noColor;

    @Option(names = "--mvt", paramLabel = "M/S",
            description = "Minimum velocity threshold for the one-rep maximum estimate: mean velocity of a one-rep "
                    + "maximum, m/s (default: 0.52, the prone bench pull's; docs/COACHING.md).")
    Double mvtMps;

    /** @throws UserException (exit 2) when an option is out of range */
    void validate() throws UserException {
        if (mvtMps != null && !(mvtMps >= 0.05 && mvtMps <= 2)) {
            throw new UserException("--mvt must be a velocity of 0.05–2 m/s, not " + mvtMps, ExitCode.USAGE_OR_INPUT);
        }
    }

    /** What goes to the output: one report or several, in the chosen format. */
    interface Reports {
        void writeTo(Writer w) throws IOException, UserException;
    }

    /**
     * Writes {@code report} in the chosen format to {@code -o}, else to the command's standard output; the HTML page
     * also shows {@code details} and the weeks of the report's training review.
     */
    void write(SessionReport report, ReportHtml.Details details, CommandSpec spec) throws UserException {
        RunContext context = RowcoachCommand.context(spec);
        write(w -> render(report, details, w, context), spec);
    }

    /** Writes what {@code reports} writes to {@code -o} (replaced once, when all is written), else to standard output. */
    void write(Reports reports, CommandSpec spec) throws UserException {
        RunContext context = RowcoachCommand.context(spec);
        if (outFile != null && !OutputFiles.isStandardOutput(outFile)) {
            OutputFiles.write(outFile, context.out(), o -> {
                Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                reports.writeTo(w);
                w.flush();
            });
        } else {
            // Failures of standard output are kept by it and end the command with exit 3 (Main).
            PrintWriter out = spec.commandLine().getOut();
            try {
                reports.writeTo(out);
            } catch (IOException e) {
                throw new UserException("cannot write the output: " + OutputFiles.reason(e), ExitCode.IO);
            }
            out.flush();
        }
    }

    /** The report in the chosen format; the HTML page is written as it is rendered, a set at a time. */
    void render(SessionReport report, ReportHtml.Details details, Writer w, RunContext context) throws IOException {
        switch (format) {
            case json -> w.write(ReportJson.toJson(report) + "\n");
            case html -> ReportHtml.render(report, details,
                    report.training() == null ? List.of() : report.training().weeks(), HardSetRule.DEFAULTS, w);
            case text -> w.write(ReportText.render(report, colour(context)));
        }
    }

    private boolean colour(RunContext context) {
        if (noColor || outFile != null && !OutputFiles.isStandardOutput(outFile) || color == When.never) {
            return false;
        }
        return color == When.always
                || context.terminal() && context.env("NO_COLOR") == null && !"dumb".equals(context.env("TERM"));
    }
}
