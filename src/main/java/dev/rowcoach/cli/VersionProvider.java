package dev.rowcoach.cli;

import dev.rowcoach.Version;
import picocli.CommandLine;

/** {@code --version}: this build's version and the Java runtime. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Version.SOFTWARE, "Java " + System.getProperty("java.version")};
    }
}
