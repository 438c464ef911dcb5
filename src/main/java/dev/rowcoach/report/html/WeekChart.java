package dev.rowcoach.report.html;

import dev.rowcoach.coach.WeekSummary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Hard sets of rows per ISO week as bars, against the guidance band of {@value WeekSummary#GUIDANCE_MIN_SETS}–
 * {@value WeekSummary#GUIDANCE_MAX_SETS} hard sets a week (shaded), as an inline SVG.
 */
final class WeekChart {

    static final Color BARS = new Color(0x0072B2);
    static final Color BAND = new Color(0x009E73);
    /** The band's shading: {@link #BAND} at 18 % on white (a marker's alpha would fade its label too). */
    static final Color BAND_FILL = new Color(0xD1EEE6);

    private WeekChart() {
    }

    /** The chart of {@code weeks} (oldest first, at least one). */
    static String of(List<WeekSummary> weeks, String id) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int most = 0;
        for (WeekSummary w : weeks) {
            // "W02": short enough to stay level on a phone; the page's table beside it has the full "2026-W02".
            data.addValue(w.hardSets(), "hard sets", w.week().substring(w.week().indexOf('W')));
            most = Math.max(most, w.hardSets());
        }
        BarRenderer renderer = new BarRenderer();
        CategoryAxis weekAxis = new CategoryAxis(years(weeks));
        NumberAxis sets = new NumberAxis("hard sets");
        CategoryPlot plot = new CategoryPlot(data, weekAxis, sets, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartSvg.style(chart);
        renderer.setSeriesPaint(0, BARS);
        renderer.setMaximumBarWidth(0.1);
        sets.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        sets.setRange(0, Math.max(WeekSummary.GUIDANCE_MAX_SETS + 3, most + 2));
        IntervalMarker band = new IntervalMarker(WeekSummary.GUIDANCE_MIN_SETS, WeekSummary.GUIDANCE_MAX_SETS);
        band.setPaint(BAND_FILL);
        band.setLabel("guidance " + WeekSummary.GUIDANCE_MIN_SETS + "–" + WeekSummary.GUIDANCE_MAX_SETS);
        band.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        band.setLabelPaint(BAND.darker());
        band.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(band, Layer.BACKGROUND);
        return ChartSvg.svg(chart, id);
    }

    /** The axis label: "ISO week of 2026", or "ISO week of 2025–2026" across a new year. */
    private static String years(List<WeekSummary> weeks) {
        String first = weeks.get(0).week().substring(0, 4);
        String last = weeks.get(weeks.size() - 1).week().substring(0, 4);
        return "ISO week of " + (first.equals(last) ? first : first + "–" + last);
    }
}
