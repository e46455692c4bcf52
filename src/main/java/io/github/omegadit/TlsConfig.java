/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mutual TLS settings: the supplier's client certificate (OMEGA authenticates suppliers by certificate) and the trust
 * for OMEGA's server certificate. Key stores are read once, when this object is made; passwords are used then and
 * never stored or logged. Hostname verification is always on and cannot be turned off.
 *
 * <pre>{@code
 * TlsConfig tls = TlsConfig.pkcs12(Path.of("fournisseur.p12"), keyPassword)
 *         .trustPkcs12(Path.of("omega-ca.p12"), trustPassword);
 * }</pre>
 */
public final class TlsConfig {

    private static final Logger LOG = LoggerFactory.getLogger(TlsConfig.class);
    /** A warning is logged when the client certificate expires within this period (renewal takes weeks). */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    private final KeyManager[] keyManagers;
    private final TrustManager[] trustManagers;
    private final List<X509Certificate> clientCertificates;

    private TlsConfig(KeyManager[] keyManagers, TrustManager[] trustManagers, List<X509Certificate> clientCerts) {
        this.keyManagers = keyManagers;
        this.trustManagers = trustManagers;
        this.clientCertificates = clientCerts;
    }

    /**
     * The client certificate and private key from a PKCS#12 file.
     *
     * @param file the PKCS#12 file
     * @param password its password; not kept
     * @return the configuration
     * @throws IllegalArgumentException when the file cannot be read or the password is wrong (the message names the
     *                                  file, never the password)
     */
    public static TlsConfig pkcs12(Path file, char[] password) {
        return keyStore(readPkcs12(file, password, "client certificate"), password);
    }

    /**
     * The client certificate and private key from a loaded key store.
     *
     * @param keyPassword the password of the private key; not kept
     * @param store the key store holding the private key and its certificate
     * @return the configuration
     * @throws IllegalArgumentException when the store holds no private key or the password does not open it
     */
    public static TlsConfig keyStore(KeyStore store, char[] keyPassword) {
        Objects.requireNonNull(store, "key store");
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, keyPassword);
            List<X509Certificate> certs = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate c = store.getCertificate(alias);
                    if (c instanceof X509Certificate x) {
                        certs.add(x);
                    }
                }
            }
            if (certs.isEmpty()) {
                throw new IllegalArgumentException("the client key store holds no private key with a certificate");
            }
            return new TlsConfig(kmf.getKeyManagers(), null, List.copyOf(certs));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the client key store: " + e.getClass().getSimpleName()
                    + " (wrong key password?)", e);
        }
    }

    /**
     * Only a trust store, no client certificate (OMEGA will refuse the handshake; useful against test servers).
     *
     * @param trustStore the certificates to trust
     * @return the configuration
     */
    public static TlsConfig trustOnly(KeyStore trustStore) {
        return new TlsConfig(null, trustManagers(trustStore), List.of());
    }

    /**
     * A copy trusting the certificates of a PKCS#12 trust store instead of the JDK's default CAs.
     *
     * @param file the PKCS#12 file
     * @param password its password; not kept
     * @return the configuration
     */
    public TlsConfig trustPkcs12(Path file, char[] password) {
        return trustStore(readPkcs12(file, password, "trust store"));
    }

    /**
     * A copy trusting the certificates of {@code trustStore} instead of the JDK's default CAs.
     *
     * @param trustStore the certificates to trust
     * @return the configuration
     */
    public TlsConfig trustStore(KeyStore trustStore) {
        return new TlsConfig(keyManagers, trustManagers(trustStore), clientCertificates);
    }

    /**
     * A new TLS context with this configuration's client certificate and trust, for another connection made as the
     * same supplier: the homologation package's doctor probes with it, step by step. Hostname verification is the
     * caller's to switch on ({@code SSLParameters.setEndpointIdentificationAlgorithm("HTTPS")}), as for any
     * {@link SSLContext}.
     *
     * @throws IllegalStateException when the JDK offers no TLS implementation
     */
    public SSLContext newSslContext() {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keyManagers(), trustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make a TLS context: " + e, e);
        }
    }

    KeyManager[] keyManagers() {
        return keyManagers == null ? null : keyManagers.clone();
    }

    TrustManager[] trustManagers() {
        return trustManagers == null ? null : trustManagers.clone();
    }

    /**
     * The earliest expiry among the client certificates, or {@code null} without client certificate.
     *
     * @return the instant, or {@code null}
     */
    public Instant clientCertificateExpiry() {
        return clientCertificates.stream().map(c -> c.getNotAfter().toInstant()).min(Instant::compareTo)
                .orElse(null);
    }

    /** Logs a warning if a client certificate expires within {@link #EXPIRY_WARNING}; true if it did. */
    boolean warnIfExpiringSoon() {
        return warnIfExpiringSoon(Clock.systemUTC());
    }

    boolean warnIfExpiringSoon(Clock clock) {
        boolean warned = false;
        Instant now = clock.instant();
        for (X509Certificate c : clientCertificates) {
            Instant notAfter = c.getNotAfter().toInstant();
            if (notAfter.isBefore(now)) {
                LOG.warn("client certificate {} EXPIRED on {}: OMEGA will refuse the handshake",
                        c.getSubjectX500Principal().getName(), notAfter);
                warned = true;
            } else if (notAfter.isBefore(now.plus(EXPIRY_WARNING))) {
                LOG.warn("client certificate {} expires on {} (in {} days): renew it now, renewal takes weeks",
                        c.getSubjectX500Principal().getName(), notAfter,
                        Duration.between(now, notAfter).toDays());
                warned = true;
            }
        }
        return warned;
    }

    private static TrustManager[] trustManagers(KeyStore trustStore) {
        Objects.requireNonNull(trustStore, "trust store");
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            return tmf.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the trust store: " + e.getClass().getSimpleName(), e);
        }
    }

    private static KeyStore readPkcs12(Path file, char[] password, String what) {
        Objects.requireNonNull(file, what + " file");
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            String reason = e.getCause() instanceof java.security.UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password") ? "wrong password" : e.getClass()
                    .getSimpleName();
            throw new IllegalArgumentException("cannot read the " + what + " " + file + ": " + reason, e);
        }
    }

    @Override
    public String toString() {
        return "TlsConfig[clientCertificates=" + clientCertificates.stream()
                .map(c -> c.getSubjectX500Principal().getName()).toList()
                + ", trust=" + (trustManagers == null ? "JDK default" : "custom") + "]";
    }
}
