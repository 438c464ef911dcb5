package dev.rowcoach.grading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rowcoach.JsonTree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a JSON resource of the build (the exercise profiles, the coaching rules) into a tree with jackson-core's
 * streaming parser ({@link JsonTree}: the tree {@code new ObjectMapper().readTree(in)} gives, without an
 * {@code ObjectMapper}, whose set-up cost about 0.1 CPU s of every run, a tenth of a 16-minute replay).
 */
public final class ResourceJson {

    private ResourceJson() {
    }

    /**
     * The tree of the resource {@code name}, found beside {@code owner}.
     *
     * @throws IllegalStateException when the resource is missing or holds no JSON value
     * @throws UncheckedIOException  when it cannot be read or is not well-formed JSON
     */
    public static JsonNode read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The tree of one JSON document; {@code in} is not closed. */
    static JsonNode read(InputStream in) throws IOException {
        JsonNode tree = JsonTree.read(in);
        if (tree == null) {
            throw new IllegalStateException("no JSON value");
        }
        return tree;
    }
}
