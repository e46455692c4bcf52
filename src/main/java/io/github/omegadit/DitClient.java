/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.internal.soap.GatewaySettings;
import io.github.omegadit.internal.wire.Identity;
import io.github.omegadit.internal.soap.SoapGateway;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.rules.Catalogue;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: a client of OMEGA's CreerDIT web service for one supplier identity. Build one, share it: it is
 * immutable and thread-safe, holds one connection pool, and every {@link Dialogue} it opens is independent.
 *
 * <pre>{@code
 * try (DitClient client = DitClient.builder()
 *         .endpoint(URI.create("https://omega.example/CreerDIT"))
 *         .dnEntreprise("CN=Mon Fournisseur,O=...").numeroCad("GAZ0001").login("jdupont")
 *         .tls(TlsConfig.pkcs12(Path.of("client.p12"), password).trustPkcs12(Path.of("ca.p12"), caPassword))
 *         .build()) {
 *     Dialogue dit = client.newDialogue();
 *     if (dit.verifierRecevabilite(VerifierRecevabilite.pce("GI123456")) instanceof Recevable) {
 *         CreationReponse created = dit.creerDemande(demande);
 *         if (created instanceof DatePlageH h) {
 *             dit.accepterRdv(h.dateProgrammee().datePlage());
 *         }
 *     }
 * }
 * }</pre>
 */
public final class DitClient implements AutoCloseable {

    /** Default connect timeout: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default receive timeout: 60 s, well under OMEGA's own 5-minute bound. */
    public static final Duration DEFAULT_RECEIVE_TIMEOUT = Duration.ofSeconds(60);
    /** Default deadline of a whole call, retries included: 90 s. */
    public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(90);
    /** OMEGA's wait bound (guide §2.1): no timeout may reach it. */
    public static final Duration OMEGA_WAIT_BOUND = Duration.ofMinutes(5);
    /** Default cap on an answer's size: 1 MiB (a full ListeDP answer is a few KiB). */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
    /** Default bound on a connection's idle time before reuse: 30 s, well under the 4-6 minutes after which cloud
     * NAT gateways and load balancers drop idle flows without a word, and under a 60 s load-balancer timeout. */
    public static final Duration DEFAULT_CONNECTION_MAX_IDLE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(DitClient.class);

    private final Builder config;
    private final Identity identity;
    private final SoapGateway gateway;
    private final List<DialogueListener> listeners;
    private final HealthTracker health;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DitClient(Builder b) {
        this.config = b.copy();
        this.identity = new Identity(b.dnEntreprise, b.numeroCad, b.login, b.numeroVersion.toString());
        this.listeners = List.copyOf(b.listeners);
        TlsConfig tls = b.tls;
        KeyManager[] keys = tls == null ? null : tls.keyManagers();
        TrustManager[] trust = tls == null ? null : tls.trustManagers();
        this.health = new HealthTracker(Clock.systemUTC(), tls == null ? null : tls.clientCertificateExpiry());
        List<CallObserver> observers = new ArrayList<>();
        observers.add(health);
        observers.addAll(b.callObservers);
        this.gateway = new SoapGateway(new GatewaySettings(b.endpoint, b.connectTimeout, b.receiveTimeout,
                b.callDeadline, b.retry, b.maxCallsPerSecond, keys, trust, b.messageLogging, b.maxResponseBytes,
                b.connectionMaxIdle, List.copyOf(observers)));
        if (tls != null) {
            tls.warnIfExpiringSoon();
        }
    }

    /** A builder with the documented defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this client's settings, to build a variant (a new client with its own connections). */
    public Builder toBuilder() {
        return config.copy();
    }

    /**
     * Opens a new dialogue for one DIT, starting with the receivability check. Nothing is sent yet.
     *
     * @throws IllegalStateException once the client is closed
     */
    public Dialogue newDialogue() {
        ensureOpen();
        return new Dialogue(this, DialogueState.NEW, null);
    }

    /**
     * Resumes the appointment step of a demande created earlier (by another process, before a restart), from its
     * NumeroDemande alone: the dialogue is {@link DialogueState#AWAITING_APPOINTMENT}, and OMEGA is the judge of
     * whether the demande still awaits an appointment.
     *
     * @throws IllegalArgumentException when the NumeroDemande is blank
     * @throws IllegalStateException    once the client is closed
     */
    public Dialogue resume(String numeroDemande) {
        if (numeroDemande == null || numeroDemande.isBlank()) {
            throw new IllegalArgumentException("NumeroDemande is required to resume a dialogue");
        }
        ensureOpen();
        return new Dialogue(this, DialogueState.AWAITING_APPOINTMENT, numeroDemande);
    }

    /** The service URL. */
    public URI endpoint() {
        return config.endpoint;
    }

    /** The NumeroVersion sent with every call. */
    public NumeroVersion numeroVersion() {
        return config.numeroVersion;
    }

