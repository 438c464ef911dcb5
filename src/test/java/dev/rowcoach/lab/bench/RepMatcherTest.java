package dev.rowcoach.lab.bench;

import dev.rowcoach.lab.bench.RepMatcher.Match;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepMatcherTest {

    private static Interval iv(double a, double b) {
        return new Interval(a, b);
    }

    @Test
    void overlapIsTheSharedTimeAndTouchingIsNotOverlapping() {
        assertEquals(0.5, iv(1, 2).overlapS(iv(1.5, 3)), 1e-12);
        assertEquals(1.0, iv(1, 2).overlapS(iv(0, 5)), 1e-12);
        assertEquals(0.0, iv(1, 2).overlapS(iv(2, 3)));
        assertEquals(0.0, iv(1, 2).overlapS(iv(3, 4)));
        assertEquals(0.0, iv(2, 1).overlapS(iv(0, 5)), "an interval ending before it starts is empty");
    }

    @Test
    void eachDetectedRepMatchesTheTrueRepItOverlaps() {
        List<Match> m = RepMatcher.match(List.of(iv(2.1, 2.9), iv(4.6, 5.3), iv(7.0, 7.8)),
                List.of(iv(2.0, 3.0), iv(4.5, 5.5), iv(7.0, 8.0)));
        assertEquals(3, m.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, m.get(i).detected());
            assertEquals(i, m.get(i).truth());
        }
        assertEquals(0.7, m.get(1).overlapS(), 1e-9);
    }

    @Test
    void aDetectionSpanningTwoTrueRepsMatchesOnlyTheOneItOverlapsMost() {
        List<Match> m = RepMatcher.match(List.of(iv(2.5, 5.0)), List.of(iv(2.0, 3.0), iv(4.0, 5.0)));
        assertEquals(1, m.size());
        assertEquals(0, m.get(0).detected());
        assertEquals(1, m.get(0).truth(), "1.0 s with the second beats 0.5 s with the first");
    }

    @Test
    void twoDetectionsOfOneTrueRepMatchOnceAndTheLargerOverlapWins() {
        List<Match> m = RepMatcher.match(List.of(iv(2.0, 2.3), iv(2.4, 3.0)), List.of(iv(2.0, 3.0)));
        assertEquals(List.of(new Match(1, 0, m.get(0).overlapS())), m);
        assertEquals(0.6, m.get(0).overlapS(), 1e-9);
    }

    @Test
    void conflictsResolveGreedilyByLargestOverlapNotByMostMatches() {
        // D0 overlaps T0 by 0.5 and T1 by 0.6; D1 overlaps only T1, by 0.4. D0–T1 is the largest overlap and is
        // taken first, which leaves D1 and T0 unmatched: the rule prefers the best pairing to the most pairings.
        List<Match> m = RepMatcher.match(List.of(iv(1.5, 2.6), iv(2.6, 3.0)), List.of(iv(1.0, 2.0), iv(2.0, 3.0)));
        assertEquals(1, m.size());
        assertEquals(0, m.get(0).detected());
        assertEquals(1, m.get(0).truth());
    }

    @Test
    void equalOverlapsGoToTheEarlierRep() {
        List<Match> m = RepMatcher.match(List.of(iv(1.5, 2.5)), List.of(iv(1.0, 2.0), iv(2.0, 3.0)));
        assertEquals(1, m.size());
        assertEquals(0, m.get(0).truth());
    }

    @Test
    void emptyInputsMatchNothing() {
        assertEquals(List.of(), RepMatcher.match(List.of(), List.of()));
        assertEquals(List.of(), RepMatcher.match(List.of(iv(1, 2)), List.of()));
        assertEquals(List.of(), RepMatcher.match(List.of(), List.of(iv(1, 2))));
        assertEquals(List.of(), RepMatcher.match(List.of(iv(1, 2)), List.of(iv(2, 3))), "touching only");
    }

    @Test
    void matchesComeInTrueRepOrderWhateverTheDetectionOrder() {
        List<Match> m = RepMatcher.match(List.of(iv(7, 8), iv(1, 2), iv(4, 5)), List.of(iv(1, 2), iv(4, 5), iv(7, 8)));
        assertEquals(List.of(0, 1, 2), m.stream().map(Match::truth).toList());
        assertEquals(List.of(1, 2, 0), m.stream().map(Match::detected).toList());
    }
}
