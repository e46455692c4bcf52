/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import static io.github.omegadit.homologation.DoctorCheck.Kind.CERTIFICATE_EXPIRY;
import static io.github.omegadit.homologation.DoctorCheck.Kind.CLOCK_SKEW;
import static io.github.omegadit.homologation.DoctorCheck.Kind.DNS;
import static io.github.omegadit.homologation.DoctorCheck.Kind.TCP;
import static io.github.omegadit.homologation.DoctorCheck.Kind.TLS_CHAIN;
import static io.github.omegadit.homologation.DoctorCheck.Kind.TLS_CLIENT_CERTIFICATE;
import static io.github.omegadit.homologation.DoctorCheck.Kind.TLS_HOSTNAME;
import static io.github.omegadit.homologation.DoctorCheck.Kind.VERIFIER_RECEVABILITE;
import static io.github.omegadit.homologation.DoctorCheck.Kind.WSDL;

import io.github.omegadit.DitClient;
import io.github.omegadit.TlsConfig;
import io.github.omegadit.homologation.DoctorCheck.Kind;
import io.github.omegadit.homologation.DoctorCheck.Status;
import io.github.omegadit.internal.homologation.ContractShape;
import io.github.omegadit.internal.homologation.HttpGet;
import io.github.omegadit.internal.soap.TlsDiagnosis;
import io.github.omegadit.request.VerifierRecevabilite;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.xml.sax.SAXException;

/**
 * "Why can't I connect?" in one call: DNS, TCP connect, TLS handshake (server chain, hostname, whether our client
 * certificate was accepted), client-certificate expiry, clock skew against the server's {@code Date}, the WSDL served
 * against the bundled contract, and, opt-in, one VerifierRecevabiliteDIT. Each step is taken apart on a raw socket
 * so that its own failure is named; a step that cannot run because an earlier one failed is
 * {@link DoctorCheck.Status#SKIP}. An application can run it at start-up; the command line prints it
 * ({@code omega-dit doctor}).
 *
 * <pre>{@code
 * DoctorReport report = Doctor.builder().endpoint(endpoint).tls(tls).build().run();
 * if (!report.allPassed()) log.warn("OMEGA connection problems:\n{}", report);
 * }</pre>
 *
 * Nothing but the probe's {@code GET} (of the WSDL) is sent, unless {@link Builder#verifierRecevabilite} asks for
 * the receivability check; note that OMEGA records a refused VerifierRecevabiliteDIT as a demande in status 22/23.
 */
public final class Doctor {

    /** Default bound on the clock difference with the server. */
    public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofSeconds(60);
    /** Default connect and read timeout of each step. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Bound on a WSDL or schema read. */
    private static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    private final URI endpoint;
    private final URI wsdl;
    private final TlsConfig tls;
    private final Duration timeout;
    private final Duration maxClockSkew;
    private final Clock clock;
    private final DitClient verifierClient;
    private final VerifierRecevabilite verifierRequest;

    private Doctor(Builder b) {
        this.endpoint = b.endpoint;
        this.wsdl = b.wsdl != null ? b.wsdl : URI.create(b.endpoint.toString().replaceFirst("[?#].*$", "") + "?wsdl");
        this.tls = b.tls;
        this.timeout = b.timeout;
        this.maxClockSkew = b.maxClockSkew;
        this.clock = b.clock;
        this.verifierClient = b.verifierClient;
        this.verifierRequest = b.verifierRequest;
    }

    /** A builder; the endpoint is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Runs every check, in order; never throws for what it finds. */
    public DoctorReport run() {
        Instant at = clock.instant();
        Map<Kind, DoctorCheck> found = new EnumMap<>(Kind.class);
        new Run(found).all();
        return new DoctorReport(endpoint, at, List.copyOf(found.values()));
    }

    /** One run's state: the checks found so far. */
    private final class Run {
        private final Map<Kind, DoctorCheck> found;
        private final boolean https = "https".equalsIgnoreCase(endpoint.getScheme());
        private final String host = endpoint.getHost();
        private final int port = endpoint.getPort() > 0 ? endpoint.getPort() : https ? 443 : 80;

