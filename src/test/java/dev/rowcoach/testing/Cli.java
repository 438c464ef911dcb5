package dev.rowcoach.testing;

import dev.rowcoach.cli.Main;
import dev.rowcoach.cli.RunContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI as a test needs it: {@link #run} and {@link #runWithEnv} call it in this JVM ({@link Main#run}, no
 * JVM to start, which is most of a short run's CPU); {@link #runInJvm}, {@link #runInJvmWithEnv},
 * {@link #runWithJvmOptions} and {@link #runRedirected} start the packaged jar ({@code target/rowcoach.jar}) in a JVM
 * of its own, as the launcher does, for tests of what only a process has: JVM options, the process's own standard
 * streams (a device, a pipe), the log level of {@code --verbose} and {@code --debug}, several processes at one
 * database, the jar itself.
 */
public final class Cli {

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    static {
        // The folder the build names for this JVM's SQLite library must exist before the library is first loaded.
        String natives = System.getProperty("org.sqlite.tmpdir");
        if (natives != null) {
            try {
                Files.createDirectories(Path.of(natives));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private Cli() {
    }

    public static Path jar() {
        String p = System.getProperty("rowcoach.jar", "target/rowcoach.jar");
        return Path.of(p).toAbsolutePath();
    }

    /**
     * Where every run keeps its training history unless a test says otherwise ({@code XDG_DATA_HOME}), so that no
     * test ever writes to the real user's data directory. Test JVMs run side by side, and so do the test methods of
     * some classes, so the build names one folder per JVM ({@code rowcoach.it.dataHome}) and each test thread has
     * its own under it: a thread runs one test at a time, so a test sees only its own and earlier tests' sessions,
     * as when every test ran one after another.
     */
    public static Path dataHome() {
        return Path.of(System.getProperty("rowcoach.it.dataHome", "target/it-data-home")).toAbsolutePath()
                .resolve(Thread.currentThread().getName().replaceAll("[^A-Za-z0-9_.-]", "_"));
    }

    /**
     * The JVM as the {@code rowcoach} launcher starts it for a short job or a live session (test inputs are small):
     * the serial collector and the C1 compiler alone, which halve the CPU of a run of a second or two.
     */
    private static final List<String> SHORT_JOB_JVM = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /**
     * {@code java OPTIONS -jar rowcoach.jar}: the JVM with {@code jvmOptions}, its SQLite native library unpacked in
     * the test thread's own folder. sqlite-jdbc unpacks it on every start and deletes the copies of processes that
     * have ended; two starting at once in one folder can race for the same copy, and the loser says so on stderr
     * ("Failed to delete old native lib"), which tests of other things cannot tell from a failure. A thread starts
     * one run at a time, as the whole suite did when it ran one test after another.
     */
    static List<String> javaCommand(List<String> jvmOptions) throws IOException {
        Path natives = Files.createDirectories(dataHome().resolve("sqlite-native"));
        List<String> cmd = new ArrayList<>(List.of(javaBinary()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Dorg.sqlite.tmpdir=" + natives, "-jar", jar().toString()));
        return cmd;
    }

    /** {@link #javaCommand} as the launcher starts a short job or a live session, with its class-data archive. */
    static List<String> shortJobCommand() throws IOException {
        List<String> options = new ArrayList<>(SHORT_JOB_JVM);
        options.addAll(classDataArchive());
        return javaCommand(options);
    }

    private static List<String> archiveOptions;

    /**
     * The JVM options that map the launcher's application class-data archive, {@code target/rowcoach.jsa}, made as the
     * launcher makes it (docs/PERFORMANCE.md, "Start-up") once per build by the first JVM of the suite that needs it,
     * while the other forks wait: a start-up then maps the jar's classes instead of loading and verifying them again
     * (0.81 -> 0.60 CPU s for a small replay). None when the JDK cannot make one; the logs the launcher turns off.
     */
    private static synchronized List<String> classDataArchive() throws IOException {
        if (archiveOptions == null) {
            Path jar = jar();
            Path archive = jar.resolveSibling("rowcoach.jsa");
            try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(jar.resolveSibling("rowcoach.jsa.lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                 java.nio.channels.FileLock held = lock.lock()) {
                if (!fresh(archive, jar)) {
                    makeArchive(jar, archive);
                }
            }
            archiveOptions = fresh(archive, jar)
                    ? List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off") : List.of();
        }
        return archiveOptions;
    }

    private static boolean fresh(Path archive, Path jar) throws IOException {
        return Files.isRegularFile(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
    }

    /**
     * The launcher's {@code make_archive}: a replay of a bundled sample, its report as JSON, lists the classes it loads,
     * and a static archive of them is written.
     */
    private static void makeArchive(Path jar, Path archive) throws IOException {
        Path sample = Path.of("sample-recordings/strict-heavy-sets-200hz.rcrec").toAbsolutePath();
        if (!Files.isRegularFile(sample)) {
            return;
        }
        Path tmp = archive.resolveSibling("rowcoach.jsa." + ProcessHandle.current().pid());
        Path list = archive.resolveSibling("rowcoach.jsa." + ProcessHandle.current().pid() + ".classes");
        Path natives = Files.createDirectories(dataHome().resolve("sqlite-native"));
        try {
            Result listed = exec(List.of(javaBinary(), "-XX:+UseSerialGC", "-XX:DumpLoadedClassList=" + list,
                    "-Dorg.sqlite.tmpdir=" + natives, "-jar", jar.toString(), "replay", "--no-history", "--format", "json",
                    sample.toString()));
            if (listed.exitCode() != 0) {
                return;
            }
            Result dumped = exec(List.of(javaBinary(), "-XX:+UseSerialGC", "-Xshare:dump",
                    "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + tmp, "-cp", jar.toString()));
            if (dumped.exitCode() == 0 && Files.isRegularFile(tmp)) {
                Files.move(tmp, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(list);
        }
    }

    /** Runs {@code args} in this JVM with the history under {@link #dataHome} and no standard input. */
    public static Result run(String... args) {
        return runWithEnv(Map.of(), args);
    }

    /**
     * Runs {@code args} in this JVM, as {@link #run}, with {@code env} added to this process's environment (e.g.
     * another {@code XDG_DATA_HOME}), as a process started with it would see it. What the JVM's logger or a library
     * writes to {@code System.err} on this thread, or on a thread the run starts, while it runs is its standard error,
     * as it would be a process's: a warning cannot go unseen by a test that expects none.
     */
    public static Result runWithEnv(Map<String, String> env, String... args) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("XDG_DATA_HOME", dataHome().toString());
        environment.putAll(env);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunErr.capture(err);
        int code;
        try {
            code = Main.run(new RunContext(InputStream.nullInputStream(), out, err, environment,
                    System.getProperty("user.home"), false), args);
        } finally {
            RunErr.release();
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with {@code jvmOptions} (e.g. {@code -Xmx64m}) given to the JVM. */
    public static Result runWithJvmOptions(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> cmd = javaCommand(jvmOptions);
        cmd.addAll(List.of(args));
        return exec(cmd, Map.of());
    }

    /**
     * Runs {@code args} in a JVM started as the launcher starts a short job, with {@code jvmOptions} after the
     * launcher's own, as {@code ROWCOACH_JAVA_OPTS} comes after them (e.g. {@code -Xmx64m}).
     */
    public static Result runShortJobWithJvmOptions(List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(SHORT_JOB_JVM);
        options.addAll(classDataArchive());
        options.addAll(jvmOptions);
        List<String> cmd = javaCommand(options);
        cmd.addAll(List.of(args));
        return exec(cmd, Map.of());
    }

    /** Runs {@code args} in a JVM of its own, started as the launcher starts a short job. */
    public static Result runInJvm(String... args) throws IOException, InterruptedException {
        return runInJvmWithEnv(Map.of(), args);
    }

    /** {@link #runInJvm} with {@code env} added to the process's environment. */
    public static Result runInJvmWithEnv(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = shortJobCommand();
        cmd.addAll(List.of(args));
        return exec(cmd, env);
    }

    /**
     * Runs with standard input from {@code stdin} and standard output to {@code stdout} (e.g. a FIFO, /dev/full);
     * {@link Result#out()} is empty unless {@code stdout} is {@link ProcessBuilder.Redirect#PIPE}, which is read.
     */
    public static Result runRedirected(ProcessBuilder.Redirect stdin, ProcessBuilder.Redirect stdout, Map<String, String> env,
                                       String... args) throws IOException, InterruptedException {
        List<String> cmd = shortJobCommand();
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile("rowcoach-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("XDG_DATA_HOME", dataHome().toString());
            pb.environment().putAll(env);
            Process p = pb.redirectInput(stdin).redirectOutput(stdout).redirectError(err.toFile()).start();
            String out = stdout == ProcessBuilder.Redirect.PIPE
                    ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    public static Result exec(List<String> cmd) throws IOException, InterruptedException {
        return exec(cmd, Map.of());
    }

    private static Result exec(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile("rowcoach-out", ".txt");
        Path err = Files.createTempFile("rowcoach-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("XDG_DATA_HOME", dataHome().toString());
            pb.environment().putAll(env);
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
