package dev.rowcoach.cli;

import dev.rowcoach.history.HardSetRule;
import dev.rowcoach.history.History;
import dev.rowcoach.history.HistoryException;
import dev.rowcoach.history.SessionMeta;
import dev.rowcoach.history.WeekSummary;
import dev.rowcoach.report.SessionReport;
import dev.rowcoach.report.html.ReportHtml;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The HTML page of a replayed session, with the weekly chart read from the training history. */
final class ReplayHtml {

    /** How many ISO weeks the page's weekly chart shows, the current one last. */
    static final int WEEKS = 8;

    private ReplayHtml() {
    }

    /**
     * The page of {@code report} of {@code file}: the athlete and notes given (null: the recording's), and, unless
     * {@code readHistory} is false, the last {@value #WEEKS} weeks of the history {@code options} name for that
     * athlete (everyone's when unnamed), up to today. A history that cannot be read costs only the weekly chart:
     * one warning line on {@code err}.
     */
    static String render(Path file, SessionReport report, String athlete, String notes, HistoryOptions options,
                         boolean readHistory, PrintWriter err) {
        ReportHtml.Details details;
        try {
            SessionMeta meta = SessionMetas.of(file, report, athlete, notes);
            details = new ReportHtml.Details(meta.athlete(), meta.notes(), meta.performedAt());
        } catch (IOException e) {
            details = new ReportHtml.Details(athlete, notes, null);
        }
        List<WeekSummary> weeks = List.of();
        if (readHistory) {
            LocalDate today = LocalDate.now();
            try (History h = History.open(options.path())) {
                weeks = WeekSummary.of(h.sessions(details.athlete(), today.minusWeeks(WEEKS)), today, WEEKS,
                        HardSetRule.DEFAULTS);
            } catch (HistoryException e) {
                err.println("rowcoach: warning: the report has no weekly chart: " + e.getMessage());
                err.flush();
            }
        }
        return ReportHtml.render(report, details, weeks, HardSetRule.DEFAULTS);
    }
}