        Run(Map<Kind, DoctorCheck> found) {
            this.found = found;
        }

        void put(Kind kind, Status status, String detail) {
            found.putIfAbsent(kind, new DoctorCheck(kind, status, detail));
        }

        void skipRest(String why) {
            for (Kind k : List.of(DNS, TCP, TLS_CHAIN, TLS_HOSTNAME, TLS_CLIENT_CERTIFICATE, CLOCK_SKEW, WSDL)) {
                put(k, Status.SKIP, why);
            }
        }

        void all() {
            probe();
            found.putIfAbsent(CERTIFICATE_EXPIRY, DoctorChecks.expiry(tls, https, clock.instant()));
            found.putIfAbsent(VERIFIER_RECEVABILITE, DoctorChecks.verifier(verifierClient, verifierRequest));
        }

        private void probe() {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
                put(DNS, Status.PASS, host + " -> " + Arrays.stream(addresses).map(InetAddress::getHostAddress)
                        .collect(Collectors.joining(", ")));
            } catch (UnknownHostException e) {
                put(DNS, Status.FAIL, "cannot resolve " + host + ": check the endpoint's host name and the DNS "
                        + "or /etc/hosts of this machine");
                skipRest("not reached: DNS failed");
                return;
            }
            Socket socket = new Socket();
            try {
                long start = System.nanoTime();
                socket.connect(new InetSocketAddress(addresses[0], port), (int) timeout.toMillis());
                socket.setSoTimeout((int) timeout.toMillis());
                put(TCP, Status.PASS, "connected to " + addresses[0].getHostAddress() + ":" + port + " in "
                        + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            } catch (IOException e) {
                close(socket);
                put(TCP, Status.FAIL, (e instanceof SocketTimeoutException ? "no answer within " + timeout.toMillis()
                        + " ms" : "refused or unreachable (" + e.getMessage() + ")") + " connecting to "
                        + addresses[0].getHostAddress() + ":" + port + ": check the port, a firewall or a proxy");
                skipRest("not reached: TCP connect failed");
                return;
            }
            Socket channel = https ? handshake(socket) : socket;
            if (!https) {
                String why = "the endpoint is http: no TLS";
                put(TLS_CHAIN, Status.SKIP, why);
                put(TLS_HOSTNAME, Status.SKIP, why);
                put(TLS_CLIENT_CERTIFICATE, Status.SKIP, why);
            }
            if (channel == null) {
                skipRest("not reached: TLS handshake failed");
                return;
            }
            firstRead(channel);
        }

        /** The handshake, with hostname verification on; {@code null} when it failed (checks recorded). */
        private SSLSocket handshake(Socket socket) {
            SSLSocket ssl;
            try {
                ssl = (SSLSocket) context().getSocketFactory().createSocket(socket, host, port, true);
                SSLParameters p = ssl.getSSLParameters();
                p.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(p);
                ssl.startHandshake();
            } catch (SSLHandshakeException e) {
                close(socket);
                handshakeFailed(e);
                return null;
            } catch (SSLException e) {
                close(socket);
                SSLHandshakeException h = new SSLHandshakeException(e.getMessage());
                h.initCause(e);
                handshakeFailed(h);
                return null;
            } catch (IOException e) {
                // our side never hangs up on a server it distrusts: it sends an alert (SSLHandshakeException)
                close(socket);
                put(TLS_CHAIN, Status.PASS, "not refused by us (the server ended the handshake)");
                put(TLS_HOSTNAME, Status.PASS, "not refused by us (the server ended the handshake)");
                clientRefused("the server closed the connection during the handshake (" + e.getMessage()
                        + "): it most likely refused our client certificate");
                return null;
            } catch (GeneralSecurityException e) {
                close(socket);
                put(TLS_CHAIN, Status.FAIL, "cannot make the TLS context: " + e.getMessage());
                return null;
            }
            SSLSession session = ssl.getSession();
            put(TLS_CHAIN, Status.PASS, session.getProtocol() + ", " + describe(session));
            put(TLS_HOSTNAME, Status.PASS, "the server certificate names " + host);
            return ssl;
        }

