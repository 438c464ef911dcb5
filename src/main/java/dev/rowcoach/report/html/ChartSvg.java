package dev.rowcoach.report.html;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;

/**
 * The look shared by the report's charts and their rendering to an inline SVG element with JFreeSVG. Charts
 * are drawn on a small canvas ({@value #WIDTH} × {@value #HEIGHT} units) with large fonts, and the SVG carries a
 * view box but no size, so the page scales it to its column: on a 390 px phone the text stays readable.
 */
final class ChartSvg {

    static final int WIDTH = 420;
    static final int HEIGHT = 300;

    private static final StandardChartTheme THEME = theme();

    private ChartSvg() {
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("rowcoach");
        t.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        t.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        t.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        t.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(new Color(0xDDDDDD));
        t.setRangeGridlinePaint(new Color(0xDDDDDD));
        t.setAxisLabelPaint(new Color(0x333333));
        t.setTickLabelPaint(new Color(0x333333));
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        return t;
    }

    /** Applies the report's fonts and colours to {@code chart}; call before setting series paints. */
    static void style(JFreeChart chart) {
        THEME.apply(chart);
    }

    /** A coordinate in the SVG, to 0.01 unit (a hundredth of a CSS pixel at full size): keeps the page small. */
    static String coordinate(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /**
     * {@code chart} as an {@code <svg>} element with the given id (also the prefix of its clip-path ids, so that
     * several charts in one page never share one), sized by its view box.
     */
    static String svg(JFreeChart chart, String id) {
        return svg(chart, id, WIDTH, HEIGHT);
    }

    /** As {@link #svg(JFreeChart, String)}, on a canvas of {@code width} × {@code height} units. */
    static String svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setGeomDoubleConverter(ChartSvg::coordinate);
        g2.setTransformDoubleConverter(ChartSvg::coordinate);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    }
}
