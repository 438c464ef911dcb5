package dev.rowcoach.lab.sim;



/**
 * What to simulate.
 *
 * @param plan          the session plan
 * @param seed          reproduces everything drawn: body, style, mount, sensor errors, timing, noise
 * @param format        the file format the samples are made for (timing and quantisation follow it)
 * @param rateHz        nominal output rate, Hz (25–1000)
 * @param gyro          whether the sensor has a gyroscope
 * @param link          for ASCII, how the lines reached the host (ignored by other formats: null means USB)
 * @param torsoAngleDeg a torso angle forced for every exercise, degrees above horizontal (0–70), or null
 * @param mount         how the sensor is mounted
 * @param ideal         no sensor errors, no quantisation, standard gravity, no jitter and no random drops
 *                      (gaps the plan asks for still happen): for tests of the physics
 * @param family        the family of lifting kinematics (null means {@link Family#ROWER})
 */
public record SimulationRequest(SessionPlan plan, long seed, OutputFormat format, double rateHz, boolean gyro,
                                Link link, Double torsoAngleDeg, MountMode mount, boolean ideal, Family family) {

    public static final double MIN_RATE_HZ = 25;
    public static final double MAX_RATE_HZ = 1000;

    /** @throws IllegalArgumentException with a one-line reason when the combination cannot be simulated */
    public SimulationRequest {
        if (plan == null || format == null) {
            throw new IllegalArgumentException("plan and format are required");
        }
        if (!(rateHz >= MIN_RATE_HZ && rateHz <= MAX_RATE_HZ)) {
            throw new IllegalArgumentException("rate must be " + (int) MIN_RATE_HZ + "–" + (int) MAX_RATE_HZ + " Hz, got " + rateHz);
        }
        if (link == null) {
            link = Link.USB;
        }
        if (link == Link.BLE && format != OutputFormat.ASCII) {
            throw new IllegalArgumentException("a BLE link is simulated for the ascii format only");
        }
        if (mount == null) {
            mount = MountMode.RANDOM;
        }
        if (family == null) {
            family = Family.ROWER;
        }
        if (torsoAngleDeg != null && !(torsoAngleDeg >= Lifter.PINNED_MIN_DEG && torsoAngleDeg <= Lifter.PINNED_MAX_DEG)) {
            throw new IllegalArgumentException("torso angle must be 0–70°, got " + torsoAngleDeg);
        }
        if (format == OutputFormat.WITMOTION && plan.blocks().stream().anyMatch(b -> b.gapS() != null)) {
            throw new IllegalArgumentException("witmotion captures cannot hold a data gap: the decoder rebuilds time "
                    + "from the sample count, so a gap would shift every later sample (choose another format or drop gap=)");
        }
    }

    /** A request with a random mount, USB link, no pinned torso angle, and a realistic sensor. */
    public static SimulationRequest of(String plan, long seed, OutputFormat format, double rateHz, boolean gyro) {
        return new SimulationRequest(PlanParser.parse(plan), seed, format, rateHz, gyro, Link.USB, null,
                MountMode.RANDOM, false, Family.ROWER);
    }

    /** This request with {@code ideal} set. */
    public SimulationRequest idealSensor() {
        return new SimulationRequest(plan, seed, format, rateHz, gyro, link, torsoAngleDeg, mount, true, family);
    }

    /** This request with another mount mode. */
    public SimulationRequest withMount(MountMode m) {
        return new SimulationRequest(plan, seed, format, rateHz, gyro, link, torsoAngleDeg, m, ideal, family);
    }

    /** This request over another link. */
    public SimulationRequest withLink(Link l) {
        return new SimulationRequest(plan, seed, format, rateHz, gyro, l, torsoAngleDeg, mount, ideal, family);
    }

    /** This request with another family of lifting kinematics. */
    public SimulationRequest withFamily(Family f) {
        return new SimulationRequest(plan, seed, format, rateHz, gyro, link, torsoAngleDeg, mount, ideal, f);
    }

    /** This request with a pinned torso angle (null: drawn). */
    public SimulationRequest withTorsoAngleDeg(Double deg) {
        return new SimulationRequest(plan, seed, format, rateHz, gyro, link, deg, mount, ideal, family);
    }
}
