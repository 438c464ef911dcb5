package dev.rowcoach.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rowcoach.sensor.Sample;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A phone running phyphox's "Acceleration (with g)" plus gyroscope, as its remote interface answers (the phyphox wiki,
 * "Remote-interface communication"): {@code /config} (buffers and inputs), {@code /get} with {@code buffer=full} or
 * the incremental {@code buffer=T|timebuffer} (values whose time is above T), and {@code /control?cmd=start}. The
 * experiment's clock runs in real time from the start command, and a sample is in the buffers once its time has
 * come. {@link #stop} takes the server away (the phone's Wi-Fi gone) while the experiment goes on measuring;
 * {@link #start} brings it back on the same port.
 */
public final class PhyphoxStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ACC = {"accX", "accY", "accZ", "acc_time"};
    private static final String[] GYR = {"gyrX", "gyrY", "gyrZ", "gyr_time"};

    private final List<Sample> samples;
    private final long firstUs;
    private int port;
    private HttpServer server;
    private volatile long startNanos = -1;

    /** Serves {@code samples} (m/s², rad/s), their experiment time counted from the first, on a free port. */
    public PhyphoxStandIn(List<Sample> samples) throws IOException {
        this.samples = samples;
        this.firstUs = samples.get(0).timeUs();
        start();
    }

    public int port() {
        return port;
    }

    /** Whether the experiment has been started (by {@code /control?cmd=start}). */
    public boolean measuring() {
        return startNanos >= 0;
    }

    /** Whether every sample's time has come. */
    public boolean done() {
        return measuring() && elapsedUs() > samples.get(samples.size() - 1).timeUs() - firstUs;
    }

    /** The experiment time of sample {@code i}, s, exactly as served. */
    public double timeS(int i) {
        return (samples.get(i).timeUs() - firstUs) / 1e6;
    }

    public synchronized void start() throws IOException {
        // The port of the first start is kept; it may take a moment to be free again after a stop.
        for (int attempt = 0; ; attempt++) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
                break;
            } catch (java.net.BindException e) {
                if (attempt == 50) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        port = server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.start();
    }

    public synchronized void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }

    private long elapsedUs() {
        return (System.nanoTime() - startNanos) / 1000;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            Map<String, String> q = query(x.getRequestURI().getRawQuery());
            ObjectNode o = JSON.createObjectNode();
            switch (path) {
                case "/config" -> config(o);
                case "/control" -> {
                    boolean ok = "start".equals(q.get("cmd"));
                    if (ok && startNanos < 0) {
                        startNanos = System.nanoTime();
                    }
                    o.put("result", ok);
                }
                case "/get" -> get(o, q);
                default -> {
                    x.sendResponseHeaders(404, -1);
                    return;
                }
            }
            byte[] b = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
        }
    }

    private static void config(ObjectNode o) {
        o.put("crc32", "5a0f00d1");
        o.put("title", "Acceleration with g and gyroscope");
        o.put("localTitle", "Acceleration with g and gyroscope");
        o.put("category", "Raw Sensors");
        ArrayNode buffers = o.putArray("buffers");
        for (String[] names : new String[][] {ACC, GYR}) {
            for (String n : names) {
                buffers.addObject().put("name", n).put("size", 0);
            }
        }
        ArrayNode inputs = o.putArray("inputs");
        input(inputs, "accelerometer", ACC);
        input(inputs, "gyroscope", GYR);
        o.putArray("export");
    }

    private static void input(ArrayNode inputs, String source, String[] names) {
        ObjectNode in = inputs.addObject();
        in.put("source", source);
        ArrayNode outs = in.putArray("outputs");
        outs.addObject().put("x", names[0]);
        outs.addObject().put("y", names[1]);
        outs.addObject().put("z", names[2]);
        outs.addObject().put("t", names[3]);
    }

    private void get(ObjectNode o, Map<String, String> q) {
        ObjectNode buffer = o.putObject("buffer");
        long now = startNanos < 0 ? -1 : elapsedUs();
        for (Map.Entry<String, String> e : q.entrySet()) {
            int axis = axis(e.getKey());
            if (axis < 0) {
                continue;
            }
            String v = e.getValue();
            boolean full = v.equals("full");
            double after = full ? Double.NEGATIVE_INFINITY : Double.parseDouble(v.contains("|") ? v.substring(0, v.indexOf('|')) : v);
            ObjectNode b = buffer.putObject(e.getKey());
            b.put("size", 0);
            b.put("updateMode", full ? "full" : "partial");
            ArrayNode values = b.putArray("buffer");
            boolean gyro = e.getKey().startsWith("gyr");
            for (int i = 0; i < samples.size(); i++) {
                Sample s = samples.get(i);
                long t = s.timeUs() - firstUs;
                if (t > now) {
                    break;
                }
                double ts = timeS(i);
                if (ts <= after) {
                    continue;
                }
                values.add(switch (axis) {
                    case 0 -> gyro ? s.gx() : s.ax();
                    case 1 -> gyro ? s.gy() : s.ay();
                    case 2 -> gyro ? s.gz() : s.az();
                    default -> ts;
                });
            }
        }
        ObjectNode status = o.putObject("status");
        status.put("session", "7c3e10");
        status.put("measuring", startNanos >= 0);
        status.put("timedRun", false);
        status.put("countDown", 0);
    }

    private static int axis(String name) {
        for (String[] names : new String[][] {ACC, GYR}) {
            for (int i = 0; i < 4; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }
}
