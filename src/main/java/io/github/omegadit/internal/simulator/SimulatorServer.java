/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.omegadit.internal.wire.Contract;
import io.github.omegadit.internal.wire.Request;
import io.github.omegadit.internal.wire.ServerCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SOAP 1.1 over HTTP on the loopback interface, on the JDK's own HTTP server. Serves:
 * <ul>
 *   <li>{@code POST /omega/CreerDIT}: the seven operations, dispatched on the Body's element (any SOAPAction);</li>
 *   <li>{@code GET /omega/CreerDIT?wsdl} and {@code GET /wsdl/CreerDIT.wsdl}: the WSDL, its {@code soap:address}
 *       rewritten to this server;</li>
 *   <li>{@code GET /xsd/CreerDIT.xsd}: the XSD, where the WSDL's relative import {@code ../xsd/CreerDIT.xsd}
 *       resolves;</li>
 *   <li>{@code /__admin/...}: the admin API ({@link AdminApi}), unless switched off.</li>
 * </ul>
 * Every SOAP exchange is written by the {@link Recording} when it has a directory.
 *
 * <p>Requests are handled by a pool of worker threads, not on the JDK server's dispatcher thread: the JDK server
 * reads a request's line, headers and body with blocking reads, so on the dispatcher one client that stalls
 * mid-request (a half-written request, a client paused in a debugger) would hold up every other call and the admin
 * API until it went away. A call with a forced delay is not slept on: it is answered by a scheduled task once the
 * delay is over, so a delayed call holds no thread and does not hold up the others.
 */
public final class SimulatorServer implements AutoCloseable {

    /** Path of the endpoint. */
    public static final String PATH = "/omega/CreerDIT";
    /** Path of the WSDL file (also served at {@code PATH?wsdl}). */
    public static final String WSDL_PATH = "/wsdl/CreerDIT.wsdl";
    /** Path of the XSD: the WSDL's {@code ../xsd/CreerDIT.xsd} resolved against either WSDL address. */
    public static final String XSD_PATH = "/xsd/CreerDIT.xsd";
    /** Largest request body accepted. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** Beyond this, an oversized body is not read to the end and the connection is simply dropped. */
    static final long MAX_DRAINED_BYTES = 16L << 20;

