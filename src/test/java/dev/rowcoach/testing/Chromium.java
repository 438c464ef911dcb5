package dev.rowcoach.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium ({@code chromium}, installed by {@code .ci/run}) opening a local page: one run takes a
 * screenshot of the window and dumps the DOM as parsed, with Chromium's own log on stderr
 * ({@code --enable-logging=stderr --v=0}), where every message of the page's console (errors, blocked fetches,
 * content-security-policy violations) is a line with {@code :CONSOLE}.
 */
public final class Chromium {

    /** What one page load gave. */
    public record Page(String dom, List<String> console, Path screenshot) {
    }

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /**
     * The browser on the PATH. Without one the test is skipped, except on CI ({@code CI} set), where it fails:
     * there {@code .ci/run} must have installed it.
     */
    public static Chromium require() {
        Path found = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "chromium");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                found = p;
                break;
            }
        }
        if (found == null) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isEmpty()) {
                throw new AssertionError("chromium is not on the PATH, and CI is set: .ci/run should have installed it");
            }
            Assumptions.abort("chromium is not installed (apt-get install chromium); CI runs this test");
        }
        return new Chromium(found);
    }

    /**
     * Opens {@code html} in a {@code width} × {@code height} window with a fresh profile under {@code work}, saves
     * the screenshot there and returns it with the parsed DOM and the console lines.
     */
    public Page open(Path html, int width, int height, Path work) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Path png = work.resolve(html.getFileName() + ".png");
        Path out = work.resolve(html.getFileName() + ".dom");
        Path err = work.resolve(html.getFileName() + ".log");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--window-size=" + width + "," + height, "--screenshot=" + png, "--dump-dom", html.toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s on " + html);
        }
        List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE")).toList();
        if (p.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + p.exitValue() + " on " + html + ":\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Page(Files.readString(out, StandardCharsets.UTF_8), console, png);
    }
}
