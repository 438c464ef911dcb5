package dev.rowcoach.session;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure the analysis does not report: it measured one no human row can produce (see {@link PhysicalBounds}), it
 * counted the rep across a hole in the data without measuring it ({@link #UNMEASURED}), or too much of the pull was
 * bridged over holes for its velocities to be right ({@link #PULL_BRIDGED}). The figure is NaN in the
 * model and {@code null} in every rendering.
 *
 * @param field  the figure's name as the JSON report spells it, e.g. {@code romM}, {@code torsoSwingDeg}
 * @param reason why, in a few words, without the impossible number (e.g. "more than 1 m, further than a bar can
 *               rise in this row")
 */
public record Withheld(String field, String reason) {

    /** The reason of a figure of a rep counted across a hole in the data, which could not be measured. */
    public static final String UNMEASURED = "not measured: the rep was counted across a hole in the data";

    /** The reason of a rep's velocities and concentric duration when too much of its pull was bridged over holes. */
    public static final String PULL_BRIDGED = "not measured: more than a tenth of the pull fell into gaps in the data";

    /** Whether the figure was measured and is impossible (not merely unmeasured across holes in the data). */
    boolean impossible() {
        return !reason.equals(UNMEASURED) && !reason.equals(PULL_BRIDGED);
    }

    /** The words a report uses for each field. */
    private static String words(String field) {
        return switch (field) {
            case "romM" -> "ROM";
            case "meanConcentricVelocityMps" -> "mean concentric velocity";
            case "peakConcentricVelocityMps" -> "peak velocity";
            case "concentricDurationS" -> "concentric duration";
            case "eccentricDurationS" -> "eccentric duration";
            case "torsoSwingDeg" -> "torso swing";
            case "horizontalM" -> "horizontal travel";
            case "dipM" -> "dip";
            case "earlyPathM" -> "early movement";
            case "startVelocityMps" -> "start velocity";
            case "romVsStrict" -> "ROM against the strict reps";
            case "grade" -> "grade";
            case "velocityLossPct" -> "velocity loss";
            default -> field;
        };
    }

    /**
     * One sentence naming what of {@code what} was withheld and why, e.g. "Set 2, rep 3: ROM withheld (more than
     * 1 m, …)."; null when nothing was.
     */
    static String sentence(String what, List<Withheld> withheld) {
        if (withheld.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder(what).append(": ");
        boolean impossible = false;
        int unmeasured = 0;
        List<String> bridged = new ArrayList<>();
        for (Withheld w : withheld) {
            if (w.reason().equals(UNMEASURED)) {
                unmeasured++;
            } else if (w.reason().equals(PULL_BRIDGED)) {
                bridged.add(words(w.field()));
            } else {
                b.append(impossible ? "; " : "").append(words(w.field())).append(" withheld (").append(w.reason()).append(')');
                impossible = true;
            }
        }
        String separator = impossible ? "; " : "";
        if (!bridged.isEmpty()) {
            String figures = bridged.size() == 1 ? bridged.get(0) + " is"
                    : String.join(", ", bridged.subList(0, bridged.size() - 1)) + " and " + bridged.get(bridged.size() - 1)
                    + " are";
            b.append(separator).append(figures).append(" not shown (more than a tenth of the pull fell into gaps in the "
                    + "data; bridged with an estimate, a pull's velocity is off by about 0.1 m/s)");
            separator = "; ";
        }
        if (unmeasured > 0) {
            b.append(separator).append("counted across a hole in the data, so its ROM, velocities and "
                    + "durations could not be measured and are not shown");
        }
        return b.append(impossible ? ". A figure no body can produce is a measurement error, so it is not shown." : ".")
                .toString();
    }
}
