package dev.rowcoach.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.formats.Formats;
import dev.rowcoach.lab.truth.TruthRep;
import dev.rowcoach.recording.RecordingEvent;
import dev.rowcoach.recording.RecordingListener;
import dev.rowcoach.recording.RecordingReader;
import dev.rowcoach.testing.Cli;
import dev.rowcoach.testing.FakeBluez;
import dev.rowcoach.testing.LiveProcess;
import dev.rowcoach.testing.PrivateBus;
import dev.rowcoach.testing.Samples;
import dev.rowcoach.testing.SimulatedStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rowcoach live --ble} end to end without radio hardware: a real dbus-daemon on a private bus, a fake
 * BlueZ exported from this JVM ({@link FakeBluez}: ObjectManager, adapter, device, GATT service and
 * characteristics), and the packaged jar pointed at that bus through {@code DBUS_SYSTEM_BUS_ADDRESS}. The fake
 * device streams a simulated session as notifications (PropertiesChanged signals of the characteristic's
 * Value); what live reports is held against {@code replay} of its recording, and the recording against the
 * bytes sent.
 */
@Execution(ExecutionMode.CONCURRENT)
class BleLiveIT {

    private static final String ADDRESS = "C4:7F:51:0A:22:9B";
    private static final String PLAN = LiveIT.PLAN;
    private static final String NUS = "6e400001-b5a3-f393-e0a9-e50e24dcca9e";
    private static final String NUS_TX = "6e400003-b5a3-f393-e0a9-e50e24dcca9e";
    private static final String NUS_RX = "6e400002-b5a3-f393-e0a9-e50e24dcca9e";
    private static final String WIT = "0000ffe5-0000-1000-8000-00805f9a34fb";
    private static final String WIT_NOTIFY = "0000ffe4-0000-1000-8000-00805f9a34fb";
    private static final String WIT_WRITE = "0000ffe9-0000-1000-8000-00805f9a34fb";

    @TempDir
    Path dir;

    @Test
    void rowcoachSensorOverNordicUartReportsWhatReplayOfItsRecordingReports() throws Exception {
        SimulatedStream stream = SimulatedStream.of(PLAN, LiveIT.SEED);
        Path rec = dir.resolve("nus.rcrec");
        List<JsonNode> events;
        byte[] sent;
        int notifications;
        int letGo;
        try (PrivateBus bus = PrivateBus.start(dir);
             FakeBluez bluez = new FakeBluez(bus.address(), ADDRESS, "rowcoach", NUS, NUS_TX, NUS_RX);
             LiveProcess live = live(bus, "--ble", ADDRESS.toLowerCase(), "--record", rec.toString())) {
            JsonNode connected = live.awaitType("connected", 1, 30);
            assertEquals("ble:" + ADDRESS, connected.get("source").asText());
            // At the default ATT MTU: 20-byte notifications, so every frame is split across several.
            bluez.play(stream.chunks(), 20, 2, t -> false);
            assertEquals(0, live.waitFor(40), live.stderrText());
            assertEquals("", live.stderrText());
            assertEquals(List.of(), live.unparsed());
            events = live.events();
            sent = bluez.sentBytes();
            notifications = bluez.notifications();
            letGo = bluez.disconnects();
        }
        assertEquals(1, letGo, "live disconnects from the sensor when the session ends");
        int total = stream.chunks().stream().mapToInt(c -> c.bytes().length).sum();
        assertEquals(total, sent.length, "every frame was sent");
        assertTrue(notifications > total / 20, "frames were split into 20-byte notifications: " + notifications);
        assertEquals("rowcoach", LiveChecks.last(events, "protocol").get("protocol").asText());
        recordingHolds(rec, sent, Samples.ofRowcoach(sent), events);
        JsonNode sets = LiveChecks.replayAgrees(rec, events);
        assertEquals(stream.truth().sets().size(), sets.size(), "replay found the simulated sets");
        assertTrue(repCount(sets) >= 8, "reps: " + repCount(sets));
    }

