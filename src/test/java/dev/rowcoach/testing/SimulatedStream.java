package dev.rowcoach.testing;

import dev.rowcoach.sim.OutputFormat;
import dev.rowcoach.sim.SimulatedFileWriter;
import dev.rowcoach.sim.SimulatedSession;
import dev.rowcoach.sim.SimulationRequest;
import dev.rowcoach.sim.Simulator;
import dev.rowcoach.truth.Truth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A simulated session as the rowcoach frames a sensor would stream, with its truth. */
public record SimulatedStream(List<PacedSensor.Chunk> chunks, long firstSampleUs, Truth truth) {

    /** Simulates {@code plan} at 200 Hz with a gyroscope, as rowcoach binary frames. */
    public static SimulatedStream of(String plan, long seed) {
        SimulatedSession session = Simulator.run(SimulationRequest.of(plan, seed, OutputFormat.ROWCOACH, 200, true));
        List<PacedSensor.Chunk> chunks = new ArrayList<>();
        try {
            SimulatedFileWriter.rowcoachFrames(session, (bytes, deviceUs) -> chunks.add(new PacedSensor.Chunk(bytes, deviceUs)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SimulatedStream(chunks, session.producedSamples().get(0).timeUs(), session.truth());
    }

    public PacedSensor sensor() {
        return new PacedSensor(chunks, firstSampleUs);
    }
}
