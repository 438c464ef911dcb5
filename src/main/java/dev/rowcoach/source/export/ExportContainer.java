package dev.rowcoach.source.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The files of an app export: a folder, or a zip archive read in place (never unpacked to disk). */
interface ExportContainer extends Closeable {


    /** The file names, as paths inside the container ("Accelerometer.csv", "meta/device.csv"). */
    List<String> names();

    /** A new stream of one file's bytes; several may be open at once. */
    InputStream open(String name) throws IOException;

    /** The last path element of {@code name}. */
    static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
