package dev.rowcoach.testing;

import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.SensorConfig;
import dev.rowcoach.lab.sim.SimulatedFileWriter;
import dev.rowcoach.lab.sim.SimulatedSession;
import dev.rowcoach.lab.sim.SimulationRequest;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.lab.truth.Truth;
import dev.rowcoach.protocol.rowcoach.SampleFrameEncoder;
import dev.rowcoach.protocol.witmotion.WitMotionEncoder;
import dev.rowcoach.protocol.witmotion.WitMotionPackets;
import dev.rowcoach.sensor.Sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A simulated session as the rowcoach frames a sensor would stream, with its truth. */
public record SimulatedStream(List<PacedSensor.Chunk> chunks, long firstSampleUs, Truth truth) {

    /** Simulates {@code plan} at 200 Hz with a gyroscope, as rowcoach binary frames (dropped frames left out). */
    public static SimulatedStream of(String plan, long seed) {
        SimulatedSession session = simulate(plan, seed);
        List<PacedSensor.Chunk> chunks = new ArrayList<>();
        try {
            SimulatedFileWriter.rowcoachFrames(session, (bytes, deviceUs) -> chunks.add(new PacedSensor.Chunk(bytes, deviceUs)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SimulatedStream(chunks, session.producedSamples().get(0).timeUs(), session.truth());
    }

    /**
     * Simulates {@code plan} and encodes every produced sample as a sensor whose clock reads
     * {@code clockOffsetUs} more than the simulator's (so it can be made to wrap its 32-bit µs counter),
     * and which restarts (new DEVICE_INFO, sequence and clock from zero) at sample {@code resetAt}
     * ({@code -1}: never). Chunks are paced on the simulator's clock.
     */
    public static SimulatedStream sensor(String plan, long seed, long clockOffsetUs, int resetAt) {
        SimulatedSession session = simulate(plan, seed);
        SensorConfig c = session.sensor();
        List<Sample> samples = session.producedSamples();
        List<PacedSensor.Chunk> chunks = new ArrayList<>();
        SampleFrameEncoder encoder = null;
        long shift = clockOffsetUs;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (i == 0 || i == resetAt) {
                if (encoder != null) {
                    add(chunks, encoder.flush(), samples.get(i - 1).timeUs());
                }
                encoder = new SampleFrameEncoder(c.accelRangeG(), c.gyroRangeDps(), 200, c.samplesPerFrame());
                add(chunks, encoder.deviceInfo(c.model(), c.deviceId(), 1, 0, 0), s.timeUs());
                if (i == resetAt) {
                    shift = 1000 - s.timeUs();
                }
            }
            add(chunks, encoder.add(new Sample(s.timeUs() + shift, s.ax(), s.ay(), s.az(), s.gx(), s.gy(), s.gz())), s.timeUs());
        }
        add(chunks, encoder.flush(), samples.get(samples.size() - 1).timeUs());
        return new SimulatedStream(chunks, samples.get(0).timeUs(), session.truth());
    }

    /**
     * Simulates {@code plan} at 200 Hz as a WitMotion BLE sensor streams it: one 20-byte 0x61 packet per
     * produced sample (accel, gyro and a constant angle; nothing dropped, as the simulator's WitMotion files),
     * each sent when its sample is taken.
     */
    public static SimulatedStream witmotionBle(String plan, long seed) {
        SimulatedSession session = simulate(plan, seed);
        List<PacedSensor.Chunk> chunks = new ArrayList<>();
        for (Sample s : session.producedSamples()) {
            byte[] packet = new byte[WitMotionPackets.COMBINED_LENGTH];
            WitMotionEncoder.combined(s, 0, 0, 0, packet, 0);
            chunks.add(new PacedSensor.Chunk(packet, s.timeUs()));
        }
        return new SimulatedStream(chunks, session.producedSamples().get(0).timeUs(), session.truth());
    }

    private static void add(List<PacedSensor.Chunk> chunks, byte[] bytes, long deviceUs) {
        if (bytes.length > 0) {
            chunks.add(new PacedSensor.Chunk(bytes, deviceUs));
        }
    }

    private static SimulatedSession simulate(String plan, long seed) {
        return Simulator.run(SimulationRequest.of(plan, seed, OutputFormat.ROWCOACH, 200, true));
    }

    public PacedSensor sensor() {
        return new PacedSensor(chunks, firstSampleUs);
    }
}
