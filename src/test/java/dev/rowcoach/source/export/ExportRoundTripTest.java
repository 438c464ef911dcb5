package dev.rowcoach.source.export;

import dev.rowcoach.lab.sim.OutputFormat;
import dev.rowcoach.lab.sim.SimulatedFileWriter;
import dev.rowcoach.lab.sim.SimulatedSession;
import dev.rowcoach.lab.sim.Simulator;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.RepReport;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.session.SetReport;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.testing.EventLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A simulated session written in each app's export layout replays to the same reps as the session
 * itself (written as rowcoach ASCII): the same sets and rep counts; at phone rates (100 Hz) each rep's
 * concentric phase within 0.05 s and its mean concentric velocity within 0.03 m/s; with MetaBase's
 * 12.5 Hz accelerometer, the end of each rep's concentric phase within 0.2 s, with a low-rate warning.
 */
class ExportRoundTripTest {

    private static final String PLAN = "demo";
    private static final long SEED = 7;

    /**
     * The session five of the layouts write (the demo plan at 100 Hz with a gyroscope) and its replay as rowcoach
     * ASCII, made once for the class: both are pure functions of the plan, seed and rate, and every test only reads them.
     */
    private static SimulatedSession demo;
    private static SessionReport demoReplayed;

    @BeforeAll
    static void simulateTheDemoOnce(@TempDir Path dir) throws Exception {
        demo = Simulator.run(PLAN, SEED, OutputFormat.ASCII, 100, true);
        demoReplayed = original(demo, dir);
    }

    @Test
    void sensorLoggerWithTotalAccelerationOnAndroid(@TempDir Path dir) throws Exception {
        ExportWriters.sensorLogger(demo.samples(), dir.resolve("export"), ExportWriters.SensorLogger.TOTAL_ANDROID);
        assertSameReps(demoReplayed, replay(dir.resolve("export")), 0.05, 0.05, 0.03, "sensor-logger");
    }

    @Test
    void sensorLoggerWithAccelerometerPlusGravityZipped(@TempDir Path dir) throws Exception {
        ExportWriters.sensorLogger(demo.samples(), dir.resolve("export"), ExportWriters.SensorLogger.USER_PLUS_GRAVITY_ANDROID);
        ExportWriters.zip(dir.resolve("export"), dir.resolve("export.zip"));
        assertSameReps(demoReplayed, replay(dir.resolve("export.zip")), 0.05, 0.05, 0.03, "sensor-logger");
    }

    @Test
    void sensorLoggerFromAnIphoneGivenOneOfItsCsvs(@TempDir Path dir) throws Exception {
        ExportWriters.sensorLogger(demo.samples(), dir.resolve("export"), ExportWriters.SensorLogger.TOTAL_IOS_UNSTANDARDISED);
        assertSameReps(demoReplayed, replay(dir.resolve("export").resolve("Gyroscope.csv")), 0.05, 0.05, 0.03, "sensor-logger");
    }

    @Test
    void phyphoxZipWithCommasAndDecimalPoints(@TempDir Path dir) throws Exception {
        ExportWriters.phyphox(demo.samples(), dir.resolve("export"), false);
        ExportWriters.zip(dir.resolve("export"), dir.resolve("phyphox.zip"));
        assertSameReps(demoReplayed, replay(dir.resolve("phyphox.zip")), 0.05, 0.05, 0.03, "phyphox");
    }

    @Test
    void phyphoxSemicolonsAndDecimalCommasAccelerometerOnly(@TempDir Path dir) throws Exception {
        SimulatedSession s = Simulator.run(PLAN, SEED, OutputFormat.ASCII, 100, false);
        ExportWriters.phyphox(s.samples(), dir.resolve("export"), true);
        assertSameReps(original(s, dir), replay(dir.resolve("export").resolve("Accelerometer.csv")), 0.05, 0.05, 0.03, "phyphox");
    }

