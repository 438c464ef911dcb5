package dev.rowcoach;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, from the resource Maven fills in when packaging. */
public final class Version {

    /** e.g. "0.1.0", or "unknown" when running from unfiltered sources. */
    public static final String NUMBER = load();
    /** e.g. "rowcoach 0.1.0": what recordings and reports name as their software. */
    public static final String SOFTWARE = "rowcoach " + NUMBER;

    private Version() {
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/rowcoach-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            // An unfiltered resource (running from sources) still holds the Maven placeholder.
            return v == null || v.isBlank() || v.startsWith("${") ? "unknown" : v.trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