    @Test
    void witMotionSensorIsFoundByAutoAndItsCombinedPacketsAreRead() throws Exception {
        SimulatedStream stream = SimulatedStream.witmotionBle(PLAN, LiveIT.SEED);
        Path rec = dir.resolve("wit.rcrec");
        List<JsonNode> events;
        byte[] sent;
        try (PrivateBus bus = PrivateBus.start(dir);
             FakeBluez bluez = new FakeBluez(bus.address(), ADDRESS, "WT901BLE68", WIT, WIT_NOTIFY, WIT_WRITE)) {
            Cli.Result devices = Cli.runInJvmWithEnv(Map.of("DBUS_SYSTEM_BUS_ADDRESS", bus.address()), "devices");
            assertEquals(0, devices.exitCode(), devices.err());
            assertTrue(devices.out().contains(ADDRESS) && devices.out().contains("WitMotion")
                    && devices.out().contains("WT901BLE68"), devices.out());
            try (LiveProcess live = live(bus, "--ble", "auto", "--record", rec.toString())) {
                live.awaitType("connected", 1, 30);
                bluez.play(stream.chunks(), 20, 4, t -> false);
                assertEquals(0, live.waitFor(40), live.stderrText());
                assertEquals("", live.stderrText());
                events = live.events();
            }
            sent = bluez.sentBytes();
        }
        assertEquals(stream.chunks().size() * 20, sent.length);
        assertEquals("witmotion", LiveChecks.last(events, "protocol").get("protocol").asText());
        List<JsonNode> connected = LiveChecks.ofType(events, "connected");
        assertEquals("ble:" + ADDRESS, connected.get(0).get("source").asText());
        List<dev.rowcoach.sensor.Sample> samples = Samples.ofWitMotion(sent);
        assertEquals(stream.chunks().size(), samples.size(), "one sample per 0x61 packet");
        recordingHolds(rec, sent, samples, events);
        JsonNode sets = LiveChecks.replayAgrees(rec, events);
        assertEquals(stream.truth().sets().size(), sets.size(), "replay found the simulated sets");
        assertTrue(repCount(sets) >= 8, "reps: " + repCount(sets));
    }

    @Test
    void sensorOutOfRangeIsReconnectedAndTheGapMarked() throws Exception {
        SimulatedStream stream = SimulatedStream.of("barbell-row 1x6 @60kg", 11);
        TruthRep third = stream.truth().sets().get(0).reps().get(2);
        long outFromUs = (long) ((third.concentricStartS() - 0.3) * 1e6);
        long outToUs = outFromUs + 1_500_000;
        Path rec = dir.resolve("out-of-range.rcrec");
        List<JsonNode> events;
        byte[] sent;
        int connects;
        try (PrivateBus bus = PrivateBus.start(dir);
             FakeBluez bluez = new FakeBluez(bus.address(), ADDRESS, "rowcoach", NUS, NUS_TX, NUS_RX);
             LiveProcess live = live(bus, "--ble", ADDRESS, "--record", rec.toString())) {
            live.awaitType("connected", 1, 30);
            // At MTU 247: one frame per notification.
            bluez.play(stream.chunks(), 244, 2, t -> t >= outFromUs && t < outToUs);
            assertEquals(0, live.waitFor(40), live.stderrText());
            assertEquals("", live.stderrText());
            events = live.events();
            sent = bluez.sentBytes();
            connects = bluez.connects();
        }
        assertEquals(2, connects, "connected, lost, connected again");
        List<String> order = events.stream().map(e -> e.get("type").asText())
                .filter(t -> List.of("connected", "disconnected", "reconnected", "gap", "ended").contains(t)).toList();
        assertEquals(List.of("connected", "disconnected", "reconnected", "gap", "ended"), order);
        assertTrue(LiveChecks.last(events, "disconnected").get("reason").asText().contains("disconnected"),
                LiveChecks.last(events, "disconnected").toString());
        JsonNode gap = LiveChecks.last(events, "gap");
        assertEquals("missing_samples", gap.get("cause").asText());
        assertTrue(gap.get("durationS").asDouble() >= 1.5, "the gap covers the time out of range: " + gap);
        assertEquals(1, LiveChecks.last(events, "ended").get("disconnects").asInt());
        int total = stream.chunks().stream().mapToInt(c -> c.bytes().length).sum();
        assertTrue(sent.length < total, "frames were lost while out of range");
        recordingHolds(rec, sent, Samples.ofRowcoach(sent), events);
        LiveChecks.replayAgrees(rec, events);
        List<String> recorded = new java.util.ArrayList<>();
        RecordingReader.read(rec, s -> { }, new RecordingListener() {
            @Override
            public void event(RecordingEvent event) {
                recorded.add(event.type());
            }
        }, Formats::decoder);
        assertEquals(List.of(RecordingEvent.DISCONNECTED, RecordingEvent.RECONNECTED), recorded);
    }

    @Test
    void aBusWithoutBluezIsOneLine() throws Exception {
        try (PrivateBus bus = PrivateBus.start(dir)) {
            Map<String, String> env = Map.of("DBUS_SYSTEM_BUS_ADDRESS", bus.address());
            Cli.Result devices = Cli.runInJvmWithEnv(env, "devices");
            assertEquals(0, devices.exitCode(), devices.err());
            assertEquals("", devices.err());
            assertTrue(devices.out().contains("BLE: not available: BlueZ does not answer on the system bus (is "
                    + "bluetoothd running?"), devices.out());
            Cli.Result live = Cli.runInJvmWithEnv(env, "live", "--ble", "auto", "--exercise", "barbell-row", "--no-record");
            assertEquals(2, live.exitCode(), live.err());
            assertEquals(1, live.err().strip().lines().count(), live.err());
            assertTrue(live.err().startsWith("rowcoach: --ble auto: BlueZ does not answer"), live.err());
        }
    }

