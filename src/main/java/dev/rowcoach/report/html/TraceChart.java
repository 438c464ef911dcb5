package dev.rowcoach.report.html;

import dev.rowcoach.session.DiscardedMovement;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.session.SourceInfo;
import dev.rowcoach.session.VelocityTrace;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * What the rep detector saw in a set: its vertical velocity over time, each counted rep shaded in its grade's colour
 * and numbered, each hole in the data shaded grey ("no data"), and each movement the analysis did not count shaded
 * and labelled "not counted" with its number in the list of reasons under the chart. An inline SVG as wide as the
 * set's card.
 */
final class TraceChart {

    /** The chart's canvas, wider than the others: a set's time runs along it. */
    static final int WIDTH = 840, HEIGHT = 300;
    private static final Color HOLE = new Color(0x555555);
    private static final Color NOT_COUNTED = new Color(0x0072B2);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private TraceChart() {
    }

    /** The trace of {@code set} with the holes of {@code gaps} (the session's) that fall in it. */
    static String of(SetReport set, List<SourceInfo.GapInfo> gaps, String id) {
        VelocityTrace trace = set.trace();
        XYSeries line = new XYSeries("vertical velocity", false, true);
        for (int i = 0; i < trace.size(); i++) {
            double v = trace.velocityMps(i);
            line.add(trace.timeS(i), Double.isNaN(v) ? null : v);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One path element rather than one line element per segment: a tenth of the bytes. A null point (a hole)
        // starts a new sub-path, so the line still breaks there.
        renderer.setDrawSeriesLineAsPath(true);
        NumberAxis time = new NumberAxis("time, s");
        time.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(line), time, new NumberAxis("vertical velocity, m/s"), renderer);
        plot.setNoDataMessage("no trace");
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartSvg.style(chart);
        renderer.setSeriesPaint(0, new Color(0x222222));
        renderer.setSeriesStroke(0, new BasicStroke(1.2f));
        plot.addRangeMarker(new ValueMarker(0, new Color(0x999999), new BasicStroke(1f)));
        for (RepReport r : set.reps()) {
            Color c = GradePaint.of(r.grade());
            plot.addDomainMarker(label(new IntervalMarker(r.concentricStartS(), r.endS(),
                    new Color(c.getRed(), c.getGreen(), c.getBlue(), 70)), Integer.toString(r.index()), c.darker(),
                    RectangleAnchor.TOP), Layer.BACKGROUND);
        }
        int n = 0;
        for (DiscardedMovement d : set.discarded()) {
            n++;
            plot.addDomainMarker(label(new IntervalMarker(d.concentricStartS(), d.endS(), new Color(0, 114, 178, 40)),
                    "not counted (" + n + ")", NOT_COUNTED, RectangleAnchor.BOTTOM), Layer.BACKGROUND);
        }
        double from = trace.size() > 0 ? trace.timeS(0) : set.startS();
        double to = trace.size() > 0 ? trace.timeS(trace.size() - 1) : set.endS();
        for (SourceInfo.GapInfo g : gaps) {
            if (g.endS() < from || g.startS() > to) {
                continue;
            }
            Marker m = g.endS() > g.startS()
                    ? new IntervalMarker(g.startS(), g.endS(), new Color(85, 85, 85, 110))
                    : new ValueMarker(g.startS(), HOLE, new BasicStroke(2f));
            plot.addDomainMarker(label(m, "no data", HOLE, RectangleAnchor.CENTER), Layer.FOREGROUND);
        }
        return ChartSvg.svg(chart, id, WIDTH, HEIGHT);
    }

    private static Marker label(Marker m, String text, Color colour, RectangleAnchor where) {
        m.setLabel(text);
        m.setLabelFont(LABEL);
        m.setLabelPaint(colour);
        m.setLabelAnchor(where);
        m.setLabelTextAnchor(where == RectangleAnchor.TOP ? TextAnchor.TOP_CENTER
                : where == RectangleAnchor.BOTTOM ? TextAnchor.BOTTOM_CENTER : TextAnchor.CENTER);
        return m;
    }
}
