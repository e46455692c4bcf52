/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one server every contender talks to: the JDK's HTTP server on 127.0.0.1, port 0, answering fixed
 * pre-serialised bytes from memory, so its own cost is small and the same for all contenders.
 *
 * <p>The answer is chosen by the SOAPAction header, or, when a client sends none, by the request's root element.
 * The server keeps track of its own threads so that the CPU time and bytes it spends can be told apart from the
 * client's (the JMH GC profiler counts every thread of the JVM); see {@link ClientCostProfiler}.
 */
public final class LocalServer implements AutoCloseable {

    /** Path of the service, as OMEGA's. */
    public static final String PATH = "/omega/CreerDIT";

    static {
        // the answer goes out in two writes (headers, body): without TCP_NODELAY, Nagle and delayed ACKs would add
        // tens of milliseconds to some calls and measure the kernel instead of the clients
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    /** The threads of every server of this JVM (one per benchmark fork). */
    private static final List<Thread> THREADS = new CopyOnWriteArrayList<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder unknown = new LongAdder();
    private final Answers answers;

    /** What to answer to each request; the defaults are {@link Payloads}' canned answers. */
    public interface Answers {
        /** The answer bytes for a request, from its SOAPAction (may be {@code null}) and body. */
        byte[] answer(String soapAction, byte[] body, int length);
    }

    private LocalServer(Answers answers, int workerThreads) throws IOException {
        this.answers = answers;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerThreads, r -> {
            Thread t = new Thread(r, "bench-server-" + n.incrementAndGet());
            t.setDaemon(true);
            THREADS.add(t);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(workers);
        server.createContext(PATH, this::handle);
        server.start();
        // the dispatcher (accept, select) thread is the server's too
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("HTTP-Dispatcher") && !THREADS.contains(t)) {
                THREADS.add(t);
            }
        }
    }

    /** Starts a server answering {@link Payloads}' canned answers, with 8 worker threads. */
    public static LocalServer start() {
        return start(Payloads::cannedAnswer);
    }

    /** Starts a server with the given answers, with 8 worker threads. */
    public static LocalServer start(Answers answers) {
        try {
            return new LocalServer(answers, 8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the local server", e);
        }
    }

    /** The service URL, e.g. {@code http://127.0.0.1:40123/omega/CreerDIT}. */
    public URI endpoint() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + PATH);
    }

    /** Requests answered so far. */
    public long requests() {
        return requests.sum();
    }

    /** Requests that matched no known operation (answered 500); must stay 0 in a valid run. */
    public long unknownRequests() {
        return unknown.sum();
    }

    /** Ids of the servers' own threads (dispatcher and workers) in this JVM. */
    public static long[] serverThreadIds() {
        return THREADS.stream().mapToLong(Thread::getId).toArray();
    }

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] buf = BUFFER.get();
            int length = 0;
            try (InputStream in = exchange.getRequestBody()) {
                for (int r; length < buf.length && (r = in.read(buf, length, buf.length - length)) > 0; ) {
                    length += r;
                }
                // drain what does not fit, by reading: the server's body stream does not bound skip() to the body
                while (length == buf.length && in.read(buf, buf.length / 2, buf.length / 2) > 0) {
                    continue;
                }
            }
            byte[] answer = answers.answer(exchange.getRequestHeaders().getFirst("SOAPAction"), buf, length);
            requests.increment();
            if (answer == null) {
                unknown.increment();
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
