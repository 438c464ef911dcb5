package dev.rowcoach.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of a recording's bytes, read in 64 KiB chunks (bounded memory for a file of any size). A folder (an
 * app export) hashes as each of its files, in path order, by relative name and then bytes.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * SHA-256 of {@code file}'s bytes (or of a folder's files) as 64 lower-case hex digits.
     *
     * @throws IOException when a file cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        if (Files.isDirectory(file)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(file)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                digest.update(file.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                update(digest, f, buf);
            }
        } else {
            update(digest, file, buf);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Path file, byte[] buf) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                digest.update(buf, 0, n);
            }
        }
    }
}
