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
import static io.github.omegadit.homologation.DoctorCheck.Status.FAIL;
import static io.github.omegadit.homologation.DoctorCheck.Status.PASS;
import static io.github.omegadit.homologation.DoctorCheck.Status.SKIP;
import static io.github.omegadit.homologation.DoctorCheck.Status.WARN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.DitClient;
import io.github.omegadit.TlsConfig;
import io.github.omegadit.homologation.DoctorCheck.Kind;
import io.github.omegadit.homologation.DoctorCheck.Status;
import io.github.omegadit.internal.wire.Contract;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.support.TestPki;
import io.github.omegadit.support.TlsTestServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor against local servers, each broken in one way, each reported by its own check. */
class DoctorTest {

    static TestPki.Identity ca;
    static TestPki.Identity otherCa;
    static TlsTestServer mutualTls;
    static TlsTestServer wrongHost;

    @BeforeAll
    static void servers() throws Exception {
        ca = TestPki.ca("OMEGA doctor test CA");
        otherCa = TestPki.ca("Another CA");
        mutualTls = TlsTestServer.https(TestPki.server(ca, "localhost"), ca.certificate());
        wrongHost = TlsTestServer.https(TestPki.server(ca, "omega.example"), ca.certificate());
    }

    @AfterAll
    static void stop() {
        mutualTls.close();
        wrongHost.close();
    }

    static TlsConfig client(TestPki.Identity issuer, Duration validity, TestPki.Identity trusted) throws Exception {
        return TlsConfig.keyStore(TestPki.keys(TestPki.client(issuer, "Fournisseur Test", validity)),
                TestPki.PASSWORD).trustStore(TestPki.trust(trusted.certificate()));
    }

    static DoctorReport run(URI endpoint, TlsConfig tls) {
        return Doctor.builder().endpoint(endpoint).tls(tls).timeout(Duration.ofSeconds(5)).build().run();
    }

    static Status status(DoctorReport r, Kind kind) {
        return r.check(kind).orElseThrow().status();
    }

    static String detail(DoctorReport r, Kind kind) {
        return r.check(kind).orElseThrow().detail();
    }

    @Nested
    class MutualTls {

        @Test
        void aGoodMutualTlsServer_passesEveryCheck() throws Exception {
            DoctorReport r = run(mutualTls.endpoint("localhost"), client(ca, Duration.ofDays(300), ca));

            assertThat(r.allPassed()).as(r.toString()).isTrue();
            assertThat(r.checks()).extracting(DoctorCheck::kind).containsExactly(Kind.values());
            assertThat(r.checks()).filteredOn(c -> c.kind() != VERIFIER_RECEVABILITE)
                    .allSatisfy(c -> assertThat(c.status()).as(c.toString()).isEqualTo(PASS));
            assertThat(detail(r, TLS_CLIENT_CERTIFICATE)).contains("accepted", "CN=Fournisseur Test");
            assertThat(detail(r, TLS_CHAIN)).contains("CN=localhost", "OMEGA doctor test CA");
            assertThat(status(r, VERIFIER_RECEVABILITE)).isEqualTo(SKIP);
        }

        @Test
        void noClientCertificate_isReportedByTheClientCertificateCheck() throws Exception {
            DoctorReport r = run(mutualTls.endpoint("localhost"), TlsConfig.trustOnly(TestPki.trust(ca.certificate())));

            assertThat(status(r, TLS_CHAIN)).as(r.toString()).isEqualTo(PASS);
            assertThat(status(r, TLS_HOSTNAME)).isEqualTo(PASS);
            assertThat(status(r, TLS_CLIENT_CERTIFICATE)).as(r.toString()).isEqualTo(FAIL);
            assertThat(detail(r, TLS_CLIENT_CERTIFICATE)).contains("no client certificate is configured",
                    "refused our client certificate");
            assertThat(status(r, CERTIFICATE_EXPIRY)).isEqualTo(FAIL);
            assertThat(r.allPassed()).isFalse();
        }

        @Test
        void aClientCertificateTheServerDoesNotTrust_isReportedRefused() throws Exception {
            DoctorReport r = run(mutualTls.endpoint("localhost"), client(otherCa, Duration.ofDays(300), ca));

            assertThat(status(r, TLS_CHAIN)).as(r.toString()).isEqualTo(PASS);
            assertThat(status(r, TLS_CLIENT_CERTIFICATE)).as(r.toString()).isEqualTo(FAIL);
            assertThat(detail(r, TLS_CLIENT_CERTIFICATE)).contains("refused our client certificate")
                    .doesNotContain("no client certificate is configured");
            assertThat(status(r, CERTIFICATE_EXPIRY)).isEqualTo(PASS);
        }

