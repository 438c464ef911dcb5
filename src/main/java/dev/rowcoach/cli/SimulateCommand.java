package dev.rowcoach.cli;

import dev.rowcoach.lab.sim.Family;
import dev.rowcoach.lab.sim.Link;
import dev.rowcoach.lab.sim.MountMode;
import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.PlanException;
import dev.rowcoach.lab.sim.PlanParser;
import dev.rowcoach.lab.sim.SessionPlan;
import dev.rowcoach.lab.sim.SimulatedFileWriter;
import dev.rowcoach.lab.sim.SimulatedSession;
import dev.rowcoach.lab.sim.SimulationRequest;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.lab.truth.TruthFiles;
import dev.rowcoach.lab.truth.TruthSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code rowcoach simulate}: a physically simulated, labelled session, written as a sensor file plus its truth. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulates a rowing session (a lifter, a bar, a sensor clipped to it) and writes the sensor's "
                + "file plus FILE.truth.json with the true reps, velocities and events (docs/SIMULATOR.md).")
final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--plan", required = true, paramLabel = "PLAN",
            description = "What the session holds, e.g. \"barbell-row 3x8 @80kg swing=cheat-last=2; rest 90; "
                    + "pendlay-row 1x5 @100kg\", or a preset such as demo or strict-heavy (an unknown name lists them all).")
    String plan;

    @Option(names = "--format", defaultValue = "rowcoach", paramLabel = "ascii|rowcoach|witmotion|recording",
            description = "File format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--rate", defaultValue = "200", paramLabel = "HZ",
            description = "Output data rate, 25–1000 Hz (default: ${DEFAULT-VALUE}). A WitMotion capture holds no "
                    + "time stamps: read it back with the same --rate.")
    double rateHz;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed: the same seed gives the same file, byte for byte (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-gyro", description = "An accelerometer-only sensor.")
    boolean noGyro;

    @Option(names = "--link", defaultValue = "usb", paramLabel = "usb|ble",
            description = "ascii only: how the lines reached the host; ble repeats values in bursts and loses runs of "
                    + "0.2–0.45 s like real BLE recordings (default: ${DEFAULT-VALUE}).")
    Link link;

    @Option(names = "--torso-angle", paramLabel = "DEG",
            description = "Force the torso angle of the row position, 0–70 degrees above horizontal (default: the lifter's).")
    Double torsoAngleDeg;

    @Option(names = "--mount", defaultValue = "random", paramLabel = "random|flat",
            description = "Sensor mount: any orientation 1–4 cm off the bar's axis, or flat (z up, y along the bar) "
                    + "(default: ${DEFAULT-VALUE}).")
    MountMode mount;

    @Option(names = "--family", defaultValue = "rower", paramLabel = "rower|hinge",
            description = "Family of lifting kinematics: rower (the original) or hinge (bodies from published "
                    + "percentiles, hip drive during or before the pull, near-vertical arm path, moving knees) "
                    + "(default: ${DEFAULT-VALUE}).")
    String family;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE and its truth file if they exist.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path truthFile = TruthFiles.beside(out);
        for (Path p : new Path[]{out, truthFile}) {
            if (Files.exists(p) && !force) {
                throw new UserException(p + ": exists (use --force to replace it)", ExitCode.USAGE_OR_INPUT);
            }
        }
        SimulatedSession session;
        try {
            SessionPlan parsed = PlanParser.parse(plan);
            session = Simulator.run(new SimulationRequest(parsed, seed, format, rateHz, !noGyro, link, torsoAngleDeg,
                    mount, false, Family.of(family)));
        } catch (PlanException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE_OR_INPUT);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        try {
            if (force) {
                Files.deleteIfExists(out);
                Files.deleteIfExists(truthFile);
            }
            SimulatedFileWriter.write(session, out);
        } catch (IOException e) {
            throw new UserException(out + ": cannot write: " + e.getMessage(), ExitCode.IO);
        }
        int reps = session.truth().sets().stream().mapToInt(s -> s.reps().size()).sum();
        TruthSet last = session.truth().sets().get(session.truth().sets().size() - 1);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %s, %.0f Hz%s, %d samples, %d sets, %d reps, %.1f s%s; truth in %s%n",
                out, format.id(), rateHz, noGyro ? ", no gyroscope" : "", session.samples().size(),
                session.truth().sets().size(), reps, last.endS(),
                session.droppedCount() > 0 ? ", " + session.droppedCount() + " samples dropped" : "", truthFile);
        return ExitCode.OK;
    }
}
