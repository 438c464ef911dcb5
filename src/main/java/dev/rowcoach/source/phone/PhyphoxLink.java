package dev.rowcoach.source.phone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rowcoach.protocol.phone.PhyphoxBuffers;
import dev.rowcoach.source.ByteLink;
import dev.rowcoach.source.LinkException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * phyphox's remote interface (the app's "Allow remote access"), polled: on opening, {@code /config} says which
 * buffers hold the accelerometer (with g) and the gyroscope, and {@code /control?cmd=start} starts the experiment when
 * it is not running; then every {@value #POLL_MS} ms {@code /get} asks for each buffer's values after the last time
 * already received (phyphox's incremental request {@code buffer=T|time}; the first asks for the {@code full}
 * buffers). Each response with new values becomes one line of the link's bytes, the configuration first, so a
 * recording holds everything the decoder needs; a response without new values is not passed on, so a paused
 * experiment is as idle as a silent sensor. The last times are kept across reconnections: the phone buffers what it measured
 * while the Wi-Fi was gone, and the next request fetches it.
 *
 * <p>A request without an answer within {@value #TIMEOUT_MS} ms, or an error status, is a lost link.
 */
public final class PhyphoxLink implements ByteLink {

    /** Time between requests, ms. */
    static final long POLL_MS = 50;
    /** Longest wait for an answer, ms. */
    static final long TIMEOUT_MS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String hostPort;
    private final URI base;
    private HttpClient client;
    private PhyphoxBuffers buffers;
    private String accelAfter;
    private String gyroAfter;
    private byte[] pending = new byte[0];
    private int pendingOff;
    private long nextPollNanos;

    /** @param hostPort {@code HOST} or {@code HOST:PORT} as phyphox shows it (port 8080 when not given) */
    public PhyphoxLink(String hostPort) {
        String hp = hostPort.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        if (hp.isEmpty()) {
            throw new IllegalArgumentException("--phyphox takes the address phyphox shows, e.g. 192.168.1.23:8080");
        }
        this.hostPort = hp.contains(":") && !hp.startsWith("[") ? hp : hp + ":8080";
        try {
            this.base = new URI("http://" + this.hostPort);
            if (base.getHost() == null || base.getPort() < 0) {
                throw new IllegalArgumentException("not an address: " + hostPort);
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an address: " + hostPort);
        }
    }

    @Override
    public String name() {
        return "phyphox:" + hostPort;
    }

    @Override
    public void open() throws LinkException {
        client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(TIMEOUT_MS)).version(HttpClient.Version.HTTP_1_1)
                .build();
        byte[] config = get("/config");
        JsonNode c = json(config, "/config");
        if (!PhyphoxBuffers.isConfig(c)) {
            throw new LinkException(hostPort + " answers, but not as phyphox's remote interface (its /config has no inputs"
                    + " and buffers): is this the address phyphox shows?");
        }
        buffers = PhyphoxBuffers.of(c);
        if (buffers.accel() == null) {
            throw new LinkException("phyphox at " + hostPort + ": the experiment" + (buffers.title().isEmpty() ? "" : " \""
                    + buffers.title() + "\"") + (buffers.linear() ? " measures acceleration without g; rowcoach needs gravity"
                    + " to find vertical: open \"Acceleration (with g)\"" : " has no accelerometer: open \"Acceleration (with g)\""));
        }
        byte[] first = get(query());
        JsonNode status = json(first, "/get").path("status");
        if (!status.path("measuring").asBoolean(false)) {
            JsonNode started = json(get("/control?cmd=start"), "/control");
            if (!started.path("result").asBoolean(false)) {
                throw new LinkException("phyphox at " + hostPort + " did not start the experiment (/control?cmd=start"
                        + " answered " + started + ")");
            }
        }
        append(MessageBuffer.line(config));
        took(first);
        nextPollNanos = System.nanoTime() + POLL_MS * 1_000_000L;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws LinkException {
        if (client == null) {
            throw new LinkException(hostPort + ": not open");
        }
        if (pendingOff == pending.length) {
            long wait = nextPollNanos - System.nanoTime();
            if (wait > 0) {
                sleep(Math.min(wait / 1_000_000L + 1, 100));
                return 0;
            }
            nextPollNanos = System.nanoTime() + POLL_MS * 1_000_000L;
            took(get(query()));
        }
        int n = Math.min(len, pending.length - pendingOff);
        System.arraycopy(pending, pendingOff, buf, off, n);
        pendingOff += n;
        return n;
    }

    @Override
    public void close() {
        client = null;
        pending = new byte[0];
        pendingOff = 0;
    }

    /**
     * Keeps a {@code /get} response as a line and moves the thresholds to its last times. A response that is not
     * JSON is kept too (the decoder reports it as malformed) and the next request asks again from the same times.
     */
    private void took(byte[] body) {
        JsonNode b;
        try {
            b = JSON.readTree(body).path("buffer");
        } catch (IOException e) {
            append(MessageBuffer.line(body));
            return;
        }
        String a = last(b, buffers.accel()[3], accelAfter);
        String g = buffers.gyro() == null ? null : last(b, buffers.gyro()[3], gyroAfter);
        if (java.util.Objects.equals(a, accelAfter) && java.util.Objects.equals(g, gyroAfter)) {
            return; // nothing new: not a message (so a stopped experiment is idle, and recordings stay small)
        }
        accelAfter = a;
        gyroAfter = g;
        append(MessageBuffer.line(body));
    }

    private void append(byte[] line) {
        byte[] rest = new byte[pending.length - pendingOff + line.length];
        System.arraycopy(pending, pendingOff, rest, 0, pending.length - pendingOff);
        System.arraycopy(line, 0, rest, pending.length - pendingOff, line.length);
        pending = rest;
        pendingOff = 0;
    }

    /** The last time in buffer {@code name}'s values, as phyphox wrote it, else {@code previous}. */
    private static String last(JsonNode buffer, String name, String previous) {
        JsonNode values = buffer.path(name).path("buffer");
        for (int i = values.size() - 1; i >= 0; i--) {
            if (values.get(i).isNumber()) {
                return values.get(i).asText();
            }
        }
        return previous;
    }

    /** {@code /get} for every buffer read: all of it the first time, then what came after the last time received. */
    private String query() {
        StringBuilder q = new StringBuilder("/get?");
        sensor(q, buffers.accel(), accelAfter);
        if (buffers.gyro() != null) {
            q.append('&');
            sensor(q, buffers.gyro(), gyroAfter);
        }
        return q.toString();
    }

    private static void sensor(StringBuilder q, String[] names, String after) {
        String time = names[3];
        q.append(enc(time)).append('=').append(after == null ? "full" : after);
        for (int i = 0; i < 3; i++) {
            q.append('&').append(enc(names[i])).append('=').append(after == null ? "full" : after + "%7C" + enc(time));
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] get(String pathAndQuery) throws LinkException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofMillis(TIMEOUT_MS))
                .GET().build();
        HttpResponse<byte[]> r;
        try {
            r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new LinkException("phyphox at " + hostPort + ": no answer within " + TIMEOUT_MS / 1000 + " s (phone locked,"
                    + " app in the background or Wi-Fi lost?)");
        } catch (IOException e) {
            throw new LinkException("phyphox at " + hostPort + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + " (is \"Allow remote access\" on, and this the address phyphox shows?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted");
        }
        if (r.statusCode() != 200) {
            throw new LinkException("phyphox at " + hostPort + ": " + pathAndQuery.replaceFirst("\\?.*", "") + " answered "
                    + r.statusCode());
        }
        return r.body();
    }

    private JsonNode json(byte[] body, String what) throws LinkException {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (IOException e) {
            // below
        }
        throw new LinkException(hostPort + " answers " + what + ", but not with phyphox's JSON: is this the address"
                + " phyphox shows?");
    }

    private static void sleep(long ms) throws LinkException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted");
        }
    }
}
