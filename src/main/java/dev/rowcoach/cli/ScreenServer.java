package dev.rowcoach.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live screen's web server (the JDK's {@code com.sun.net.httpserver}): {@code /} is the page, one self-contained
 * HTML document with a content security policy that allows no fetch but its own event stream; {@code /events} is
 * that stream (server-sent events), each message the whole state of the screen as JSON, so a browser that
 * (re)connects is complete at once. The session's thread only queues a state; one sender thread writes it to every
 * browser, so a slow or vanished browser never holds up the analysis (its connection is dropped when a write
 * fails, and a comment every 10 s finds dead ones).
 */
final class ScreenServer implements AutoCloseable {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "connect-src 'self'; img-src data:";
    private static final long PING_MS = 10_000;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Thread sender;
    private final byte[] page;
    private final List<OutputStream> clients = new ArrayList<>();
    private final LinkedBlockingQueue<String> outbox = new LinkedBlockingQueue<>();
    private volatile String state;
    private volatile boolean closed;

    /**
     * Listens on {@code address}.
     *
     * @throws UserException when it cannot (port in use, unknown address)
     */
    ScreenServer(InetSocketAddress address, String shown, byte[] page, String initialState) throws UserException {
        this.page = page;
        this.state = initialState;
        try {
            server = HttpServer.create(address, 16);
        } catch (BindException e) {
            throw new UserException("--screen " + shown + ": " + e.getMessage() + " (another program uses the port? choose"
                    + " another)", ExitCode.USAGE_OR_INPUT);
        } catch (IOException e) {
            throw new UserException("--screen " + shown + ": " + e.getMessage(), ExitCode.USAGE_OR_INPUT);
        }
        handlers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "rowcoach-screen-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        sender = new Thread(this::send, "rowcoach-screen-sender");
        sender.setDaemon(true);
        sender.start();
    }

    /** The port it listens on (the one asked for, or the one chosen for port 0). */
    int port() {
        return server.getAddress().getPort();
    }

    /** Queues {@code json} as the screen's new state, for every browser; never blocks. */
    void publish(String json) {
        state = json;
        outbox.add(json);
    }

    @Override
    public void close() {
        closed = true;
        sender.interrupt();
        try {
            sender.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (clients) {
            for (OutputStream o : clients) {
                try {
                    o.close();
                } catch (IOException e) {
                    // gone already
                }
            }
            clients.clear();
        }
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        x.getResponseHeaders().set("Cache-Control", "no-store");
        if (path.equals("/events")) {
            x.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            x.sendResponseHeaders(200, 0);
            OutputStream o = x.getResponseBody();
            // The state at connection time goes out first, under the lock that orders every write to this browser.
            synchronized (clients) {
                try {
                    o.write(("retry: 1000\n" + event(state)).getBytes(StandardCharsets.UTF_8));
                    o.flush();
                    clients.add(o);
                } catch (IOException e) {
                    x.close();
                }
            }
            return; // the exchange stays open: the sender writes to it
        }
        try (x) {
            if (path.equals("/") || path.equals("/index.html")) {
                x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                x.getResponseHeaders().set("Content-Security-Policy", CSP);
                x.sendResponseHeaders(200, page.length);
                x.getResponseBody().write(page);
            } else {
                byte[] b = "not here: the live screen is at /\n".getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                x.sendResponseHeaders(404, b.length);
                x.getResponseBody().write(b);
            }
        }
    }

    private void send() {
        while (!closed) {
            String json;
            try {
                json = outbox.poll(PING_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (json != null) {
                // Only the newest state matters: states queued behind it are skipped.
                String newer;
                while ((newer = outbox.poll()) != null) {
                    json = newer;
                }
            }
            byte[] b = (json == null ? ": ping\n\n" : event(json)).getBytes(StandardCharsets.UTF_8);
            synchronized (clients) {
                clients.removeIf(o -> {
                    try {
                        o.write(b);
                        o.flush();
                        return false;
                    } catch (IOException e) {
                        try {
                            o.close();
                        } catch (IOException ignored) {
                            // gone
                        }
                        return true;
                    }
                });
            }
        }
    }

    private static String event(String json) {
        return "data: " + json + "\n\n";
    }
}
