/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * The client's connections, with the one thing the JDK {@link HttpClient} does not offer per client: a bound on how
 * long a connection may sit idle before it is reused. (The JDK's keep-alive timeout is the JVM-wide
 * {@code jdk.httpclient.keepalive.timeout}, read once, 20 minutes by default: a library must not change it.)
 *
 * <p>Each lane is an {@link HttpClient} that carries one exchange at a time, so it holds at most one connection and
 * the lane's idle time is that connection's. A lane idle for longer than {@code maxIdle} is retired, never reused: a
 * NAT gateway, firewall or load balancer may have dropped its connection silently, and a request sent on it would
 * look exactly like "sent, no answer". Lanes are taken most recently used first, so a steady load keeps few
 * connections warm and lets the others age out.
 *
 * <p>Each lane's client runs its completions on its own selector thread (a direct executor): one hand-off from the
 * caller to the selector and one back, instead of CXF's conduit's piped body publisher and executor threads. That is
 * safe because a lane's selector serves that lane's single exchange and nothing else.
 */
final class ConnectionLanes implements AutoCloseable {

    /** One HttpClient, and when its last exchange ended. */
    static final class Lane {
        final HttpClient client;
        long idleSinceNanos;

        Lane(HttpClient client) {
            this.client = client;
        }
    }

    private final Duration connectTimeout;
    private final long maxIdleNanos;
    private final SSLContext sslContext;
    private final ArrayDeque<Lane> idle = new ArrayDeque<>();
    /** Every lane not retired yet, idle or carrying an exchange: all are retired by {@link #close()}. */
    private final Set<Lane> live = ConcurrentHashMap.newKeySet();
    private boolean closed;

    /** @param tls whether the endpoint is https: an http client never pays for the JDK's TLS set-up */
    ConnectionLanes(Duration connectTimeout, Duration maxIdle, boolean tls, KeyManager[] keyManagers,
            TrustManager[] trustManagers) {
        this.connectTimeout = connectTimeout;
        this.maxIdleNanos = maxIdle.toNanos();
        this.sslContext = tls ? sslContext(keyManagers, trustManagers) : plainOnly();
    }

    private static SSLContext sslContext(KeyManager[] keyManagers, TrustManager[] trustManagers) {
        try {
            if (keyManagers == null && trustManagers == null) {
                return SSLContext.getDefault();
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keyManagers, trustManagers, null);
            return ctx;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM offers no TLS", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the TLS configuration cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * For an http endpoint: the JDK client wants an SSLContext even when it never does TLS, and the default one reads
     * the JDK's whole trust store when first used; this one, which trusts nothing, costs nothing.
     */
    private static SSLContext plainOnly() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(new KeyManager[0], new TrustManager[0], null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM offers no TLS", e);
        }
    }

    /** A lane for one exchange: the most recently used one if it has not been idle too long, else a new one. */
    Lane acquire() throws IOException {
        long now = System.nanoTime();
        List<Lane> stale = null;
        Lane lane = null;
        synchronized (this) {
            if (closed) {
                throw new IOException("the client is closed");
            }
            Lane l = idle.pollFirst();
            if (l != null && now - l.idleSinceNanos <= maxIdleNanos) {
                lane = l;
            } else if (l != null) {
                // every lane behind the most recent one has been idle even longer
                stale = new ArrayList<>(idle.size() + 1);
                stale.add(l);
                stale.addAll(idle);
                idle.clear();
            }
        }
        if (stale != null) {
            stale.forEach(this::retire);
        }
        if (lane == null) {
            lane = new Lane(newClient());
            live.add(lane);
            if (isClosed()) {
                retire(lane);
                throw new IOException("the client is closed");
            }
        }
        return lane;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Gives a lane back after its exchange. A lane whose exchange failed is retired: its connection's state is
     * unknown, and a new lane costs a new connection, which the failure would have cost anyway.
     */
    void release(Lane lane, boolean reusable) {
        if (reusable) {
            lane.idleSinceNanos = System.nanoTime();
            synchronized (this) {
                if (!closed) {
                    idle.offerFirst(lane);
                    return;
                }
            }
        }
        retire(lane);
    }

    private HttpClient newClient() {
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .sslContext(sslContext)
                .executor(Runnable::run);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            b.proxy(proxies);
        }
        return b.build();
    }

    /**
     * Drops a lane and closes its connection. From Java 21 its client is closed; Java 17 has no
     * {@code HttpClient.close()}, but its selector thread, named after the client, ends when interrupted and closes the
     * client's connections as it ends (CXF's own conduit stops it the same way).
     */
    private void retire(Lane lane) {
        if (!live.remove(lane)) {
            return;
        }
        if (lane.client instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing is waiting on an idle or failed lane
            }
        } else {
            stopSelector(lane.client);
        }
    }

    private static void stopSelector(HttpClient client) {
        String id = client.toString();
        int open = id.lastIndexOf('(');
        if (open < 0 || !id.endsWith(")")) {
            return;
        }
        String name = "HttpClient-" + id.substring(open + 1, id.length() - 1) + "-SelectorManager";
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            if (name.equals(threads[i].getName())) {
                threads[i].interrupt();
            }
        }
    }

    /** Retires every lane: idle connections close, and exchanges under way fail. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.clear();
        }
        new ArrayList<>(live).forEach(this::retire);
    }
}
