package dev.rowcoach.source.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip archive read in place, with limits against zip bombs: at most {@link Limits#maxEntries} entries,
 * at most {@link Limits#maxTotalBytes} uncompressed in all, no entry expanding more than
 * {@link Limits#maxRatio} times its compressed size. The sizes the archive declares are checked when it
 * is opened, and the bytes actually inflated are counted while reading, so an archive that lies about its
 * sizes is stopped too. Every violation is an {@link ExportException} with a one-line reason.
 */
final class ZipContainer implements ExportContainer {

    /**
     * @param maxEntries    entries accepted (a phone export has a few dozen)
     * @param maxTotalBytes uncompressed bytes accepted over all entries
     * @param maxRatio      uncompressed/compressed size accepted per entry above 1 MiB (CSV compresses
     *                      about 3–10 times; a bomb about 1000 times)
     */
    record Limits(int maxEntries, long maxTotalBytes, double maxRatio) {
        /** 2000 entries, 2 GiB, 200:1: hours of 100 Hz CSVs pass, a bomb does not. */
        static final Limits DEFAULTS = new Limits(2000, 2L << 30, 200);
    }

    private static final long RATIO_CHECK_MIN_BYTES = 1 << 20;

    private final Path path;
    private final ZipFile zip;
    private final Limits limits;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private long inflated;

    private ZipContainer(Path path, ZipFile zip, Limits limits) {
        this.path = path;
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens {@code path} and checks its declared entry count and sizes against {@code limits}. */
    static ZipContainer open(Path path, Limits limits) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException | IllegalArgumentException e) {
            throw new ExportException("not a readable zip archive (" + e.getMessage() + ")");
        }
        ZipContainer c = new ZipContainer(path, zip, limits);
        try {
            c.index();
        } catch (IllegalArgumentException e) {
            zip.close(); // an entry name that is not UTF-8
            throw new ExportException("not a readable zip archive (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
        return c;
    }

    private void index() throws ExportException {
        long declared = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (++count > limits.maxEntries()) {
                throw new ExportException("zip archive has more than " + limits.maxEntries() + " entries: not an app export");
            }
            if (e.isDirectory() || ignored(e.getName())) {
                continue;
            }
            long size = e.getSize();
            if (size > 0) {
                declared += size;
                if (declared > limits.maxTotalBytes()) {
                    throw new ExportException("zip archive would expand to more than " + size(limits.maxTotalBytes())
                            + ": refused as a possible zip bomb");
                }
                long packed = e.getCompressedSize();
                if (size > RATIO_CHECK_MIN_BYTES && packed > 0 && size > limits.maxRatio() * packed) {
                    throw new ExportException(e.getName() + " would expand " + Math.round((double) size / packed)
                            + " times (to " + size(size) + "): refused as a possible zip bomb");
                }
            }
            entries.put(e.getName(), e);
            names.add(e.getName());
        }
    }

    /** macOS resource forks and folders added by Finder's compression are never sensor data. */
    private static boolean ignored(String name) {
        return name.startsWith("__MACOSX/") || ExportContainer.baseName(name).startsWith("._");
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipEntry e = entries.get(name);
        if (e == null) {
            throw new ExportException("no entry " + name + " in the zip archive");
        }
        try {
            return new Counted(zip.getInputStream(e), e);
        } catch (ZipException ex) {
            throw new ExportException(name + ": damaged zip entry (" + ex.getMessage() + ")");
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A size for messages: KiB below 1 MiB, else MiB. */
    private static String size(long bytes) {
        return bytes < (1 << 20) ? (bytes >> 10) + " KiB" : (bytes >> 20) + " MiB";
    }

    /** Counts inflated bytes against the entry's declared size, its ratio and the archive's total. */
    private final class Counted extends FilterInputStream {
        private final ZipEntry entry;
        private long read;

        Counted(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ZipException ex) {
                throw new ExportException(entry.getName() + ": damaged zip entry (" + ex.getMessage() + ")");
            }
            if (n > 0) {
                read += n;
                inflated += n;
                check();
            }
            return n;
        }

        private void check() throws ExportException {
            if (entry.getSize() >= 0 && read > entry.getSize()) {
                throw new ExportException(entry.getName() + " expands beyond the size the archive declares: refused as a possible zip bomb");
            }
            if (inflated > limits.maxTotalBytes()) {
                throw new ExportException("zip archive expands to more than " + size(limits.maxTotalBytes())
                        + ": refused as a possible zip bomb");
            }
            long packed = entry.getCompressedSize();
            if (read > RATIO_CHECK_MIN_BYTES && packed > 0 && read > limits.maxRatio() * packed) {
                throw new ExportException(entry.getName() + " expands more than " + Math.round(limits.maxRatio())
                        + " times its compressed size: refused as a possible zip bomb");
            }
        }
    }
}
