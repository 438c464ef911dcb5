package dev.rowcoach.session;

import dev.rowcoach.grading.ExerciseProfiles;
import dev.rowcoach.grading.Grader;
import dev.rowcoach.motion.Rep;
import dev.rowcoach.motion.RepShape;
import dev.rowcoach.motion.SetResult;

import java.util.ArrayList;
import java.util.List;

/** Constructed reps and sets with consistent timing, for report and bench tests. */
public final class TestReps {

    private TestReps() {
    }

    /**
     * A rep whose concentric starts at {@code startS} and lasts ROM / MCV; the eccentric lasts 1.2 s; reported
     * 0.1 s after its end.
     */
    public static Rep rep(int setIndex, int index, double startS, double romM, double mcvMps) {
        double concS = romM / mcvMps;
        return new Rep(setIndex, index, startS, startS + concS, startS + concS + 1.2, romM, mcvMps, 1.6 * mcvMps,
                concS, 1.2, 0.9, new RepShape(0.02, 0.01, 0.4, 0.3, 0.01, 0.01, 0.6), startS + concS + 1.3, 0, 0, 0.2);
    }

    /** A set of reps starting every {@code periodS} from {@code startS}, one per MCV given. */
    public static SetResult set(int index, double startS, double periodS, double romM, double... mcvMps) {
        List<Rep> reps = new ArrayList<>();
        for (int i = 0; i < mcvMps.length; i++) {
            reps.add(rep(index, i + 1, startS + i * periodS, romM, mcvMps[i]));
        }
        return new SetResult(index, reps.get(0).concentricStartS(), reps.get(reps.size() - 1).endS(), reps);
    }

    /** A collector grading with {@code exercise}'s profile, as for a sensor with a gyroscope. */
    public static ReportCollector collector(String exercise) {
        return new ReportCollector(() -> new Grader(ExerciseProfiles.get(exercise)), () -> true);
    }

    /** A source block as {@code StreamStats} would give for a clean file. */
    public static SourceInfo source(long samples, double rateHz, boolean gyro) {
        return new SourceInfo("s.rcrec", "recording", samples, rateHz, rateHz, (samples - 1) / rateHz, gyro, List.of(), 0);
    }
}