        private void handshakeFailed(SSLHandshakeException e) {
            String why = TlsDiagnosis.explain(e);
            String jdk = " (" + rootMessage(e) + ")";
            if (why.startsWith("hostname mismatch")) {
                put(TLS_CHAIN, Status.PASS, "trusted (the hostname check comes after the chain)");
                put(TLS_HOSTNAME, Status.FAIL, why + " " + host + jdk);
            } else if (why.startsWith("untrusted server")) {
                put(TLS_CHAIN, Status.FAIL, why + jdk + ": add the CA of OMEGA's certificate to the trust store");
            } else if (why.startsWith("the server refused our client certificate")) {
                put(TLS_CHAIN, Status.PASS, "trusted");
                put(TLS_HOSTNAME, Status.PASS, "the server certificate names " + host);
                clientRefused(why + jdk);
            } else {
                put(TLS_CHAIN, Status.FAIL, why);
            }
        }

        private void clientRefused(String why) {
            put(TLS_CLIENT_CERTIFICATE, Status.FAIL, (tls == null || tls.clientCertificateExpiry() == null
                    ? "no client certificate is configured (pkcs12): " : "") + why);
        }

        /** The probe's GET: client-certificate acceptance (TLS 1.3 refuses here), clock, WSDL. */
        private void firstRead(Socket channel) {
            boolean sameOrigin = Objects.equals(wsdl.getScheme(), endpoint.getScheme())
                    && Objects.equals(wsdl.getHost(), host) && wsdl.getPort() == endpoint.getPort();
            URI target = sameOrigin ? wsdl : endpoint;
            HttpGet answer;
            Instant sent = clock.instant();
            try {
                answer = HttpGet.send(channel, target, MAX_DOCUMENT_BYTES);
            } catch (SSLException e) {
                SSLHandshakeException h = new SSLHandshakeException(e.getMessage());
                h.initCause(e);
                clientRefused(TlsDiagnosis.explain(h) + " (" + rootMessage(e) + ", at the first read)");
                skipRest("not reached: the server ended the connection after the handshake");
                return;
            } catch (IOException e) {
                if (https) {
                    clientRefused("the server closed the connection right after the handshake (" + e.getMessage()
                            + "): it most likely refused our client certificate");
                }
                put(CLOCK_SKEW, Status.FAIL, "no HTTP answer to GET " + target + ": " + e.getMessage());
                skipRest("not reached: no HTTP answer");
                return;
            } finally {
                close(channel);
            }
            Instant received = clock.instant();
            if (https) {
                SSLSocket ssl = (SSLSocket) channel;
                Certificate[] local = ssl.getSession().getLocalCertificates();
                if (local == null || local.length == 0) {
                    put(TLS_CLIENT_CERTIFICATE, Status.WARN, "the server answered HTTP " + answer.status()
                            + " without any client certificate from us: it does not require one (OMEGA does)");
                } else {
                    put(TLS_CLIENT_CERTIFICATE, Status.PASS, "accepted: "
                            + ((X509Certificate) local[0]).getSubjectX500Principal().getName()
                            + " (HTTP " + answer.status() + " to GET " + target.getRawPath() + ")");
                }
            }
            found.putIfAbsent(CLOCK_SKEW, DoctorChecks.clock(answer.headers().get("date"), sent, received,
                    maxClockSkew));
            contract(sameOrigin ? answer : null);
        }

        private void contract(HttpGet already) {
            try {
                byte[] served = already != null ? body(already, wsdl) : fetch(wsdl);
                String location = ContractShape.importedSchema(served);
                byte[] xsd = location == null ? null : fetch(wsdl.resolve(location));
                List<String> diff = ContractShape.bundled().differences(ContractShape.of(served, xsd));
                if (diff.isEmpty()) {
                    put(WSDL, Status.PASS, "the WSDL at " + wsdl + (xsd == null ? "" : " and its schema")
                            + " match the bundled contract");
                } else {
                    put(WSDL, Status.FAIL, diff.size() + " difference(s) with the bundled contract: "
                            + String.join("; ", diff));
                }
            } catch (IOException | SAXException | GeneralSecurityException e) {
                put(WSDL, Status.FAIL, "cannot read the WSDL at " + wsdl + ": " + e.getMessage()
                        + " (--wsdl names another address or a file)");
            }
        }

