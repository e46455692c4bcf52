/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy that treats idle connections as a middlebox with an idle timeout does: a NAT gateway, a
 * firewall or a cloud load balancer. A connection on which nothing passed for {@code idleTimeout} is, depending on
 * the {@link Behaviour}, silently black-holed, closed (FIN) or reset on its next bytes (RST).
 */
public final class IdleProxy implements AutoCloseable {

    /** What the proxy does to a connection idle for longer than its timeout. */
    public enum Behaviour {
        /** Stops forwarding without a word: bytes from either side vanish, no FIN, no RST (NAT gateways, cloud LBs). */
        SILENT_DROP,
        /** Closes both sides politely at the timeout (a proxy that closes idle connections). */
        FIN,
        /** Answers the first bytes after the timeout with a reset, forwarding nothing (NAT gateways that forgot). */
        RST
    }

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Behaviour behaviour;
    private final long idleNanos;
    private final List<Pair> pairs = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger expired = new AtomicInteger();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "proxy-clock"));
    private volatile boolean closed;

    private IdleProxy(InetSocketAddress target, Behaviour behaviour, Duration idleTimeout) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.behaviour = behaviour;
        this.idleNanos = idleTimeout.toNanos();
        daemon(this::acceptLoop, "proxy-accept").start();
        long tick = Math.max(5, idleTimeout.toMillis() / 10);
        clock.scheduleAtFixedRate(this::expireIdle, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Starts a proxy on 127.0.0.1, port 0, in front of {@code target}. */
    public static IdleProxy start(URI target, Behaviour behaviour, Duration idleTimeout) throws IOException {
        return new IdleProxy(new InetSocketAddress(target.getHost(), target.getPort()), behaviour, idleTimeout);
    }

    /** The target URI with the proxy's host and port in its place. */
    public URI front(URI target) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + target.getRawPath());
    }

    /** Connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Connections the idle timeout has caught so far. */
    public int expired() {
        return expired.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(target, 2000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Pair p = new Pair(client, server);
                pairs.add(p);
                accepted.incrementAndGet();
                daemon(() -> p.pump(client, server, true), "proxy-up").start();
                daemon(() -> p.pump(server, client, false), "proxy-down").start();
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private void expireIdle() {
        long now = System.nanoTime();
        for (Pair p : pairs) {
            if (!p.expired && now - p.lastActivity > idleNanos) {
                p.expired = true;
                expired.incrementAndGet();
                if (behaviour == Behaviour.FIN) {
                    p.close();
                }
            }
        }
    }

    /** One client connection and the proxy's connection to the target. */
    private final class Pair {
        final Socket client;
        final Socket server;
        volatile long lastActivity = System.nanoTime();
        volatile boolean expired;

        Pair(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(Socket from, Socket to, boolean upstream) {
            byte[] buf = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int n; (n = in.read(buf)) > 0; ) {
                    if (expired) {
                        if (behaviour == Behaviour.RST && upstream) {
                            reset();
                            return;
                        }
                        continue; // black hole: read and forget
                    }
                    lastActivity = System.nanoTime();
                    out.write(buf, 0, n);
                    out.flush();
                }
                if (expired && behaviour == Behaviour.SILENT_DROP) {
                    return; // a black hole tells the other side nothing
                }
                to.shutdownOutput();
            } catch (IOException e) {
                if (!(expired && behaviour == Behaviour.SILENT_DROP)) {
                    close();
                }
            }
        }

        void reset() {
            try {
                client.setSoLinger(true, 0);
            } catch (IOException ignored) {
                // closing still resets or closes
            }
            close();
        }

        void close() {
            pairs.remove(this);
            try {
                client.close();
            } catch (IOException ignored) {
                // already closed
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        clock.shutdownNow();
        listener.close();
        pairs.forEach(Pair::close);
    }
}
