package dev.rowcoach.session;

import dev.rowcoach.motion.Rep;

import java.util.List;
import java.util.Locale;

/**
 * A movement the motion core first took for a rep and then left out of its set (picking the bar up, standing up
 * to put it down; docs/MOTION.md), kept so a lifter who doubts a count can see what was not counted and why. Its
 * figures are checked against the same {@link PhysicalBounds} as a rep's.
 *
 * @param concentricStartS          when it started rising, s from the first sample
 * @param endS                      when it was back down, s
 * @param reason                    why it is not a rep, one sentence
 * @param romM                      how far it rose, m (NaN when withheld)
 * @param meanConcentricVelocityMps its mean velocity up, m/s (NaN when withheld)
 * @param peakConcentricVelocityMps m/s (NaN when withheld)
 * @param concentricDurationS       s (NaN when withheld)
 * @param withheld                  its figures withheld as physically impossible
 */
public record DiscardedMovement(double concentricStartS, double endS, String reason, double romM,
                                double meanConcentricVelocityMps, double peakConcentricVelocityMps,
                                double concentricDurationS, List<Withheld> withheld) {

    public DiscardedMovement {
        withheld = List.copyOf(withheld);
    }

    /**
     * The movement {@code rep} the motion core discarded for {@code reason}. When one of its figures is impossible the
     * reason (which quotes them) is replaced by one that does not print them.
     */
    public static DiscardedMovement of(Rep rep, String reason, PhysicalBounds bounds) {
        RepReport r = RepReport.of(rep, null, bounds);
        String why = r.withheld().stream().noneMatch(Withheld::impossible) ? reason : String.format(Locale.ROOT,
                "Set %d: a movement at %.1f s is not counted: its measurement is outside what a row can produce.",
                rep.setIndex(), rep.concentricStartS());
        return new DiscardedMovement(rep.concentricStartS(), rep.endS(), why, r.romM(), r.meanConcentricVelocityMps(),
                r.peakConcentricVelocityMps(), r.concentricDurationS(), r.withheld());
    }
}
