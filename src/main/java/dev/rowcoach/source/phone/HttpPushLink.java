package dev.rowcoach.source.phone;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rowcoach.source.ByteLink;
import dev.rowcoach.source.LinkException;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Phones that push their readings (Sensor Logger's HTTP push, or any client posting the same JSON): an HTTP server
 * (the JDK's {@code com.sun.net.httpserver}) on which every POST body becomes one line of the link's bytes, in the
 * order the posts arrived (one handler thread). The handler only copies the body into a {@link MessageBuffer} and
 * answers 200, or 503 when the buffer is full (the reader stalled), so a phone is never told a batch was taken
 * that was not. A GET answers with one line saying what to do.
 *
 * <p>A push has no connection to lose, so silence is the loss: once data came, {@value #SILENCE_MS} ms without any
 * makes {@link #read} report the link lost (the phone's screen locked, the app stopped, the Wi-Fi dropped). The
 * server keeps listening meanwhile, and {@link #open} succeeds again as soon as a post has arrived, so the session
 * marks the disconnection and the reconnection and nothing that arrived in between is lost.
 */
public final class HttpPushLink implements ByteLink {

    /** Silence after which the phone counts as gone, ms (Sensor Logger's batches come every 0.1–1 s). */
    static final long SILENCE_MS = 3000;
    static final long READ_TIMEOUT_MS = 100;
    /** Largest post taken, bytes. */
    static final int MAX_BODY_BYTES = 8 << 20;
    private static final int BUFFER_BYTES = 32 << 20;

    private final InetSocketAddress address;
    private final String shown;
    private final MessageBuffer buffer = new MessageBuffer(BUFFER_BYTES);
    private HttpServer server;
    private ExecutorService handler;
    private boolean silent;
    private long lastDataNanos;
    private boolean gotData;

    /**
     * @param bindAddress the address to listen on, or null for all of this computer's addresses
     * @param port        the TCP port, 1–65535
     */
    public HttpPushLink(String bindAddress, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port is 1–65535, not " + port);
        }
        this.address = bindAddress == null ? new InetSocketAddress(port) : new InetSocketAddress(bindAddress, port);
        this.shown = (bindAddress == null ? "" : bindAddress + ":") + port;
    }

    @Override
    public String name() {
        return "http-listen:" + shown;
    }

    @Override
    public void open() throws LinkException {
        if (server != null) {
            // Reopened after silence: the server kept listening; the phone is back once it has posted again.
            if (buffer.isEmpty()) {
                throw new LinkException("still no data from the phone on " + shown);
            }
            silent = false;
            gotData = false;
            return;
        }
        if (address.isUnresolved()) {
            throw new LinkException("cannot listen on " + shown + ": unknown address");
        }
        try {
            server = HttpServer.create(address, 16);
        } catch (BindException e) {
            throw new LinkException("cannot listen on " + shown + ": " + e.getMessage()
                    + " (another program, or another rowcoach, uses the port? choose another with --http-listen)");
        } catch (IOException e) {
            throw new LinkException("cannot listen on " + shown + ": " + e.getMessage());
        }
        handler = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rowcoach-http-push");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(handler);
        server.createContext("/", this::handle);
        server.start();
        silent = false;
        gotData = false;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws LinkException {
        if (server == null) {
            throw new LinkException(shown + ": not listening");
        }
        int n = buffer.take(buf, off, len, READ_TIMEOUT_MS);
        long now = System.nanoTime();
        if (n > 0) {
            gotData = true;
            lastDataNanos = now;
        } else if (gotData && now - lastDataNanos > SILENCE_MS * 1_000_000L) {
            silent = true;
            throw new LinkException("no data from the phone for " + SILENCE_MS / 1000 + " s (screen locked, app stopped "
                    + "or Wi-Fi lost?); still listening on " + shown);
        }
        return n;
    }

    @Override
    public void close() {
        if (silent || server == null) {
            return;
        }
        server.stop(0);
        handler.shutdownNow();
        server = null;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String method = x.getRequestMethod();
            if (method.equals("GET") || method.equals("HEAD")) {
                reply(x, 200, "rowcoach is listening: set the app's HTTP push URL to http://THIS-COMPUTER:"
                        + address.getPort() + "/ (docs/LIVE.md)\n");
                return;
            }
            if (!method.equals("POST") && !method.equals("PUT")) {
                reply(x, 405, "POST the readings\n");
                return;
            }
            byte[] body;
            try (InputStream in = x.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                reply(x, 413, "a batch larger than " + MAX_BODY_BYTES + " bytes: send smaller batches\n");
                return;
            }
            if (body.length == 0) {
                reply(x, 400, "an empty post\n");
                return;
            }
            byte[] line = MessageBuffer.line(body);
            if (!buffer.offer(line, line.length)) {
                Logger.warn("{}: a batch of {} bytes was refused: rowcoach fell behind", name(), body.length);
                reply(x, 503, "rowcoach fell behind: batch refused\n");
                return;
            }
            reply(x, 200, "{\"ok\":true}\n");
        }
    }

    private static void reply(HttpExchange x, int status, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", text.startsWith("{") ? "application/json" : "text/plain; charset=utf-8");
        if (x.getRequestMethod().equals("HEAD")) {
            x.sendResponseHeaders(status, -1);
            return;
        }
        x.sendResponseHeaders(status, b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }
}