        @Test
        void anUntrustedServerChain_isReportedByTheChainCheck() throws Exception {
            DoctorReport r = run(mutualTls.endpoint("localhost"), client(ca, Duration.ofDays(300), otherCa));

            assertThat(status(r, DNS)).as(r.toString()).isEqualTo(PASS);
            assertThat(status(r, TCP)).isEqualTo(PASS);
            assertThat(status(r, TLS_CHAIN)).isEqualTo(FAIL);
            assertThat(detail(r, TLS_CHAIN)).contains("untrusted server", "trust store");
            assertThat(status(r, TLS_HOSTNAME)).isEqualTo(SKIP);
            assertThat(status(r, TLS_CLIENT_CERTIFICATE)).as(r.toString()).isEqualTo(SKIP);
        }

        @Test
        void aWrongHostname_isReportedByTheHostnameCheck() throws Exception {
            DoctorReport r = run(wrongHost.endpoint("localhost"), client(ca, Duration.ofDays(300), ca));

            assertThat(status(r, TLS_CHAIN)).as(r.toString()).isEqualTo(PASS);
            assertThat(status(r, TLS_HOSTNAME)).isEqualTo(FAIL);
            assertThat(detail(r, TLS_HOSTNAME)).contains("hostname mismatch", "localhost");
            assertThat(status(r, TLS_CLIENT_CERTIFICATE)).as(r.toString()).isEqualTo(SKIP);
        }

        @Test
        void anExpiredClientCertificate_isReportedByTheExpiryCheck() throws Exception {
            TestPki.Identity expired = TestPki.client(ca, "Fournisseur Expire", Instant.now().minus(Duration.ofDays(400)),
                    Instant.now().minus(Duration.ofDays(3)));
            TlsConfig tls = TlsConfig.keyStore(TestPki.keys(expired), TestPki.PASSWORD)
                    .trustStore(TestPki.trust(ca.certificate()));

            DoctorReport r = run(mutualTls.endpoint("localhost"), tls);

            assertThat(status(r, CERTIFICATE_EXPIRY)).as(r.toString()).isEqualTo(FAIL);
            assertThat(detail(r, CERTIFICATE_EXPIRY)).contains("EXPIRED", "days ago");
            assertThat(status(r, TLS_CLIENT_CERTIFICATE)).as(r.toString()).isEqualTo(FAIL);
        }

        @Test
        void aSoonExpiringClientCertificate_warns_whileTheServerStillAcceptsIt() throws Exception {
            DoctorReport r = run(mutualTls.endpoint("localhost"), client(ca, Duration.ofDays(10), ca));

            assertThat(status(r, CERTIFICATE_EXPIRY)).as(r.toString()).isEqualTo(WARN);
            assertThat(detail(r, CERTIFICATE_EXPIRY)).containsPattern("expires in (9|10) days").contains("renew");
            assertThat(status(r, TLS_CLIENT_CERTIFICATE)).as(r.toString()).isEqualTo(PASS);
            assertThat(r.allPassed()).isFalse();
        }
    }

    @Nested
    class PlainHttp {

        @Test
        void theSimulator_passes_withTheOptInReceivabilityCheck() {
            try (OmegaSimulator sim = OmegaSimulator.builder().build().start();
                    DitClient client = DitClient.builder().endpoint(sim.url())
                            .dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE).numeroCad(OmegaSimulator.DEMO_NUMERO_CAD)
                            .login(OmegaSimulator.DEMO_LOGIN).build()) {
                DoctorReport r = Doctor.builder().endpoint(sim.url())
                        .verifierRecevabilite(client, VerifierRecevabilite.pce(OmegaSimulator.PCE_6M)).build().run();

                assertThat(r.allPassed()).as(r.toString()).isTrue();
                assertThat(status(r, TLS_CHAIN)).isEqualTo(SKIP);
                assertThat(status(r, WSDL)).isEqualTo(PASS);
                assertThat(status(r, CLOCK_SKEW)).isEqualTo(PASS);
                assertThat(status(r, VERIFIER_RECEVABILITE)).isEqualTo(PASS);
                assertThat(detail(r, VERIFIER_RECEVABILITE)).contains("P / Message");
                assertThat(sim.calls()).hasSize(1);
            }
        }

        @Test
        void aServerWhoseDateIsTenMinutesOff_isReportedByTheClockCheck() throws Exception {
            try (RawHttpServer server = new RawHttpServer(Duration.ofMinutes(10), wsdl -> wsdl)) {
                DoctorReport r = run(server.endpoint(), null);

                assertThat(status(r, CLOCK_SKEW)).as(r.toString()).isEqualTo(FAIL);
                assertThat(detail(r, CLOCK_SKEW)).containsPattern("(599|600|601) s behind the server's")
                        .contains("NTP");
                assertThat(status(r, WSDL)).isEqualTo(PASS);
            }
        }

        @Test
        void aWsdlThatDiffersFromOurs_isReportedByTheWsdlCheck_namingWhatDiffers() throws Exception {
            Function<String, String> drift = wsdl -> wsdl.replace("name=\"AbandonnerDemande\"",
                    "name=\"AnnulerDemande\"");
            try (RawHttpServer server = new RawHttpServer(Duration.ZERO, drift)) {
                DoctorReport r = run(server.endpoint(), null);

                assertThat(status(r, WSDL)).as(r.toString()).isEqualTo(FAIL);
                assertThat(detail(r, WSDL)).contains("operation AbandonnerDemande: in our contract, not served",
                        "operation AnnulerDemande: served, not in our contract");
                assertThat(status(r, CLOCK_SKEW)).isEqualTo(PASS);
            }
        }

