/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.support;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.github.omegadit.internal.wire.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * A local HTTPS (or HTTP) server on 127.0.0.1 made of the JDK's own server: serves the bundled WSDL at
 * {@code /omega/CreerDIT?wsdl}, its XSD at {@code /xsd/CreerDIT.xsd}, and answers any POST with a receivable
 * VerifierRecevabiliteDIT. With a client CA, it requires a client certificate issued by it (mutual TLS).
 */
public final class TlsTestServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final String scheme;

    private TlsTestServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", exchange -> {
            byte[] body;
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod())) {
                exchange.getRequestBody().readAllBytes();
                body = TestRequests.recevableAnswer().getBytes(StandardCharsets.UTF_8);
            } else if (path.endsWith(".xsd")) {
                body = resource(Contract.XSD_RESOURCE);
            } else {
                body = resource(Contract.WSDL_RESOURCE);
            }
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(pool);
        server.start();
    }

    /**
     * An HTTPS server presenting {@code identity}.
     *
     * @param clientCa the CA client certificates must come from, or {@code null} not to ask for one
     */
    public static TlsTestServer https(TestPki.Identity identity, X509Certificate clientCa) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(TestPki.keys(identity), TestPki.PASSWORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(clientCa == null ? (KeyStore) null : TestPki.trust(clientCa));
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        HttpsServer s = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.setHttpsConfigurator(new HttpsConfigurator(ctx) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setNeedClientAuth(clientCa != null);
                params.setSSLParameters(p);
            }
        });
        return new TlsTestServer(s, "https");
    }

    /** The endpoint, at {@code host} (which must resolve to 127.0.0.1, e.g. {@code localhost}). */
    public URI endpoint(String host) {
        return URI.create(scheme + "://" + host + ":" + server.getAddress().getPort() + "/omega/CreerDIT");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Contract.resource(name).openStream()) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
