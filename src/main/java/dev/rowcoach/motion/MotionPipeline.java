package dev.rowcoach.motion;

import dev.rowcoach.protocol.StreamListener;
import dev.rowcoach.sensor.Sample;

/** PLACEHOLDER until the motion core lands: the streaming analysis, sample stream in, reps and sets out. */
public final class MotionPipeline implements StreamListener {

    public MotionPipeline(MotionSettings settings, MotionListener listener) {
    }

    @Override
    public void sample(Sample sample) {
    }

    /** End of stream: confirms what can be confirmed and ends the open set. */
    public void finish() {
    }
}