    private static final String XML = "text/xml; charset=UTF-8";
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final Pattern SOAP_ADDRESS = Pattern.compile("(<soap:address\\s+location=\")[^\"]*(\")");
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final DialogueEngine engine;
    private final Recording recording;
    private final AdminApi admin;
    private final HttpServer server;
    /** Reads and answers the exchanges, so that a stalled client holds one of them and not the server. */
    private final ThreadPoolExecutor workers;
    /** Answers the calls whose forced delay is over. */
    private final ScheduledThreadPoolExecutor delayed;
    private final String threadPrefix;
    private final URI url;
    private final byte[] wsdl;
    private final byte[] xsd;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** JDK HTTP server property: without TCP_NODELAY, each answer waits ~40 ms on the client's delayed ACK. */
    static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        // read once, when the JDK server's configuration class loads: set it first unless the caller chose
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    private SimulatorServer(DialogueEngine engine, Recording recording, boolean adminApi, int port, int threads)
            throws IOException {
        this.engine = engine;
        this.recording = recording;
        this.xsd = resource(Contract.XSD_RESOURCE);
        String wsdlText = new String(resource(Contract.WSDL_RESOURCE), StandardCharsets.UTF_8);
        Matcher m = SOAP_ADDRESS.matcher(wsdlText);
        if (!m.find()) {
            throw new IllegalStateException("the WSDL has no soap:address to rewrite");
        }
        this.threadPrefix = "omega-simulator-" + INSTANCES.incrementAndGet() + "-";
        this.workers = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemonThreads(threadPrefix));
        workers.allowCoreThreadTimeOut(true);
        this.delayed = new ScheduledThreadPoolExecutor(threads, daemonThreads(threadPrefix + "delayed-"));
        delayed.setKeepAliveTime(10, TimeUnit.SECONDS);
        delayed.allowCoreThreadTimeOut(true);
        delayed.setRemoveOnCancelPolicy(true);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try {
            this.server = HttpServer.create(new InetSocketAddress(loopback, port), 256);
        } catch (IOException e) {
            workers.shutdownNow();
            delayed.shutdownNow();
            throw e;
        }
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        int actual = server.getAddress().getPort();
        String host = loopback instanceof Inet6Address ? "[" + loopback.getHostAddress() + "]"
                : loopback.getHostAddress();
        this.url = URI.create("http://" + host + ":" + actual + PATH);
        this.wsdl = m.replaceFirst("$1" + Matcher.quoteReplacement(url.toString()) + "$2")
                .getBytes(StandardCharsets.UTF_8);
        this.admin = adminApi ? new AdminApi(engine, recording, url.resolve(AdminApi.PREFIX)) : null;
        server.start();
    }

    /**
     * Binds and starts a server.
     *
     * @param recording where exchanges are written (it may have no directory)
     * @param adminApi  whether to serve the admin API
     * @param port      0 for a free port
     * @param threads   worker threads (exchanges beyond wait in a queue), and threads answering delayed calls
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static SimulatorServer start(DialogueEngine engine, Recording recording, boolean adminApi, int port,
            int threads) {
        try {
            return new SimulatorServer(engine, recording, adminApi, port, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OMEGA simulator on port " + port, e);
        }
    }

    /** The endpoint, e.g. {@code http://127.0.0.1:54321/omega/CreerDIT}. */
    public URI url() {
        return url;
    }

    /** The admin API's base ({@code http://127.0.0.1:<port>/__admin/}), or {@code null} when switched off. */
    public URI adminUrl() {
        return admin == null ? null : url.resolve(AdminApi.PREFIX);
    }

    /** The bound port. */
    public int port() {
        return url.getPort();
    }

    /** Prefix of the names of the server's worker threads (and of those that answer delayed calls). */
    public String threadPrefix() {
        return threadPrefix;
    }

    /** Stops accepting, closes connections, drops the calls waiting out a forced delay, and waits for the server. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        delayed.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
            delayed.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        boolean deferred = false;
        try {
            deferred = route(exchange);
        } catch (IOException e) {
            // the client went away: nothing to answer
        } catch (RuntimeException e) {
            serverFault(exchange, e);
        } finally {
            if (!deferred) {
                exchange.close();
            }
        }
    }

    /** Answers the request; true when a scheduled task will (a forced delay), and the exchange must stay open. */
    private boolean route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String query = exchange.getRequestURI().getRawQuery();
        boolean get = "GET".equals(method);
        if (admin != null && (path.startsWith(AdminApi.PREFIX) || path.equals(AdminApi.ROOT))) {
            admin.handle(exchange);
        } else if (PATH.equals(path)) {
            if ("POST".equals(method)) {
                return soap(exchange);
            } else if (get && query != null && query.toLowerCase(Locale.ROOT).startsWith("wsdl")) {
                send(exchange, 200, XML, wsdl);
            } else if (get) {
                send(exchange, 200, TEXT, ("OMEGA CreerDIT simulator: POST SOAP 1.1 requests to " + url
                        + "; WSDL at " + url + "?wsdl\n").getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
                send(exchange, 405, TEXT, ("method " + method + " not allowed\n").getBytes(StandardCharsets.UTF_8));
            }
        } else if (get && WSDL_PATH.equals(path)) {
            send(exchange, 200, XML, wsdl);
        } else if (get && XSD_PATH.equals(path)) {
            send(exchange, 200, XML, xsd);
        } else {
            send(exchange, 404, TEXT, ("no such resource: " + path + "; the endpoint is " + url + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return false;
    }

    private boolean soap(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parseLength(length) > MAX_BODY_BYTES) {
            refuseOversized(exchange);
            return false;
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuseOversized(exchange);
            return false;
        }
        int number = recording.next();
        Request request;
        try {
            request = ServerCodec.read(body);
        } catch (ServerCodec.Fault f) {
            byte[] fault = ServerCodec.fault(f.faultCode(), f.getMessage());
            recording.write(number, "invalid", body, fault);
            send(exchange, 500, XML, fault);
            return false;
        }
        // logged and counted as it arrives, before any forced delay
        DialogueEngine.Arrival arrival = engine.arrive(request, new String(body, StandardCharsets.UTF_8));
        if (arrival.delay().isZero()) {
            answer(exchange, number, body, arrival);
            return false;
        }
        try {
            delayed.schedule(() -> answerLater(exchange, number, body, arrival), arrival.delay().toNanos(),
                    TimeUnit.NANOSECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            return false; // closing: drop the call
        }
    }

    /** A delayed call's answer, on a scheduled thread; the exchange is closed here. */
    private void answerLater(HttpExchange exchange, int number, byte[] body, DialogueEngine.Arrival arrival) {
        try {
            answer(exchange, number, body, arrival);
        } catch (IOException e) {
            // the client went away meanwhile
        } catch (RuntimeException e) {
            serverFault(exchange, e);
        } finally {
            exchange.close();
        }
    }

    /** A SOAP fault for a failure of the simulator itself; the caller closes the exchange. */
    private static void serverFault(HttpExchange exchange, RuntimeException e) {
        try {
            send(exchange, 500, XML, ServerCodec.fault("soap:Server", "simulator error: " + e));
        } catch (IOException | RuntimeException ignored) {
            // headers may already be sent; the connection is closed by the caller
        }
    }

    private void answer(HttpExchange exchange, int number, byte[] body, DialogueEngine.Arrival arrival)
            throws IOException {
        DialogueEngine.Outcome outcome = engine.answer(arrival);
        String name = arrival.request().operation().wsdlName();
        if (outcome instanceof DialogueEngine.Outcome.Answer a) {
            byte[] envelope = ServerCodec.envelope(a.operation(), a.reponse());
            recording.write(number, name, body, envelope);
            send(exchange, 200, XML, envelope);
        } else if (outcome instanceof DialogueEngine.Outcome.Fault f) {
            byte[] envelope = ServerCodec.fault(f.faultCode(), f.faultString());
            recording.write(number, name, body, envelope);
            send(exchange, 500, XML, envelope);
        } else if (outcome instanceof DialogueEngine.Outcome.Http h) {
            recording.write(number, name, body, null);
            send(exchange, h.status(), TEXT, h.body().getBytes(StandardCharsets.UTF_8));
        } else {
            recording.write(number, name, body, null);
        }
        // Outcome.Close: no answer; the exchange is closed before any header is sent, which drops the connection
    }

    /**
     * Answers 413. The rest of the body is read and dropped first (up to {@value #MAX_DRAINED_BYTES} bytes): closing a
     * socket with unread input resets it, and the client would lose the answer.
     */
    private static void refuseOversized(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int n;
        while (drained < MAX_DRAINED_BYTES && (n = in.read(buffer)) > 0) {
            drained += n;
        }
        send(exchange, 413, XML, ServerCodec.fault("soap:Client", "request body exceeds " + MAX_BODY_BYTES + " bytes"));
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Contract.resource(path).openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
