package dev.rowcoach.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package picture holds: {@code jdeps -verbose:package} on the compiled classes shows no package cycle,
 * {@code motion} using only {@code sensor} of ours, nothing of the analysis using the renderers, and exactly the
 * arrows docs/ARCHITECTURE.md's package table lists in its "may use" column.
 */
class PackageDependenciesTest {

    private static final String ROOT = "dev.rowcoach";
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path TABLE = Path.of("docs", "ARCHITECTURE.md");
    /** A dependency line of jdeps: "   dev.rowcoach.motion   -> dev.rowcoach.sensor   classes", or a library's package. */
    private static final Pattern ARROW = Pattern.compile("^\\s+(dev\\.rowcoach[\\w.]*)\\s+->\\s+([\\w.]+)\\s");
    /** A backticked package name in the table: lowercase words joined by dots. */
    private static final Pattern PACKAGE = Pattern.compile("`([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)`");

    /** Our packages (relative to dev.rowcoach; the root itself as "dev.rowcoach") → ours each uses. */
    private static Map<String, Set<String>> uses;

    @BeforeAll
    static void runJdeps() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", CLASSES.toString());
        assertEquals(0, rc, err.toString());
        uses = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = ARROW.matcher(line);
            if (m.find()) {
                String from = name(m.group(1));
                uses.computeIfAbsent(from, k -> new TreeSet<>());
                if (m.group(2).equals(ROOT) || m.group(2).startsWith(ROOT + ".")) {
                    String to = name(m.group(2));
                    if (!from.equals(to)) {
                        uses.get(from).add(to);
                    }
                }
            }
        }
        assertTrue(uses.size() > 10 && uses.containsKey("motion") && uses.containsKey("cli"),
                "jdeps saw our packages: " + uses.keySet());
    }

    private static String name(String pkg) {
        return pkg.equals(ROOT) ? ROOT : pkg.substring(ROOT.length() + 1);
    }

    @Test
    void noPackageCycle() {
        Set<String> done = new TreeSet<>();
        for (String p : uses.keySet()) {
            List<String> cycle = cycleFrom(p, new ArrayList<>(), done);
            assertTrue(cycle == null, "package cycle: " + cycle);
        }
    }

    /** Depth-first: the path of a cycle through {@code p}, or null. */
    private static List<String> cycleFrom(String p, List<String> path, Set<String> done) {
        if (path.contains(p)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(p), path.size()));
            cycle.add(p);
            return cycle;
        }
        if (done.contains(p)) {
            return null;
        }
        path.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            List<String> cycle = cycleFrom(q, path, done);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(p);
        return null;
    }

    @Test
    void theMotionCoreKnowsOnlySamples() {
        assertEquals(Set.of("sensor"), uses.get("motion"));
    }

    @Test
    void nothingOfTheAnalysisUsesTheRenderers() {
        for (String p : List.of("history", "coach", "grading", "motion")) {
            for (String q : uses.getOrDefault(p, Set.of())) {
                assertTrue(!q.equals("report") && !q.startsWith("report."), p + " uses " + q);
            }
        }
    }

    @Test
    void theArchitectureTableListsExactlyWhatEachPackageUses() throws Exception {
        Map<String, Set<String>> table = new TreeMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            String[] cells = line.split("\\|");
            // | `package` | holds | may use |
            if (cells.length == 4 && cells[1].strip().matches("`[a-z][\\w.]*`")) {
                String pkg = cells[1].strip().replace("`", "");
                Set<String> mayUse = new TreeSet<>();
                Matcher m = PACKAGE.matcher(cells[3]);
                while (m.find()) {
                    if (!m.group(1).startsWith("java")) {
                        mayUse.add(m.group(1));
                    }
                }
                table.put(pkg, mayUse);
            }
        }
        assertEquals(uses.keySet(), table.keySet(), "a row per package, as jdeps sees them");
        for (String p : uses.keySet()) {
            assertEquals(uses.get(p), table.get(p), "the \"may use\" of " + p + " in " + TABLE);
        }
    }
}
