/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.homologation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A loopback relay in front of the endpoint under homologation, so that the runner can keep the exact XML exchanged
 * (the transport does not expose payloads to a caller). The client under test sends plain HTTP to the relay on
 * 127.0.0.1; the relay forwards each request once, byte for byte, to the real endpoint (with the supplier's TLS
 * identity and hostname verification for https), and returns the answer as received. It never retries. When the
 * endpoint cannot be reached, it answers 502 and records why, so the runner knows the request did not leave.
 */
public final class RecordingRelay implements AutoCloseable {

    /**
     * One request forwarded.
     *
     * @param at           when it arrived
     * @param requestBody  the body sent, as UTF-8
     * @param status       the endpoint's HTTP status, 0 when it was not reached
     * @param responseBody the body received, as UTF-8; empty when not reached
     * @param failure      why the endpoint was not reached (or the answer broke off), or {@code null}
     */
    public record Exchange(Instant at, String requestBody, int status, String responseBody, String failure) {}

    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "omega-dit-homologation-relay");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient upstream;
    private final URI target;
    private final Clock clock;
    private final List<Exchange> exchanges = new ArrayList<>();

    private RecordingRelay(URI target, SSLContext ssl, Duration connectTimeout, Clock clock) throws IOException {
        this.target = target;
        this.clock = clock;
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout);
        if (ssl != null) {
            b.sslContext(ssl);
        }
        this.upstream = b.build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::relay);
        server.setExecutor(pool);
        server.start();
    }

    /**
     * Starts a relay to {@code target}.
     *
     * @param ssl the TLS context for an https target, or {@code null} for the JDK's default
     */
    public static RecordingRelay start(URI target, SSLContext ssl, Duration connectTimeout, Clock clock)
            throws IOException {
        return new RecordingRelay(target, ssl, connectTimeout, clock);
    }

    /** The URL the client under test must call: the target's path on the relay's loopback port. */
    public URI url() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + (target.getRawPath() == null ? "/" : target.getRawPath()));
    }

    /** The exchanges since the last call, in order. */
    public synchronized List<Exchange> drain() {
        List<Exchange> out = List.copyOf(exchanges);
        exchanges.clear();
        return out;
    }

    private synchronized void record(Exchange e) {
        exchanges.add(e);
    }

    private void relay(HttpExchange in) throws IOException {
        Instant at = clock.instant();
        byte[] body = in.getRequestBody().readNBytes(MAX_BODY);
        String requestText = new String(body, StandardCharsets.UTF_8);
        URI to = in.getRequestURI().getRawQuery() == null ? target
                : URI.create(target.toString().replaceFirst("[?#].*$", "") + "?" + in.getRequestURI().getRawQuery());
        HttpRequest.Builder req = HttpRequest.newBuilder(to)
                .method(in.getRequestMethod(), body.length == 0 && "GET".equals(in.getRequestMethod())
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : List.of("Content-Type", "SOAPAction", "Accept")) {
            String v = in.getRequestHeaders().getFirst(h);
            if (v != null) {
                req.header(h, v);
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = upstream.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            record(new Exchange(at, requestText, 0, "", why));
            reply(in, 502, "text/plain; charset=UTF-8", ("omega-dit homologation relay: " + to + " not reached ("
                    + why + ")").getBytes(StandardCharsets.UTF_8));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            record(new Exchange(at, requestText, 0, "", "interrupted"));
            in.close();
            return;
        }
        record(new Exchange(at, requestText, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8),
                null));
        reply(in, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse("text/xml"),
                answer.body());
    }

    private static void reply(HttpExchange in, int status, String type, byte[] body) throws IOException {
        in.getResponseHeaders().set("Content-Type", type);
        in.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = in.getResponseBody()) {
                out.write(body);
            }
        }
        in.close();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