        @Test
        void anElementThatDiffers_isNamedByItsPath() throws Exception {
            Map<String, String> xsd = Map.of("name=\"CodePostal\"", "name=\"CodePostalPCE\"");
            try (RawHttpServer server = new RawHttpServer(Duration.ZERO, w -> w, xsd)) {
                DoctorReport r = run(server.endpoint(), null);

                assertThat(status(r, WSDL)).as(r.toString()).isEqualTo(FAIL);
                assertThat(detail(r, WSDL)).contains("element RequeteWSVerifierRecevabiliteDIT/CodePostal: in our "
                        + "contract, not served", "RequeteWSVerifierRecevabiliteDIT/CodePostalPCE: served");
            }
        }

        @Test
        void theDistributorsDeliveredWsdlFile_isComparedToo_withTheSchemaBesideIt(@TempDir Path dir)
                throws IOException {
            Path wsdl = Files.createDirectories(dir.resolve("wsdl")).resolve("CreerDIT.wsdl");
            Files.writeString(wsdl, RawHttpServer.text(Contract.WSDL_RESOURCE));
            Files.writeString(Files.createDirectories(dir.resolve("xsd")).resolve("CreerDIT.xsd"),
                    RawHttpServer.text(Contract.XSD_RESOURCE).replace("name=\"Commentaire\"", "name=\"Remarque\""));
            try (RawHttpServer server = new RawHttpServer(Duration.ZERO, w -> w)) {
                DoctorReport r = Doctor.builder().endpoint(server.endpoint()).wsdl(wsdl.toUri()).build().run();

                assertThat(status(r, WSDL)).as(r.toString()).isEqualTo(FAIL);
                assertThat(detail(r, WSDL)).contains("RequeteWSCreerDIT/Demande/Commentaire: in our contract, not "
                        + "served", "RequeteWSCreerDIT/Demande/Remarque: served");
                assertThat(status(r, CLOCK_SKEW)).isEqualTo(PASS);
            }
        }

        @Test
        void aClosedPort_failsTheTcpCheck_andSkipsWhatFollows() throws IOException {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            DoctorReport r = run(URI.create("http://127.0.0.1:" + port + "/omega/CreerDIT"), null);

            assertThat(status(r, DNS)).as(r.toString()).isEqualTo(PASS);
            assertThat(status(r, TCP)).isEqualTo(FAIL);
            assertThat(detail(r, TCP)).contains("refused or unreachable", String.valueOf(port));
            assertThat(status(r, CLOCK_SKEW)).isEqualTo(SKIP);
            assertThat(status(r, WSDL)).isEqualTo(SKIP);
        }
    }

    /** A tiny HTTP/1.0-style server on a raw socket: its Date header is shifted, its WSDL and XSD edited. */
    static final class RawHttpServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;
        private final AtomicBoolean open = new AtomicBoolean(true);

        RawHttpServer(Duration dateOffset, Function<String, String> wsdlEdit) throws IOException {
            this(dateOffset, wsdlEdit, Map.of());
        }

        RawHttpServer(Duration dateOffset, Function<String, String> wsdlEdit, Map<String, String> xsdEdits)
                throws IOException {
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            String wsdl = wsdlEdit.apply(text(Contract.WSDL_RESOURCE));
            String xsd = text(Contract.XSD_RESOURCE);
            for (Map.Entry<String, String> e : xsdEdits.entrySet()) {
                xsd = xsd.replace(e.getKey(), e.getValue());
            }
            String xsdText = xsd;
            thread = new Thread(() -> {
                while (open.get()) {
                    try (Socket s = socket.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                                StandardCharsets.ISO_8859_1));
                        String first = in.readLine();
                        for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                            // headers ignored
                        }
                        byte[] body = (first != null && first.contains(".xsd") ? xsdText : wsdl)
                                .getBytes(StandardCharsets.UTF_8);
                        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                Instant.now().plus(dateOffset).atOffset(ZoneOffset.UTC));
                        OutputStream out = s.getOutputStream();
                        out.write(("HTTP/1.1 200 OK\r\nDate: " + date + "\r\nContent-Type: text/xml\r\n"
                                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        out.write(body);
                        out.flush();
                    } catch (IOException e) {
                        // closed, or the client went away: next
                    }
                }
            }, "raw-http-test-server");
            thread.setDaemon(true);
            thread.start();
        }

        URI endpoint() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/omega/CreerDIT");
        }

        private static String text(String resource) throws IOException {
            try (InputStream in = Contract.resource(resource).openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        @Override
        public void close() throws IOException {
            open.set(false);
            socket.close();
        }
    }
}
