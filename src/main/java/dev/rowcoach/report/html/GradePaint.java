package dev.rowcoach.report.html;

import dev.rowcoach.grading.Grade;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

import java.awt.Color;
import java.util.Locale;

/**
 * The colour of each grade, the same in the charts and the page's CSS: the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies (M. Okabe and K. Ito, "Color Universal Design",
 * 2008).
 */
public final class GradePaint {

    static final Color STRICT = new Color(0x009E73);
    static final Color CHEAT = new Color(0xE69F00);
    static final Color EXCESSIVE = new Color(0xD55E00);
    /** Reps the grader could not grade. */
    static final Color UNGRADED = new Color(0x999999);

    private GradePaint() {
    }

    /** The colour of {@code grade}; {@link #UNGRADED} for null. */
    static Color of(Grade grade) {
        if (grade == null) {
            return UNGRADED;
        }
        return switch (grade) {
            case STRICT -> STRICT;
            case CHEAT -> CHEAT;
            case EXCESSIVE -> EXCESSIVE;
        };
    }

    /** The colour of {@code grade} as CSS, e.g. "#009e73" (the live screen's too); null: not graded. */
    public static String css(Grade grade) {
        return css(of(grade));
    }

    /** {@code c} as CSS, e.g. "#009e73". */
    static String css(Color c) {
        return String.format(Locale.ROOT, "#%06x", c.getRGB() & 0xffffff);
    }

    /** A legend of the four colours, in grade order: strict, cheat, excessive, not graded. */
    static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        for (Grade g : Grade.values()) {
            items.add(new LegendItem(g.word(), of(g)));
        }
        items.add(new LegendItem("not graded", UNGRADED));
        return items;
    }
}
