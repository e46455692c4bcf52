/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.TlsConfig;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.support.LogCapture;
import io.github.omegadit.support.TestPki;
import io.github.omegadit.support.TestRequests;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutual TLS against an HTTPS WireMock that requires a client certificate, with certificates made at test time. */
class MutualTlsTest {

    @TempDir
    static Path dir;
    static TestPki.Identity ca;
    static TestPki.Identity otherCa;
    static Path clientP12;
    static Path otherCaClientP12;
    static Path expiringClientP12;
    static Path caTrustP12;
    static WireMockServer server;
    static WireMockServer wrongHostServer;

    @BeforeAll
    static void pkiAndServers() throws Exception {
        ca = TestPki.ca("OMEGA test CA");
        otherCa = TestPki.ca("Some other CA");
        Path serverP12 = TestPki.keyStore(dir, "server", TestPki.server(ca, "localhost"));
        Path wrongHostP12 = TestPki.keyStore(dir, "wrong-host", TestPki.server(ca, "omega.example"));
        clientP12 = TestPki.keyStore(dir, "client", TestPki.client(ca, "Fournisseur Test", Duration.ofDays(200)));
        otherCaClientP12 = TestPki.keyStore(dir, "other-client",
                TestPki.client(otherCa, "Fournisseur Intrus", Duration.ofDays(200)));
        expiringClientP12 = TestPki.keyStore(dir, "expiring",
                TestPki.client(ca, "Fournisseur Presse", Duration.ofDays(10)));
        caTrustP12 = TestPki.trustStore(dir, "ca-trust", ca.certificate());
        Path serverTrust = TestPki.trustStore(dir, "server-trust", ca.certificate());
        server = https(serverP12, serverTrust);
        wrongHostServer = https(wrongHostP12, serverTrust);
    }

