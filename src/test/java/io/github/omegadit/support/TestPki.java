/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.support;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made at test time: CAs, server and client certificates, written as PKCS#12 files. */
public final class TestPki {

    public static final char[] PASSWORD = "changeit".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    /** A key pair and its certificate chain. */
    public record Identity(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {}

    private TestPki() {}

    /** A self-signed CA. */
    public static Identity ca(String cn) throws Exception {
        KeyPair keys = keyPair();
        X500Name name = new X500Name("CN=" + cn + ",O=omega-dit tests");
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(), notBefore(),
                Date.from(Instant.now().plus(Duration.ofDays(365))), name, keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate cert = sign(b, keys);
        return new Identity(keys, cert, cert);
    }

    /** A server certificate for {@code dnsName} (and 127.0.0.1), issued by {@code ca}. */
    public static Identity server(Identity ca, String dnsName) throws Exception {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), notBefore(),
                Date.from(Instant.now().plus(Duration.ofDays(90))), new X500Name("CN=" + dnsName), keys.getPublic());
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, dnsName)}));
        return new Identity(keys, sign(b, ca.keys()), ca.certificate());
    }

    /** A client certificate valid for {@code validity}, issued by {@code ca}. */
    public static Identity client(Identity ca, String cn, Duration validity) throws Exception {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), notBefore(),
                Date.from(Instant.now().plus(validity)), new X500Name("CN=" + cn + ",O=Fournisseur Test"),
                keys.getPublic());
        return new Identity(keys, sign(b, ca.keys()), ca.certificate());
    }

    /** A client certificate valid from {@code notBefore} to {@code notAfter} (in the past: expired), by {@code ca}. */
    public static Identity client(Identity ca, String cn, Instant notBefore, Instant notAfter) throws Exception {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.certificate(), serial(),
                Date.from(notBefore), Date.from(notAfter), new X500Name("CN=" + cn + ",O=Fournisseur Test"),
                keys.getPublic());
        return new Identity(keys, sign(b, ca.keys()), ca.certificate());
    }

    /** An in-memory key store holding the identity's key and chain (password {@link #PASSWORD}). */
    public static KeyStore keys(Identity id) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("key", id.keys().getPrivate(), PASSWORD,
                new Certificate[] {id.certificate(), id.issuer()});
        return ks;
    }

    /** A PKCS#12 key store holding the identity's key and chain. */
    public static Path keyStore(Path dir, String name, Identity id) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("key", id.keys().getPrivate(), PASSWORD,
                new Certificate[] {id.certificate(), id.issuer()});
        return write(dir.resolve(name + ".p12"), ks);
    }

    /** A PKCS#12 trust store holding the given certificates. */
    public static Path trustStore(Path dir, String name, X509Certificate... trusted) throws Exception {
        return write(dir.resolve(name + ".p12"), trust(trusted));
    }

    /** An in-memory trust store. */
    public static KeyStore trust(X509Certificate... trusted) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        for (int i = 0; i < trusted.length; i++) {
            ks.setCertificateEntry("ca" + i, trusted[i]);
        }
        return ks;
    }

    private static Path write(Path file, KeyStore ks) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, PASSWORD);
        }
        return file;
    }

    private static KeyPair keyPair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256, new SecureRandom());
        return g.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair issuerKeys) throws Exception {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(b.build(signer));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIAL.incrementAndGet());
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }
}
