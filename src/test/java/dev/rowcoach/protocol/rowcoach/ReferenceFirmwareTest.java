package dev.rowcoach.protocol.rowcoach;

import dev.rowcoach.protocol.Decoder;
import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.sensor.DeviceStatus;
import dev.rowcoach.sensor.Gap;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.SensorInfo;
import dev.rowcoach.sensor.StreamListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference firmware (firmware-protocol/firmware) builds and speaks the protocol: its portable part is
 * compiled with the system C compiler against the host stand-ins for the board (host/sensor_host.c: a
 * simulated 208 Hz IMU whose u32 clock wraps, a USB link, a BLE link that chokes for a second, STOP at 2 s
 * and START at 3 s), run for 6 s, and both links' bytes are decoded by the Java decoder.
 */
class ReferenceFirmwareTest {

    private static final List<String> CFLAGS = List.of("-std=c99", "-D_DEFAULT_SOURCE", "-Wall", "-Wextra", "-Werror",
            "-pedantic", "-O2");

    @TempDir
    Path tmp;

    /** Everything the Java decoder reported. */
    private static final class Events implements StreamListener {
        final List<SensorInfo> infos = new ArrayList<>();
        final List<Sample> samples = new ArrayList<>();
        final List<Gap> gaps = new ArrayList<>();
        final List<Malformed> malformed = new ArrayList<>();
        final List<DeviceStatus> statuses = new ArrayList<>();

        @Override
        public void sensorInfo(SensorInfo info) {
            infos.add(info);
        }

        @Override
        public void sample(Sample sample) {
            samples.add(sample);
        }

        @Override
        public void gap(Gap gap) {
            gaps.add(gap);
        }

        @Override
        public void malformed(Malformed m) {
            malformed.add(m);
        }

        @Override
        public void status(DeviceStatus status) {
            statuses.add(status);
        }

        long missing() {
            return gaps.stream().filter(g -> g.cause() == Gap.Cause.MISSING_SAMPLES).mapToLong(Gap::missingSamples).sum();
        }
    }

    @Test
    void firmwareBuildsAndItsFramesDecodeOnBothLinks() throws Exception {
        Path firmware = VectorFiles.cDir().getParent().resolve("firmware");
        Path exe = tmp.resolve("sensor_host");
        List<String> compile = new ArrayList<>(List.of(CVectorTest.compiler()));
        compile.addAll(CFLAGS);
        compile.addAll(List.of("-I", VectorFiles.cDir().toString(), "-o", exe.toString(), firmware.resolve("host/sensor_host.c").toString(),
                firmware.resolve("rowcoach_sensor.c").toString(), VectorFiles.cDir().resolve("rowcoach_protocol.c").toString(),
                "-lm"));
        run(compile);
        Path usb = tmp.resolve("usb.bin");
        Path ble = tmp.resolve("ble.bin");
        run(List.of(exe.toString(), "6", usb.toString(), ble.toString()));

        Events u = decode(usb);
        assertEquals(List.of(), u.malformed);
        assertEquals(2, u.infos.size(), "DEVICE_INFO at boot and after START");
        SensorInfo info = u.infos.get(0);
        assertEquals("rowcoach-ref-host", info.model());
        assertEquals(208.0, info.nominalRateHz(), 1e-9);
        assertEquals(8.0, info.accelRangeG(), 1e-9);
        assertEquals(1000.0, info.gyroRangeDps(), 1e-9);
        // 6 s at 208 Hz less the second between STOP and START (the last few samples wait for a full frame).
        assertTrue(u.samples.size() > 5 * 208 - 10 && u.samples.size() <= 5 * 208, "samples: " + u.samples.size());
        // The clock wrapped 1.5 s in without a trace; STOP/START is a time jump, not lost samples.
        assertEquals(1, u.gaps.size(), u.gaps.toString());
        assertEquals(Gap.Cause.TIME_JUMP, u.gaps.get(0).cause());
        assertEquals(1.0, (u.gaps.get(0).endUs() - u.gaps.get(0).startUs()) / 1e6, 0.02);
        for (int i = 1; i < u.samples.size(); i++) {
            long dt = u.samples.get(i).timeUs() - u.samples.get(i - 1).timeUs();
            assertTrue(dt > 0, "time runs forward across the wrap at sample " + i);
        }
        Sample first = u.samples.get(0);
        assertEquals((4096 + 300) / 32768.0 * 8 * 9.80665, first.az(), 0.01);
        assertEquals(80 / 32768.0 * 8 * 9.80665, first.ay(), 0.01);
        assertTrue(u.statuses.size() >= 5, "a STATUS every second: " + u.statuses.size());
        assertEquals(87, u.statuses.get(0).batteryPercent());

        // BLE choked: its frames were dropped whole, the host sees exactly how many samples from the sequence
        // numbers, and the device counted the same number in its STATUS.
        Events b = decode(ble);
        assertEquals(List.of(), b.malformed);
        assertTrue(b.missing() > 50, "missing on BLE: " + b.missing());
        assertEquals(u.samples.size(), b.samples.size() + b.missing());
        long reported = u.statuses.get(u.statuses.size() - 1).droppedSamples();
        assertEquals(b.missing(), reported);
    }

    private static Events decode(Path file) throws Exception {
        Events e = new Events();
        byte[] bytes = Files.readAllBytes(file);
        Decoder d = new RowcoachDecoder(DecoderSettings.DEFAULTS, e);
        d.feed(bytes, 0, bytes.length);
        d.finish();
        return e;
    }

    private void run(List<String> command) throws Exception {
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        assertEquals(0, p.exitValue(), command.get(0) + " failed:\n" + Files.readString(err));
    }
}
