package dev.rowcoach.report.html;

import dev.rowcoach.protocol.DecoderSettings;
import dev.rowcoach.session.Loads;
import dev.rowcoach.session.Replay;
import dev.rowcoach.session.SessionReport;
import dev.rowcoach.source.SensorFile;
import dev.rowcoach.testing.Chromium;
import dev.rowcoach.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code replay --format html} of every bundled sample, opened in headless Chromium as a lifter's phone would
 * (390 px wide): the screenshot is a real picture of the requested size, the DOM holds every chart as parsed SVG,
 * the console stays empty and nothing is fetched (the page's content security policy forbids every fetch, and
 * the browser logs each blocked one to the console: a control page checks that it does).
 */
class ReportHtmlIT {

    private static final int WIDTH = 390, HEIGHT = 1600;
    private static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src data:\">";
    private static Chromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void browser() {
        System.setProperty("java.awt.headless", "true");
        chromium = Chromium.require();
    }

    private static List<Path> samples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("sample-recordings"))) {
            return s.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".sh")).sorted().toList();
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void everySampleReportRendersWithItsChartsNoConsoleMessageAndNoFetch() throws Exception {
        List<Path> samples = samples();
        assertEquals(9, samples.size(), samples.toString());
        Path db = dir.resolve("history.db");
        int discardedSeen = 0;
        for (Path sample : samples) {
            String name = sample.getFileName().toString();
            Path html = dir.resolve(name + ".html");
            Cli.Result r = Cli.run("replay", sample.toString(), "--format", "html", "-o", html.toString(), "--db", db.toString());
            assertEquals(0, r.exitCode(), name + ": " + r.err());
            assertEquals("", r.err(), name);
            assertEquals("", r.out(), name);
            String raw = Files.readString(html, StandardCharsets.UTF_8);
            assertNoFetchableUrl(raw, name);

            Chromium.Page page = chromium.open(html, WIDTH, HEIGHT, dir);
            assertEquals(List.of(), page.console(), name + ": console messages");
            assertScreenshot(page.screenshot(), name);

            SessionReport expected = Replay.of(SensorFile.open(sample, null, DecoderSettings.DEFAULTS),
                    Replay.Grading.DEFAULTS, Loads.UNKNOWN);
            assertFalse(expected.sets().isEmpty(), name);
            String dom = page.dom();
            assertTrue(dom.contains(CSP), name + ": the page forbids fetches");
            assertEquals(4 * expected.sets().size() + 1, count(dom, "<svg "), name + ": svg elements");
            for (int set = 1; set <= expected.sets().size(); set++) {
                for (String chart : List.of("velocity", "path", "sway", "trace")) {
                    assertTrue(dom.contains("<svg id=\"set-" + set + "-" + chart + "\""), name + ": set " + set + " " + chart);
                }
                // What the detector saw: each movement not counted is labelled on the trace and listed with its reason.
                String trace = element(dom, "<svg id=\"set-" + set + "-trace\"", "</svg>");
                List<dev.rowcoach.session.DiscardedMovement> discarded = expected.sets().get(set - 1).discarded();
                discardedSeen += discarded.size();
                for (int i = 1; i <= discarded.size(); i++) {
                    assertTrue(trace.contains(">not counted (" + i + ")</text>"), name + ": set " + set + " label " + i);
                    assertTrue(element(dom, "<section class=\"card set\" id=\"set-" + set + "\"", "</section>")
                            .contains(discarded.get(i - 1).reason()), name + ": set " + set + " reason " + i);
                }
                assertEquals(discarded.size(), count(trace, ">not counted ("), name + ": set " + set + " labels");
            }
            assertTrue(dom.contains("<svg id=\"week-chart\""), name + ": the weekly chart");
            assertFalse(dom.contains("&lt;svg"), name + ": an SVG shown as text");
        }
        assertTrue(discardedSeen >= 5, "the samples hold movements not counted: " + discardedSeen);
    }

    /** The first element of {@code dom} that starts with {@code open}, up to its first {@code close}. */
    private static String element(String dom, String open, String close) {
        int from = dom.indexOf(open);
        assertTrue(from >= 0, "no " + open);
        return dom.substring(from, dom.indexOf(close, from) + close.length());
    }

    @Test
    void textFromTheRecordingTheFileNameAndTheOptionsStaysText() throws Exception {
        String script = "<script>alert(1)</script>";
        String img = "\"'><img src=x onerror=alert(2)>";
        // A path whose text holds both: "<script>alert(1)</script>" spans a folder and the file name.
        Path folder = Files.createDirectories(dir.resolve("<script>alert(1)<"));
        Path recording = folder.resolve("script>" + img + ".rcrec");
        Cli.Result c = Cli.run("convert", "sample-recordings/low-rate-25hz.csv", recording.toString(),
                "--athlete", script, "--notes", img);
        assertEquals(0, c.exitCode(), c.err());
        Path db = dir.resolve("history.db");
        Path fromHeader = dir.resolve("header.html");
        Path fromOptions = dir.resolve("options.html");
        Cli.Result a = Cli.run("replay", recording.toString(), "--format", "html", "-o", fromHeader.toString(), "--db", db.toString());
        Cli.Result b = Cli.run("replay", recording.toString(), "--format", "html", "-o", fromOptions.toString(),
                "--athlete", img, "--notes", script, "--db", db.toString());
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(0, b.exitCode(), b.err());
        String escapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";
        String escapedImg = "&quot;&#39;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;";
        for (Path html : List.of(fromHeader, fromOptions)) {
            String raw = Files.readString(html, StandardCharsets.UTF_8);
            String lower = raw.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("<script"), html + ": a script element");
            assertFalse(lower.contains("<img"), html + ": an img element");
            assertFalse(lower.contains("onerror="), html + ": an event handler");
            assertTrue(raw.contains("<dd>" + escapedScript + "</dd>"), html + ": the athlete or notes, escaped");
            assertTrue(raw.contains("<dd>" + escapedImg + "</dd>"), html + ": the athlete or notes, escaped");
            assertTrue(raw.contains(escapedScript + escapedImg + ".rcrec"), html + ": the file name");

            Chromium.Page page = chromium.open(html, WIDTH, HEIGHT, dir);
            assertEquals(List.of(), page.console(), html + ": console messages");
            String dom = page.dom().toLowerCase(Locale.ROOT);
            assertFalse(dom.contains("<script"), html + ": a script element in the DOM");
            assertFalse(dom.contains("<img"), html + ": an img element in the DOM");
            // The browser shows the text as typed: serialising it back escapes it again.
            assertTrue(page.dom().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html + ": the text is shown");
        }
    }

    @Test
    void aHistoryThatCannotBeReadCostsOnlyTheWeeklyChart() throws Exception {
        Path db = Files.writeString(dir.resolve("damaged.db"), "not a database at all, just text");
        Path html = dir.resolve("damaged.html");
        Cli.Result r = Cli.run("replay", "sample-recordings/excessive-swing-200hz.rcrec", "--format", "html", "-o",
                html.toString(), "--db", db.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> warnings = r.err().lines().toList();
        assertEquals(1, warnings.size(), r.err());
        assertTrue(warnings.get(0).startsWith("rowcoach: warning: session not saved to the history: " + db), r.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<p>No training history.</p>"));
        assertEquals(4, count(page, "<svg "), "the set's four charts are all there");
        assertEquals("not a database at all, just text", Files.readString(db), "the damaged file is left alone");
    }

    @Test
    void aPageThatFetchesIsCaughtByTheConsoleCheck() throws Exception {
        Path control = dir.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><html><head>" + CSP + "<title>control</title></head><body>"
                + "<p>control</p><img src=\"http://127.0.0.1:9/x.png\" alt=\"\"></body></html>");
        Chromium.Page page = chromium.open(control, WIDTH, 400, dir);
        assertEquals(1, page.console().size(), page.console().toString());
        assertTrue(page.console().get(0).contains("Content Security Policy"), page.console().get(0));
    }

    /** The only URLs in the page are the XML namespaces of its SVG elements, which are names, never fetched. */
    private static void assertNoFetchableUrl(String html, String name) {
        Matcher m = Pattern.compile("(?i)(https?|ftp|wss?)://[^'\"\\s)]*").matcher(html);
        while (m.find()) {
            assertTrue(List.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink",
                    "http://www.jfree.org/jfreesvg/svg").contains(m.group()), name + ": a URL " + m.group());
        }
    }

    /** A PNG of exactly the window's size whose pixels are not all alike (a blank page has no variance). */
    private static void assertScreenshot(Path png, String name) throws Exception {
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(bytes, 8), name);
        assertEquals("IHDR", new String(bytes, 12, 4, StandardCharsets.US_ASCII), name);
        assertEquals(WIDTH, ByteBuffer.wrap(bytes, 16, 4).getInt(), name + ": width");
        assertEquals(HEIGHT, ByteBuffer.wrap(bytes, 20, 4).getInt(), name + ": height");
        BufferedImage image = ImageIO.read(png.toFile());
        double sum = 0, sumSq = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double lum = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += lum;
                sumSq += lum * lum;
                n++;
            }
        }
        double sd = Math.sqrt(Math.max(0, sumSq / n - (sum / n) * (sum / n)));
        assertTrue(sd > 15, name + ": the screenshot is nearly blank (luminance sd " + sd + ")");
    }
}
