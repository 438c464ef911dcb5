package dev.rowcoach.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON writer for what rowcoach prints: indented, fields in declaration order. */
public final class JsonOutput {

    /** Builds trees ({@code createObjectNode}) and writes them. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final com.fasterxml.jackson.databind.ObjectWriter LINE =
            MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** {@code value} (a tree or a record of plain values) as indented JSON, without a trailing newline. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Trees of plain nodes and records of plain values always serialise; reaching this is a bug.
            throw new IllegalStateException(e);
        }
    }

    /** {@code value} as JSON on one line (for JSON-lines output), without a trailing newline. */
    public static String line(Object value) {
        try {
            return LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