    /** What the client does with rule violations. */
    public ValidationMode validationMode() {
        return config.validationMode;
    }

    /** The Annexe B catalogue the rules use; {@code null} when validation is {@link ValidationMode#OFF} and none
     * was given. */
    public Catalogue catalogue() {
        return config.catalogue;
    }

    Identity identity() {
        return identity;
    }

    SoapGateway gateway() {
        return gateway;
    }

    /**
     * What the client has seen of OMEGA so far (last outcome per operation, transport failures in a row, the client
     * certificate's expiry), for a health check that must not call OMEGA itself. Cheap: no I/O, no lock.
     */
    public ClientHealth health() {
        return health.snapshot(isClosed());
    }

    /** True once {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Closes the connection pool and the client's threads. Dialogues of this client can no longer send: their calls
     * throw {@link IllegalStateException}; a call under way fails with a
     * {@link io.github.omegadit.error.DitServiceException}. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            gateway.close();
        }
    }

    void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException(this + " is closed: build a new client");
        }
    }

    void notifyListeners(DialogueEvent event) {
        for (DialogueListener l : listeners) {
            try {
                l.onTransition(event);
            } catch (RuntimeException e) {
                LOG.warn("DialogueListener {} failed on {}: {}", l, event.transition(), e.toString());
            }
        }
    }

    @Override
    public String toString() {
        return "DitClient[" + config.endpoint + ", NumeroCAD " + identity.numeroCad() + ", " + identity.numeroVersion()
                + "]";
    }

    /**
     * Settings of a {@link DitClient}. Setters check their argument at once ({@link IllegalArgumentException});
     * {@link #build()} checks that the required ones are present ({@link IllegalStateException}).
     */
    public static final class Builder {
        private URI endpoint;
        private String dnEntreprise;
        private String numeroCad;
        private String login;
        private NumeroVersion numeroVersion = NumeroVersion.LATEST;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration receiveTimeout = DEFAULT_RECEIVE_TIMEOUT;
        private Duration callDeadline = DEFAULT_CALL_DEADLINE;
        private ValidationMode validationMode = ValidationMode.STRICT;
        private Catalogue catalogue;
        private RetryPolicy retry = RetryPolicy.defaults();
        private double maxCallsPerSecond;
        private TlsConfig tls;
        private boolean messageLogging;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private Duration connectionMaxIdle = DEFAULT_CONNECTION_MAX_IDLE;
        private final List<DialogueListener> listeners = new ArrayList<>();
        private final List<CallObserver> callObservers = new ArrayList<>();

        private Builder() {}

        private Builder copy() {
            Builder b = new Builder();
            b.endpoint = endpoint;
            b.dnEntreprise = dnEntreprise;
            b.numeroCad = numeroCad;
            b.login = login;
            b.numeroVersion = numeroVersion;
            b.connectTimeout = connectTimeout;
            b.receiveTimeout = receiveTimeout;
            b.callDeadline = callDeadline;
            b.validationMode = validationMode;
            b.catalogue = catalogue;
            b.retry = retry;
            b.maxCallsPerSecond = maxCallsPerSecond;
            b.tls = tls;
            b.messageLogging = messageLogging;
            b.maxResponseBytes = maxResponseBytes;
            b.connectionMaxIdle = connectionMaxIdle;
            b.listeners.addAll(listeners);
            b.callObservers.addAll(callObservers);
            return b;
        }

        /** The CreerDIT service URL, {@code http} or {@code https}. Required. */
        public Builder endpoint(URI value) {
            Arguments.required(value, "endpoint");
            String scheme = value.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || value.getHost() == null) {
                throw new IllegalArgumentException("endpoint must be an absolute http(s) URL, got " + value);
            }
            this.endpoint = value;
            return this;
        }

