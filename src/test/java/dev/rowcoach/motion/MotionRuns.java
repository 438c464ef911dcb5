package dev.rowcoach.motion;

import dev.rowcoach.lab.bench.Degradation;
import dev.rowcoach.lab.bench.Degrader;
import dev.rowcoach.lab.bench.RobustnessBench;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.source.SensorFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the motion core reports; runs it over samples or a file. */
final class MotionRuns implements MotionListener {

    final List<Rep> reps = new ArrayList<>();
    final List<SetResult> sets = new ArrayList<>();
    final List<String> discarded = new ArrayList<>();
    final List<Rep> revised = new ArrayList<>();

    @Override
    public void rep(Rep rep) {
        reps.add(rep);
    }

    @Override
    public void setEnded(SetResult set) {
        sets.add(set);
    }

    @Override
    public void repRevised(Rep previous, Rep rep) {
        revised.add(rep);
    }

    @Override
    public void repDiscarded(Rep rep, String reason) {
        discarded.add(reason);
    }

    static MotionRuns of(List<Sample> samples) {
        MotionRuns run = new MotionRuns();
        MotionPipeline p = new MotionPipeline(MotionSettings.DEFAULTS, run);
        samples.forEach(p::sample);
        p.end();
        return run;
    }

    static MotionRuns of(Path file) throws Exception {
        MotionRuns run = new MotionRuns();
        MotionPipeline p = new MotionPipeline(MotionSettings.DEFAULTS, run);
        SensorFile.open(file, null, DecoderSettings.DEFAULTS).decode(p);
        return run;
    }

    /** The recording {@code file} degraded as {@code bench robustness} degrades it in {@code cell} with {@code seed}. */
    static MotionRuns of(Path file, String cell, long seed) throws Exception {
        MotionRuns run = new MotionRuns();
        MotionPipeline p = new MotionPipeline(MotionSettings.DEFAULTS, run);
        SensorFile.open(file, null, DecoderSettings.DEFAULTS)
                .decode(new Degrader(Degradation.parse(cell), RobustnessBench.caseSeed(file, seed), p));
        return run;
    }
}
