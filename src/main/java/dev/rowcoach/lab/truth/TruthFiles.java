package dev.rowcoach.lab.truth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code FILE.truth.json} beside a simulated recording. */
public final class TruthFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private TruthFiles() {
    }

    /** The truth file that belongs to {@code recording}: the same name with ".truth.json" appended. */
    public static Path beside(Path recording) {
        return recording.resolveSibling(recording.getFileName() + ".truth.json");
    }

    public static void write(Path file, Truth truth) throws IOException {
        Files.write(file, MAPPER.writeValueAsBytes(truth));
    }

    /** @throws IOException when the file cannot be read or is not a truth file of this schema */
    public static Truth read(Path file) throws IOException {
        Truth t = MAPPER.readValue(file.toFile(), Truth.class);
        if (!Truth.SCHEMA.equals(t.schema())) {
            throw new IOException(file + ": not a " + Truth.SCHEMA + " file (schema " + t.schema() + ")");
        }
        return t;
    }
}