        private byte[] body(HttpGet answer, URI from) throws IOException {
            if (answer.status() != 200) {
                throw new IOException("HTTP " + answer.status() + " to GET " + from);
            }
            return answer.body();
        }

        private byte[] fetch(URI uri) throws IOException, GeneralSecurityException {
            if ("file".equalsIgnoreCase(uri.getScheme())) {
                return Files.readAllBytes(Path.of(uri));
            }
            boolean secure = "https".equalsIgnoreCase(uri.getScheme());
            int p = uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80;
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(uri.getHost(), p), (int) timeout.toMillis());
                s.setSoTimeout((int) timeout.toMillis());
                if (secure) {
                    SSLSocket ssl = (SSLSocket) context().getSocketFactory().createSocket(s, uri.getHost(), p, true);
                    SSLParameters params = ssl.getSSLParameters();
                    params.setEndpointIdentificationAlgorithm("HTTPS");
                    ssl.setSSLParameters(params);
                    s = ssl;
                }
                return body(HttpGet.send(s, uri, MAX_DOCUMENT_BYTES), uri);
            } finally {
                close(s);
            }
        }

    }

    private SSLContext context() throws GeneralSecurityException {
        if (tls != null) {
            return tls.newSslContext();
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, null, null);
        return ctx;
    }

    private static String describe(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            X509Certificate leaf = (X509Certificate) chain[0];
            return "server certificate " + leaf.getSubjectX500Principal().getName() + " issued by "
                    + leaf.getIssuerX500Principal().getName() + ", valid until " + leaf.getNotAfter().toInstant();
        } catch (IOException | RuntimeException e) {
            return "server certificate trusted";
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing left to do with it
        }
    }

    /** Settings of a {@link Doctor}. */
    public static final class Builder {
        private URI endpoint;
        private URI wsdl;
        private TlsConfig tls;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration maxClockSkew = DEFAULT_MAX_CLOCK_SKEW;
        private Clock clock = Clock.systemUTC();
        private DitClient verifierClient;
        private VerifierRecevabilite verifierRequest;

        private Builder() {}

        /** The CreerDIT endpoint. Required. */
        public Builder endpoint(URI value) {
            Objects.requireNonNull(value, "endpoint");
            if (value.getHost() == null || !value.getScheme().matches("(?i)https?")) {
                throw new IllegalArgumentException("endpoint must be an absolute http(s) URL, got " + value);
            }
            this.endpoint = value;
            return this;
        }

        /** Where the WSDL is served; default the endpoint with {@code ?wsdl}. A {@code file:} URI reads a file. */
        public Builder wsdl(URI value) {
            this.wsdl = Objects.requireNonNull(value, "wsdl");
            return this;
        }

        /** The client certificate and trust the client uses; default none (the JDK's CAs). */
        public Builder tls(TlsConfig value) {
            this.tls = value;
            return this;
        }

        /** Connect and read timeout of each step. Default 10 s. */
        public Builder timeout(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + value);
            }
            this.timeout = value;
            return this;
        }

        /** Largest clock difference with the server that passes. Default 60 s. */
        public Builder maxClockSkew(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("maxClockSkew must not be negative, got " + value);
            }
            this.maxClockSkew = value;
            return this;
        }

        /** Our clock (for tests). Default the system's. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Also sends one VerifierRecevabiliteDIT with this client (which the caller keeps and closes). Harmless
         * when receivable; a refusal is recorded by OMEGA as a demande in status 22/23.
         */
        public Builder verifierRecevabilite(DitClient client, VerifierRecevabilite request) {
            this.verifierClient = Objects.requireNonNull(client, "client");
            this.verifierRequest = Objects.requireNonNull(request, "request");
            return this;
        }

        /**
         * The doctor.
         *
         * @throws IllegalStateException without an endpoint
         */
        public Doctor build() {
            if (endpoint == null) {
                throw new IllegalStateException("endpoint is required");
            }
            return new Doctor(this);
        }
    }
}
