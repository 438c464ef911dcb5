package dev.rowcoach.cli;

import dev.rowcoach.formats.Format;
import dev.rowcoach.formats.Formats;
import dev.rowcoach.protocol.WireFormat;

import java.util.Iterator;
import java.util.stream.Stream;

/** Format names from the registry, for picocli's help ({@code ${COMPLETION-CANDIDATES}}) and shell completion. */
final class FormatNames {

    private FormatNames() {
    }

    /** Every format {@code --input-format} takes. */
    static final class Input implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Formats.all().stream().map(f -> f.id().id()).iterator();
        }
    }

    /** What {@code live --protocol} takes: auto, or a sensor's protocol. */
    static final class Live implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Stream.of("auto"), Formats.ofKind(WireFormat.Kind.SENSOR).stream().map(Format::id)
                    .map(WireFormat::id)).iterator();
        }
    }
}
