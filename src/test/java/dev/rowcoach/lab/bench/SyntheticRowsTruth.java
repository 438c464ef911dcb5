package dev.rowcoach.lab.bench;

import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.lab.truth.TruthEvent;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.lab.truth.TruthSet;
import dev.rowcoach.testing.SyntheticRows;

import java.util.ArrayList;
import java.util.List;

/**
 * The truth of a {@link SyntheticRows} set, derived analytically from its motion: after 2 s of rest the bar
 * height is z(t) = ROM/2 · (1 − cos 2πt/P), so each stroke's concentric (z rising) is its first half
 * period, the ROM is {@code romM}, the mean concentric velocity ROM / (P/2) and the peak π·ROM / P.
 */
public final class SyntheticRowsTruth {

    /** The rest before the first stroke in {@link SyntheticRows#generate}, s. */
    public static final double REST_S = 2.0;

    private SyntheticRowsTruth() {
    }

    /** The truth of {@code SyntheticRows.generate(rateHz, reps, romM, periodS, gyro)} written as {@code format}. */
    public static Truth of(String format, double rateHz, int reps, double romM, double periodS, boolean gyro,
                           List<TruthEvent> events) {
        List<TruthRep> list = new ArrayList<>();
        for (int k = 0; k < reps; k++) {
            double start = REST_S + k * periodS;
            list.add(new TruthRep(k + 1, start, start + periodS / 2, start + periodS, romM, romM / (periodS / 2),
                    Math.PI * romM / periodS, 0, 0, 0, "strict"));
        }
        TruthSet set = new TruthSet(1, REST_S, REST_S + reps * periodS, "barbell-row", 60, list);
        return new Truth(Truth.SCHEMA, 0, format, rateHz, gyro, null, List.of(set), events);
    }
}
