package dev.rowcoach.formats;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.protocol.WireFormat;
import dev.rowcoach.sensor.Malformed;
import dev.rowcoach.sensor.Sample;
import dev.rowcoach.sensor.StreamListener;
import dev.rowcoach.source.FormatDetector;
import dev.rowcoach.source.SensorFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry covers every format once, and every decoder ends its stream exactly once, after its last event. */
class FormatsTest {

    @Test
    void everyFormatIsRegisteredOnceInOrder() {
        List<WireFormat> registered = Formats.all().stream().map(Format::id).toList();
        assertEquals(WireFormat.values().length, registered.size());
        assertTrue(registered.containsAll(Arrays.asList(WireFormat.values())));
        for (WireFormat w : WireFormat.values()) {
            Format f = Formats.of(w);
            assertEquals(w, f.id());
            assertEquals(!w.isExport(), f.probe() != null, w.id() + ": a byte format has a probe, an export has none");
        }
    }

    @Test
    void sensorProtocolsAreTheLiveChoices() {
        assertEquals("rowcoach, ascii or witmotion", Formats.choices(Formats.ofKind(WireFormat.Kind.SENSOR)));
        assertEquals("phyphox-live or sensor-logger-live", Formats.choices(Formats.ofKind(WireFormat.Kind.PHONE)));
    }

    @Test
    void containersAndExportsHaveNoPlainDecoder() {
        StreamListener ignore = s -> {
        };
        assertThrows(IllegalArgumentException.class, () -> Formats.decoder(WireFormat.RECORDING, DecoderSettings.DEFAULTS, ignore));
        assertThrows(IllegalArgumentException.class, () -> Formats.decoder(WireFormat.PHYPHOX, DecoderSettings.DEFAULTS, ignore));
    }

    /** Each sample recording in its own format, decoded as users do: {@code end()} comes once, last. */
    @ParameterizedTest
    @ValueSource(strings = {"accel-only-100hz.csv", "low-rate-25hz.csv", "high-rate-1000hz.bin", "data-gap-200hz.rcrec"})
    void everyDecoderEndsTheStreamOnceAfterItsLastEvent(String name) throws Exception {
        Path file = Path.of("sample-recordings", name);
        List<String> events = new ArrayList<>();
        SensorFile.open(file, null, DecoderSettings.DEFAULTS).decode(new StreamListener() {
            @Override
            public void sample(Sample sample) {
                if (events.isEmpty() || !events.get(events.size() - 1).equals("sample")) {
                    events.add("sample");
                }
            }

            @Override
            public void malformed(Malformed malformed) {
                events.add("malformed");
            }

            @Override
            public void end() {
                events.add("end");
            }
        });
        assertTrue(events.contains("sample"), name + " has samples");
        assertEquals(1, events.stream().filter("end"::equals).count(), name + ": " + events);
        assertEquals("end", events.get(events.size() - 1), name + ": " + events);
    }

    @Test
    void detectionAsksEveryRegisteredProbe() throws Exception {
        byte[] head = Files.readAllBytes(Path.of("sample-recordings", "high-rate-1000hz.bin"));
        WireFormat f = FormatDetector.detect(head, Math.min(head.length, FormatDetector.HEAD_BYTES), DecoderSettings.DEFAULTS);
        assertNotNull(Formats.of(f).decoder());
    }
}
