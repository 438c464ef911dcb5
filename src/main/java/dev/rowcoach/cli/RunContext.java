package dev.rowcoach.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What one run of rowcoach takes from whoever starts it: standard input, output and error, the environment, the
 * user's home folder and whether it runs on a terminal. {@link Main#main} gives the process's own
 * ({@link #ofProcess}); a caller running rowcoach in its own JVM ({@link Main#run}, e.g. the integration tests) gives
 * its streams and variables, and nothing a command does reads the process's instead. Exceptions: logging, which is
 * the JVM's (its level is set once, by {@link Main#main}), and the D-Bus library of {@code --ble} and
 * {@code devices}, which reads {@code DBUS_SYSTEM_BUS_ADDRESS} from the process itself.
 *
 * <p>A context serves one run: its standard output keeps the first write failure, which ends that run with exit 3.
 */
public final class RunContext {

    private final InputStream in;
    private final StandardOutput out;
    private final OutputStream err;
    private final Map<String, String> env;
    private final String home;
    private final BooleanSupplier terminal;

    /**
     * @param in       standard input ({@code -} as a file name); not closed
     * @param out      standard output, unbuffered or flushed by the caller after the run; not closed
     * @param err      standard error; not closed
     * @param env      the environment variables ({@code XDG_DATA_HOME}, {@code NO_COLOR}, {@code TERM}, {@code PATH})
     * @param home     the user's home folder (the history's default location without {@code XDG_DATA_HOME})
     * @param terminal whether standard input and output are a terminal (the text report is coloured on one)
     */
    public RunContext(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, String home,
                      boolean terminal) {
        this(in, out, err, env, home, () -> terminal);
    }

    private RunContext(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, String home,
                       BooleanSupplier terminal) {
        this.in = in;
        this.out = new StandardOutput(out);
        this.err = err;
        this.env = Map.copyOf(env);
        this.home = home;
        this.terminal = terminal;
    }

    /**
     * The process's own standard streams, environment, home folder and terminal (asked only when a command needs to
     * know: the JVM's console costs start-up time).
     */
    static RunContext ofProcess() {
        return new RunContext(System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                System.getenv(), System.getProperty("user.home"), () -> System.console() != null);
    }

    InputStream in() {
        return in;
    }

    StandardOutput out() {
        return out;
    }

    OutputStream err() {
        return err;
    }

    /** The environment variable {@code name}, or {@code null}. */
    String env(String name) {
        return env.get(name);
    }

    Map<String, String> env() {
        return env;
    }

    String home() {
        return home;
    }

    boolean terminal() {
        return terminal.getAsBoolean();
    }
}
