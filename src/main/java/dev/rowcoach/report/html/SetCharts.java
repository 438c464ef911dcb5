package dev.rowcoach.report.html;

import dev.rowcoach.grading.ExerciseProfile;
import dev.rowcoach.grading.Grade;
import dev.rowcoach.motion.BarPath;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.SetReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;

/**
 * The three charts of a set, each an inline SVG: mean concentric velocity per rep, the bar path of every rep
 * overlaid, and the estimated torso swing per rep against the profile's thresholds. Reps are coloured by grade
 * ({@link GradePaint}). A value that could not be computed is left out of its chart, never drawn as 0.
 */
final class SetCharts {

    /** The bar-path chart's horizontal axis spans at least this much, m, so a few cm of sway look like a few cm. */
    static final double PATH_MIN_HORIZONTAL_SPAN_M = 0.3;

    private SetCharts() {
    }

    /** Mean concentric velocity per rep, m/s, as bars coloured by grade, with the grade legend. */
    static String velocity(SetReport set, String id) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RepReport r : set.reps()) {
            data.addValue(finite(r.meanConcentricVelocityMps()), "mean concentric velocity", label(r, set.reps().size()));
        }
        return ChartSvg.svg(gradedBars(set.reps(), data, "mean concentric velocity, m/s"), id);
    }

    /**
     * The estimated torso swing per rep, degrees, as bars coloured by grade, with the profile's thresholds as
     * lines: below the strict one a rep is strict, above the cheat one excessive.
     */
    static String sway(SetReport set, ExerciseProfile profile, String id) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double highest = profile.cheatMaxDeg();
        for (RepReport r : set.reps()) {
            Double swing = r.sway() == null ? null : finite(r.sway().torsoSwingDeg());
            data.addValue(swing, "estimated torso swing", label(r, set.reps().size()));
            if (swing != null) {
                highest = Math.max(highest, swing);
            }
        }
        JFreeChart chart = gradedBars(set.reps(), data, "estimated torso swing, °");
        CategoryPlot plot = chart.getCategoryPlot();
        plot.addRangeMarker(threshold(profile.strictMaxDeg(), "strict below " + degrees(profile.strictMaxDeg()),
                GradePaint.STRICT));
        plot.addRangeMarker(threshold(profile.cheatMaxDeg(), "excessive above " + degrees(profile.cheatMaxDeg()),
                GradePaint.EXCESSIVE));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperBound(highest * 1.15);
        return ChartSvg.svg(chart, id);
    }

    /**
     * Every rep's bar path, vertical against horizontal displacement from the concentric start (m), one line per
     * rep coloured by its grade. The horizontal axis spans at least {@value #PATH_MIN_HORIZONTAL_SPAN_M} m.
     */
    static String barPath(SetReport set, String id) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        double minH = 0, maxH = 0;
        for (RepReport r : set.reps()) {
            BarPath p = r.path();
            if (p.size() < 2) {
                continue;
            }
            XYSeries s = new XYSeries("rep " + r.index(), false, true);
            for (int i = 0; i < p.size(); i++) {
                s.add(p.horizontalM(i), p.verticalM(i));
                minH = Math.min(minH, p.horizontalM(i));
                maxH = Math.max(maxH, p.horizontalM(i));
            }
            data.addSeries(s);
        }
        NumberAxis horizontal = new NumberAxis("horizontal, m");
        NumberAxis vertical = new NumberAxis("vertical, m");
        XYPlot plot = new XYPlot(data, horizontal, vertical, renderer);
        plot.setNoDataMessage("no bar path");
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartSvg.style(chart);
        plot.setFixedLegendItems(GradePaint.legend());
        int series = 0;
        for (RepReport r : set.reps()) {
            if (r.path().size() >= 2) {
                renderer.setSeriesPaint(series, GradePaint.of(r.grade()));
                renderer.setSeriesStroke(series, new BasicStroke(1.8f));
                series++;
            }
        }
        double span = Math.max(PATH_MIN_HORIZONTAL_SPAN_M, (maxH - minH) * 1.1);
        double centre = 0.5 * (minH + maxH);
        horizontal.setAutoRange(false);
        horizontal.setRange(centre - span / 2, centre + span / 2);
        return ChartSvg.svg(chart, id);
    }

    /** A bar chart of one value per rep (the dataset's one row), each bar in its rep's grade colour. */
    private static JFreeChart gradedBars(List<RepReport> reps, DefaultCategoryDataset data, String valueLabel) {
        Paint[] paints = new Paint[reps.size()];
        for (int i = 0; i < paints.length; i++) {
            paints[i] = GradePaint.of(reps.get(i).grade());
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return paints[column];
            }
        };
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("rep"), new NumberAxis(valueLabel), renderer);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartSvg.style(chart);
        renderer.setMaximumBarWidth(0.08);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setCategoryMargin(0.25);
        // Rep numbers may be wider than their bar's slot (a long set on a narrow chart): let them overflow it,
        // smaller, rather than be cut to "…" (and past 15 reps only rep 1 and every fifth are numbered).
        axis.setMaximumCategoryLabelWidthRatio(3f);
        if (reps.size() > 12) {
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }
        plot.setFixedLegendItems(GradePaint.legend());
        return chart;
    }

    private static ValueMarker threshold(double deg, String label, Color colour) {
        ValueMarker m = new ValueMarker(deg, colour, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        m.setLabelPaint(colour.darker());
        m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return m;
    }

    /** A rep's category: ordered by its number, labelled with it unless {@code labelled} is false. */
    record RepKey(int index, boolean labelled) implements Comparable<RepKey> {

        @Override
        public int compareTo(RepKey o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return labelled ? Integer.toString(index) : "";
        }
    }

    /** The rep's category: every rep numbered in sets of up to 15, else rep 1 and every fifth. */
    private static RepKey label(RepReport r, int reps) {
        return new RepKey(r.index(), reps <= 15 || r.index() == 1 || r.index() % 5 == 0);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String degrees(double deg) {
        return deg == Math.rint(deg) ? String.format(Locale.ROOT, "%.0f°", deg) : String.format(Locale.ROOT, "%.1f°", deg);
    }
}
