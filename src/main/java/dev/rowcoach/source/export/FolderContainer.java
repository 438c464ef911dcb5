package dev.rowcoach.source.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The regular files directly inside a folder (an unpacked export, or the folder beside a given CSV). */
final class FolderContainer implements ExportContainer {

    /** Files listed at most; a folder with more is not an export (e.g. a Downloads folder). */
    static final int MAX_FILES = 1000;

    private final Path dir;
    private final List<String> names;

    private FolderContainer(Path dir, List<String> names) {
        this.dir = dir;
        this.names = List.copyOf(names);
    }

    /** Every regular file directly in {@code dir}, sorted by name. */
    static FolderContainer all(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(p)) {
                    if (names.size() == MAX_FILES) {
                        throw new ExportException("more than " + MAX_FILES + " files: not an app export");
                    }
                    names.add(p.getFileName().toString());
                }
            }
        }
        return new FolderContainer(dir, names);
    }

    /** The named files of {@code dir} (which must exist), in the order given. */
    static FolderContainer of(Path dir, List<String> names) {
        return new FolderContainer(dir, names);
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public InputStream open(String name) throws IOException {
        return Files.newInputStream(dir.resolve(name));
    }

    @Override
    public void close() {
        // Streams are closed by their readers; a folder holds nothing open.
    }
}