    @Test
    void metaBaseAt100And100Hz(@TempDir Path dir) throws Exception {
        ExportWriters.metaBase(demo.samples(), dir.resolve("export"), 1, 1);
        assertSameReps(demoReplayed, replay(dir.resolve("export").resolve(ExportWriters.metaBaseName("Accelerometer"))),
                0.05, 0.05, 0.03, "metabase");
    }

    @Test
    void metaBaseAt12point5HzAccelerometerAnd25HzGyroscopeStillCountsReps(@TempDir Path dir) throws Exception {
        SimulatedSession s = Simulator.run(PLAN, SEED, OutputFormat.ASCII, 25, true);
        ExportWriters.metaBase(s.samples(), dir.resolve("export"), 2, 1);
        SessionReport exported = replay(dir.resolve("export").resolve(ExportWriters.metaBaseName("Gyroscope")));
        // At 12.5 Hz the motion core still finds every rep and where its concentric phase ends (within
        // 0.2 s, 2.5 accelerometer periods), but may start the concentric phase up to a second early.
        assertSameReps(original(s, dir), exported, 0.2, Double.NaN, Double.NaN, "metabase");
        assertTrue(exported.warnings().stream().anyMatch(w -> w.contains("new readings per second")), exported.warnings().toString());
        for (SetReport set : exported.sets()) {
            for (RepReport r : set.reps()) {
                assertTrue(r.confidence() < 1, "low-rate reps come with lowered confidence: " + r);
            }
        }
    }

    @Test
    void decodedSamplesAreTheOriginalOnesInEveryLayout(@TempDir Path dir) throws Exception {
        List<Sample> original = Simulator.run("quick", SEED, OutputFormat.ASCII, 100, true).samples();
        ExportWriters.sensorLogger(original, dir.resolve("ios"), ExportWriters.SensorLogger.TOTAL_IOS_UNSTANDARDISED);
        ExportWriters.sensorLogger(original, dir.resolve("gravity"), ExportWriters.SensorLogger.USER_PLUS_GRAVITY_ANDROID);
        ExportWriters.phyphox(original, dir.resolve("phyphox"), true);
        ExportWriters.metaBase(original, dir.resolve("metabase"), 1, 1);
        // Accelerometer tolerance: the layouts' decimals (MetaBase: 4 in g); gyroscope: interpolation over
        // the 1.7 ms offset of phone gyro rows, and MetaBase's 3 decimals in °/s.
        assertSameSamples(original, decodeAll(dir.resolve("ios")), 1e-6, 0.05);
        assertSameSamples(original, decodeAll(dir.resolve("gravity")), 1e-6, 0.05);
        assertSameSamples(original, decodeAll(dir.resolve("phyphox").resolve("Gyroscope.csv")), 1e-6, 0.05);
        assertSameSamples(original, decodeAll(dir.resolve("metabase").resolve(ExportWriters.metaBaseName("Gyroscope"))),
                0.0006 * Sample.STANDARD_GRAVITY, 0.001);
    }

    private static List<Sample> decodeAll(Path path) throws Exception {
        EventLog log = new EventLog();
        SensorFile.open(path, null, DecoderSettings.DEFAULTS).decode(log);
        return log.samples();
    }

    private static void assertSameSamples(List<Sample> original, List<Sample> decoded, double accelTol, double gyroTol) {
        assertEquals(original.size(), decoded.size());
        long t0 = original.get(0).timeUs();
        for (int k = 0; k < original.size(); k++) {
            int i = k;
            Sample a = original.get(i), b = decoded.get(i);
                // Built only on failure, not once per sample.
            Supplier<String> at = () -> "sample " + i + ": " + a + " vs " + b;
            assertEquals(a.timeUs() - t0, b.timeUs() - decoded.get(0).timeUs(), 1000, at);
            assertEquals(a.ax(), b.ax(), accelTol, at);
            assertEquals(a.ay(), b.ay(), accelTol, at);
            assertEquals(a.az(), b.az(), accelTol, at);
            assertEquals(a.gx(), b.gx(), gyroTol, at);
            assertEquals(a.gy(), b.gy(), gyroTol, at);
            assertEquals(a.gz(), b.gz(), gyroTol, at);
        }
    }

