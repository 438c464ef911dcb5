package dev.rowcoach.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code dbus-daemon} on a private bus of its own (its configuration and socket in a temporary folder,
 * every name and message allowed), for tests that need a D-Bus peer. Without dbus-daemon the test is skipped
 * with a note, except on CI ({@code CI=true}), where {@code .ci/run} installs it and its absence fails the test.
 */
public final class PrivateBus implements AutoCloseable {

    private final Process daemon;
    private final String address;

    private PrivateBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    /** Starts the daemon with its files in {@code dir}. */
    public static PrivateBus start(Path dir) throws IOException {
        Path exe = findDaemon();
        if (exe == null) {
            String why = "dbus-daemon is not installed (Debian: apt-get install dbus-daemon; .ci/run does it)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why + ": BLE test skipped");
        }
        Path socket = dir.resolve("bus");
        Path config = dir.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow user="*"/>
                    <allow own="*"/>
                    <allow send_destination="*"/>
                    <allow receive_sender="*"/>
                  </policy>
                </busconfig>
                """.formatted(socket));
        Process p = new ProcessBuilder(exe.toString(), "--config-file=" + config, "--nofork", "--print-address")
                .redirectError(dir.resolve("bus.err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("unix:")) {
            p.destroyForcibly();
            throw new IOException("dbus-daemon did not print its address: " + line + "; "
                    + Files.readString(dir.resolve("bus.err")));
        }
        return new PrivateBus(p, line.trim());
    }

    private static Path findDaemon() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, "dbus-daemon");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** The bus's address, as {@code DBUS_SYSTEM_BUS_ADDRESS} takes it. */
    public String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        daemon.destroy();
        if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
            daemon.destroyForcibly();
        }
    }
}