    @Test
    void withoutBluezDevicesSaysSoAndLiveGivesOneLine() throws Exception {
        Map<String, String> nowhere = Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus"));
        Cli.Result devices = Cli.runInJvmWithEnv(nowhere, "devices");
        assertEquals(0, devices.exitCode(), devices.err());
        assertEquals("", devices.err());
        assertTrue(devices.out().contains("BLE: not available: cannot reach the D-Bus system bus at unix:path="),
                devices.out());

        Cli.Result live = Cli.runInJvmWithEnv(nowhere, "live", "--ble", ADDRESS, "--exercise", "barbell-row", "--no-record");
        assertEquals(2, live.exitCode(), live.err());
        assertEquals(1, live.err().strip().lines().count(), live.err());
        assertTrue(live.err().startsWith("rowcoach: " + ADDRESS + ": cannot reach the D-Bus system bus"), live.err());

        Cli.Result bad = Cli.runInJvm("live", "--ble", "kitchen", "--exercise", "barbell-row");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--ble takes a Bluetooth address"), bad.err());
        Cli.Result both = Cli.runInJvm("live", "--ble", ADDRESS, "--port", "/dev/null", "--exercise", "barbell-row");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }

    @Test
    void aDeviceWithoutASensorServiceIsRefusedWithItsServices() throws Exception {
        try (PrivateBus bus = PrivateBus.start(dir);
             FakeBluez bluez = new FakeBluez(bus.address(), ADDRESS, "heart", "0000180d-0000-1000-8000-00805f9b34fb",
                     "00002a37-0000-1000-8000-00805f9b34fb", "00002a39-0000-1000-8000-00805f9b34fb")) {
            Map<String, String> env = Map.of("DBUS_SYSTEM_BUS_ADDRESS", bus.address());
            Cli.Result devices = Cli.runInJvmWithEnv(env, "devices");
            assertTrue(devices.out().contains("BLE sensors: none known to BlueZ (and 1 other BLE device"), devices.out());
            Cli.Result live = Cli.runInJvmWithEnv(env, "live", "--ble", ADDRESS, "--exercise", "barbell-row", "--no-record");
            assertEquals(2, live.exitCode(), live.err());
            assertTrue(live.err().contains("neither the Nordic UART Service") && live.err().contains("0000180d"), live.err());
            assertFalse(live.err().contains("Exception"), live.err());
            assertEquals(1, bluez.connects(), "it connected to look");
        }
    }

    @Test
    void aSensorOutOfRangeAtTheStartIsOneLine() throws Exception {
        try (PrivateBus bus = PrivateBus.start(dir);
             FakeBluez bluez = new FakeBluez(bus.address(), ADDRESS, "rowcoach", NUS, NUS_TX, NUS_RX)) {
            bluez.outOfRange();
            Cli.Result live = Cli.runInJvmWithEnv(Map.of("DBUS_SYSTEM_BUS_ADDRESS", bus.address()),
                    "live", "--ble", ADDRESS, "--exercise", "barbell-row", "--no-record");
            assertEquals(2, live.exitCode(), live.err());
            assertEquals("rowcoach: " + ADDRESS + ": cannot connect (is the sensor on and near?): "
                    + "le-connection-abort-by-local", live.err().strip());
            assertEquals(0, bluez.connects());
        }
    }

    private LiveProcess live(PrivateBus bus, String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--exit-after-idle", "3", "--exercise", "barbell-row", "--audio", "off", "--no-history"));
        return LiveProcess.withEnv(Map.of("DBUS_SYSTEM_BUS_ADDRESS", bus.address()), all.toArray(String[]::new));
    }

    /** The recording holds exactly the bytes notified, and decodes to exactly the samples they hold. */
    private static void recordingHolds(Path rec, byte[] sent, List<dev.rowcoach.sensor.Sample> samples, List<JsonNode> events) {
        assertArrayEquals(sent, Samples.bytesOfRecording(rec), "recording bytes");
        assertEquals(samples, Samples.ofRecording(rec), "recording samples");
        JsonNode ended = LiveChecks.last(events, "ended");
        assertEquals(sent.length, ended.get("bytes").asLong());
        assertEquals(0, ended.get("droppedBytes").asLong());
    }

    private static int repCount(JsonNode sets) {
        int n = 0;
        for (JsonNode s : sets) {
            n += s.get("reps").size();
        }
        return n;
    }
}