    private static SessionReport original(SimulatedSession s, Path dir) throws Exception {
        Path file = dir.resolve("original.csv");
        SimulatedFileWriter.write(s, file);
        return replay(file);
    }

    private static SessionReport replay(Path path) throws Exception {
        return Replay.of(SensorFile.open(path, null, DecoderSettings.DEFAULTS), Replay.Grading.DEFAULTS, Loads.UNKNOWN);
    }

    /**
     * Same sets and rep counts; each rep's concentric end within {@code toleranceS}; its concentric start
     * within {@code startToleranceS} and its MCV within {@code mcvToleranceMps} unless those are NaN.
     */
    private static void assertSameReps(SessionReport original, SessionReport exported, double toleranceS,
                                       double startToleranceS, double mcvToleranceMps, String format) {
        String where = describe(original) + " vs " + describe(exported);
        assertEquals(format, exported.source().format());
        System.out.println(differences(layout(), original, exported));
        assertTrue(original.sets().size() >= 2, where);
        assertEquals(original.sets().size(), exported.sets().size(), where);
        for (int i = 0; i < original.sets().size(); i++) {
            List<RepReport> a = original.sets().get(i).reps(), b = exported.sets().get(i).reps();
            assertEquals(a.size(), b.size(), where);
            for (int k = 0; k < a.size(); k++) {
                assertEquals(a.get(k).concentricEndS(), b.get(k).concentricEndS(), toleranceS, where);
                if (!Double.isNaN(startToleranceS)) {
                    assertEquals(a.get(k).concentricStartS(), b.get(k).concentricStartS(), startToleranceS, where);
                }
                if (!Double.isNaN(mcvToleranceMps)) {
                    assertEquals(a.get(k).meanConcentricVelocityMps(), b.get(k).meanConcentricVelocityMps(), mcvToleranceMps, where);
                }
            }
        }
    }

    /** The calling test's name: the layout it writes. */
    private static String layout() {
        return StackWalker.getInstance().walk(f -> f.map(StackWalker.StackFrame::getMethodName)
                .filter(n -> !n.equals("layout") && !n.equals("assertSameReps")).findFirst().orElse("?"));
    }

    /** One line for docs/IMPORT.md: reps compared and the largest differences (rep by rep, where counts match). */
    private static String differences(String layout, SessionReport original, SessionReport exported) {
        double start = 0, end = 0, mcv = 0;
        int reps = 0, exportedReps = 0;
        for (int i = 0; i < Math.min(original.sets().size(), exported.sets().size()); i++) {
            List<RepReport> a = original.sets().get(i).reps(), b = exported.sets().get(i).reps();
            exportedReps += b.size();
            for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
                reps++;
                start = Math.max(start, Math.abs(a.get(k).concentricStartS() - b.get(k).concentricStartS()));
                end = Math.max(end, Math.abs(a.get(k).concentricEndS() - b.get(k).concentricEndS()));
                mcv = Math.max(mcv, Math.abs(a.get(k).meanConcentricVelocityMps() - b.get(k).meanConcentricVelocityMps()));
            }
        }
        return String.format(Locale.ROOT, "round trip %s: %d reps found of %d (%d sets of %d); largest |difference|:"
                        + " concentric start %.3f s, end %.3f s, MCV %.3f m/s", layout, exportedReps,
                original.sets().stream().mapToInt(x -> x.reps().size()).sum(), exported.sets().size(), original.sets().size(),
                start, end, mcv);
    }

    private static String describe(SessionReport r) {
        StringBuilder b = new StringBuilder(r.source().format()).append(':');
        for (SetReport s : r.sets()) {
            b.append(" [");
            for (RepReport rep : s.reps()) {
                b.append(String.format(Locale.ROOT, " %.2f-%.2f/%.2f", rep.concentricStartS(), rep.concentricEndS(),
                        rep.meanConcentricVelocityMps()));
            }
            b.append(" ]");
        }
        return b.toString();
    }
}