    static WireMockServer https(Path keyStore, Path trustStore) {
        WireMockServer s = new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort()
                .bindAddress("127.0.0.1")
                .keystorePath(keyStore.toString()).keystoreType("PKCS12")
                .keystorePassword(new String(TestPki.PASSWORD)).keyManagerPassword(new String(TestPki.PASSWORD))
                .needClientAuth(true)
                .trustStorePath(trustStore.toString()).trustStoreType("PKCS12")
                .trustStorePassword(new String(TestPki.PASSWORD)));
        s.start();
        s.stubFor(post(urlEqualTo("/omega/CreerDIT")).willReturn(aResponse()
                .withHeader("Content-Type", "text/xml").withBody(TestRequests.recevableAnswer())));
        return s;
    }

    @AfterAll
    static void stop() {
        server.stop();
        wrongHostServer.stop();
    }

    static DitClient client(WireMockServer s, TlsConfig tls) {
        return TestRequests.client("https://localhost:" + s.httpsPort()).tls(tls).retry(RetryPolicy.none())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static DitServiceException handshakeFailure(WireMockServer s, TlsConfig tls) {
        try (DitClient client = client(s, tls)) {
            try {
                Object r = client.newDialogue().verifierRecevabilite(TestRequests.verifier());
                throw new AssertionError("handshake should have failed, got " + r);
            } catch (DitServiceException e) {
                return e;
            }
        }
    }

    @Test
    void withClientCertificate_theCallSucceeds_andNoSecretIsLogged() throws Exception {
        try (LogCapture logs = LogCapture.start();
             DitClient client = TestRequests.client("https://localhost:" + server.httpsPort())
                     .tls(TlsConfig.pkcs12(clientP12, TestPki.PASSWORD).trustPkcs12(caTrustP12, TestPki.PASSWORD))
                     .messageLogging(true).build()) {
            assertThat(client.newDialogue().verifierRecevabilite(TestRequests.verifier()))
                    .isInstanceOf(Recevable.class);
            String keyPem = java.util.Base64.getEncoder().encodeToString(
                    java.security.KeyStore.getInstance("PKCS12").getClass().getName().getBytes());
            assertThat(logs.all()).doesNotContain(new String(TestPki.PASSWORD)).doesNotContain("PRIVATE KEY")
                    .doesNotContain(keyPem);
        }
    }

    @Nested
    class HandshakeFailures {

        @Test
        void withoutClientCertificate_failsClearly_notSent() throws Exception {
            DitServiceException e = handshakeFailure(server, TlsConfig.trustOnly(TestPki.trust(ca.certificate())));

            assertThat(e.failure()).as(e.getMessage() + " / " + e.getCause()).isEqualTo(Failure.TLS_HANDSHAKE_FAILED);
            assertThat(e.getMessage()).contains("refused our client certificate");
            assertThat(e.mayHaveBeenReceived()).isFalse();
        }

        @Test
        void withCertificateFromAnotherCa_failsClearly() {
            DitServiceException e = handshakeFailure(server, TlsConfig.pkcs12(otherCaClientP12, TestPki.PASSWORD)
                    .trustPkcs12(caTrustP12, TestPki.PASSWORD));

            assertThat(e.failure()).as(e.getMessage() + " / " + e.getCause()).isEqualTo(Failure.TLS_HANDSHAKE_FAILED);
            assertThat(e.getMessage()).contains("refused our client certificate");
            assertThat(e.mayHaveBeenReceived()).isFalse();
        }

        @Test
        void untrustedServer_failsNamingTheCause_andNothingWasSent() throws Exception {
            DitServiceException e = handshakeFailure(server, TlsConfig.pkcs12(clientP12, TestPki.PASSWORD)
                    .trustStore(TestPki.trust(otherCa.certificate())));

            assertThat(e.failure()).isEqualTo(Failure.TLS_HANDSHAKE_FAILED);
            assertThat(e.getMessage()).contains("untrusted server");
            assertThat(e.mayHaveBeenReceived()).isFalse();
            assertThat(e.retrySafe()).isTrue();
            assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.urlMatching(".*")))).allSatisfy(r -> { });
        }

        @Test
        void hostnameMismatch_failsNamingTheCause() {
            DitServiceException e = handshakeFailure(wrongHostServer, TlsConfig.pkcs12(clientP12, TestPki.PASSWORD)
                    .trustPkcs12(caTrustP12, TestPki.PASSWORD));

            assertThat(e.failure()).isEqualTo(Failure.TLS_HANDSHAKE_FAILED);
            assertThat(e.getMessage()).contains("hostname mismatch");
        }
    }

    @Nested
    class KeyStores {

        @Test
        void wrongPassword_isRefusedNamingTheFile_notThePassword() {
            assertThatThrownBy(() -> TlsConfig.pkcs12(clientP12, "s3cr3t-wrong".toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(clientP12.toString())
                    .hasMessageNotContaining("s3cr3t-wrong");
        }

        @Test
        void certificateExpiringWithin30Days_logsAWarning_withoutSecrets() {
            try (LogCapture logs = LogCapture.start();
                 DitClient client = client(server, TlsConfig.pkcs12(expiringClientP12, TestPki.PASSWORD)
                         .trustPkcs12(caTrustP12, TestPki.PASSWORD))) {
                assertThat(logs.all()).contains("CN=Fournisseur Presse")
                        .contains("renew it now")
                        .doesNotContain(new String(TestPki.PASSWORD));
                assertThat(client.newDialogue().verifierRecevabilite(TestRequests.verifier()))
                        .isInstanceOf(Recevable.class);
            }
        }

        @Test
        void certificateValidLonger_logsNoWarning() {
            try (LogCapture logs = LogCapture.start();
                 DitClient client = client(server, TlsConfig.pkcs12(clientP12, TestPki.PASSWORD)
                         .trustPkcs12(caTrustP12, TestPki.PASSWORD))) {
                assertThat(client.toString()).contains("https://localhost");
                assertThat(logs.all()).doesNotContain("renew it now");
            }
        }
    }
}