        /** The CreerDIT service URL. Required. */
        public Builder endpoint(String value) {
            Arguments.required(value, "endpoint");
            try {
                return endpoint(URI.create(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("endpoint must be an absolute http(s) URL, got " + value, e);
            }
        }

        /** DNEntreprise: the supplier's distinguished name, as in its certificate. Required. */
        public Builder dnEntreprise(String value) {
            this.dnEntreprise = requireText(value, "DNEntreprise");
            return this;
        }

        /** NumeroCAD: the supplier's CDG-F (ex CAD) number. Required. */
        public Builder numeroCad(String value) {
            this.numeroCad = requireText(value, "NumeroCAD");
            return this;
        }

        /** Utilisateur.Login: the OMEGA login of the user making the demandes. Required (rule R9). */
        public Builder login(String value) {
            this.login = requireText(value, "Utilisateur.Login (rule R9)");
            return this;
        }

        /** NumeroVersion sent with every call. Default {@link NumeroVersion#LATEST}; lower it only to match an
         * OMEGA platform that does not know the latest version yet. */
        public Builder numeroVersion(NumeroVersion value) {
            this.numeroVersion = Arguments.required(value, "numeroVersion");
            return this;
        }

        /** TCP and TLS connect timeout. Default 10 s. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = requireTimeout(value, "connectTimeout");
            return this;
        }

        /** Wait for OMEGA's answer. Default 60 s; raise it only if the platform is known to be slower. */
        public Builder receiveTimeout(Duration value) {
            this.receiveTimeout = requireTimeout(value, "receiveTimeout");
            return this;
        }

        /** Bound on a whole call, retries and an answer dribbled slowly included. Default 90 s. */
        public Builder callDeadline(Duration value) {
            this.callDeadline = requireTimeout(value, "callDeadline");
            return this;
        }

        /** What to do with rule violations. Default {@link ValidationMode#STRICT}. */
        public Builder validationMode(ValidationMode value) {
            this.validationMode = Arguments.required(value, "validationMode");
            return this;
        }

        /** The Annexe B catalogue; default the bundled one. Load yours with {@link Catalogue#load} when the
         * distributor publishes a new table before we release. */
        public Builder catalogue(Catalogue value) {
            this.catalogue = Arguments.required(value, "catalogue");
            return this;
        }

        /** Retries of retry-safe failures. Default {@link RetryPolicy#defaults()}. */
        public Builder retry(RetryPolicy value) {
            this.retry = Arguments.required(value, "retry");
            return this;
        }

        /** Client-side limit of calls per second across all threads (homologation platforms cap rates). Default
         * none (0). */
        public Builder maxCallsPerSecond(double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("maxCallsPerSecond must be 0 (no limit) or positive, got " + value);
            }
            this.maxCallsPerSecond = value;
            return this;
        }

        /** Client certificate and trust for mutual TLS. Required by OMEGA in production. */
        public Builder tls(TlsConfig value) {
            this.tls = Arguments.required(value, "tls");
            return this;
        }

        /** Logs each SOAP payload at INFO on logger {@code io.github.omegadit.payload}, personal data masked.
         * Default off. */
        public Builder messageLogging(boolean value) {
            this.messageLogging = value;
            return this;
        }

        /**
         * Adds a listener told of every transition of every dialogue of the client (journals, metrics, audit). Default
         * none; listeners are called in the order added.
         */
        public Builder listener(DialogueListener value) {
            listeners.add(Arguments.required(value, "listener"));
            return this;
        }

        /**
         * Adds an observer told of every call the client sends, around it (metrics, tracing, alerts). Default none;
         * observers are started in the order added.
         */
        public Builder callObserver(CallObserver value) {
            callObservers.add(Arguments.required(value, "callObserver"));
            return this;
        }

        /** Cap on an answer's size. Default 1 MiB. */
        public Builder maxResponseBytes(long value) {
            if (value < 1024) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1024, got " + value);
            }
            this.maxResponseBytes = value;
            return this;
        }

        /**
         * Bound on how long a connection may stay idle and still be reused. Default 30 s. Middleboxes (NAT gateways,
         * firewalls, cloud load balancers) drop idle connections after their own timeout, often without telling either
         * end; a call sent on such a connection would wait its whole receive timeout and, for CreerDemandeDIT, come
         * back as an outcome unknown although OMEGA never received it. Keep this under the shortest idle timeout
         * between you and OMEGA; a new connection after a pause costs one TCP and TLS handshake.
         */
        public Builder connectionMaxIdle(Duration value) {
            Arguments.required(value, "connectionMaxIdle");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("connectionMaxIdle must be positive, got " + value);
            }
            this.connectionMaxIdle = value;
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException when a required setting is missing or settings conflict
         */
        public DitClient build() {
            if (endpoint == null) {
                throw new IllegalStateException("endpoint is required");
            }
            if (dnEntreprise == null) {
                throw new IllegalStateException("DNEntreprise is required");
            }
            if (numeroCad == null) {
                throw new IllegalStateException("NumeroCAD is required");
            }
            if (login == null) {
                throw new IllegalStateException("Utilisateur.Login is required (rule R9)");
            }
            if (callDeadline.compareTo(connectTimeout) < 0) {
                throw new IllegalStateException("callDeadline (" + callDeadline + ") is shorter than connectTimeout ("
                        + connectTimeout + ")");
            }
            if ("https".equalsIgnoreCase(endpoint.getScheme()) && tls == null) {
                // the JDK trust store may suffice for the server, but OMEGA requires a client certificate
                LOG.warn(
                        "https endpoint {} without TlsConfig: no client certificate will be presented", endpoint);
            }
            if (catalogue == null && validationMode != ValidationMode.OFF) {
                catalogue = Catalogue.standard();
            }
            return new DitClient(this);
        }

        private static String requireText(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
            return value;
        }

        private static Duration requireTimeout(Duration value, String name) {
            Arguments.required(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            if (value.compareTo(OMEGA_WAIT_BOUND) >= 0) {
                throw new IllegalArgumentException(name + " must stay under OMEGA's 5-minute bound, got " + value);
            }
            return value;
        }
    }
}
