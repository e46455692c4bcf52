/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.demoEnv;
import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.support.TestPki;
import io.github.omegadit.support.TlsTestServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code omega-dit doctor}: one line per check, --json, exit code 0 only when every check passes. */
@OmegaSimulatorTest(today = "2026-11-30")
class DoctorCommandTest {

    @TempDir
    static Path dir;

    @Test
    void againstTheSimulator_everyCheckPasses_exit0(URI endpoint, OmegaSimulator sim) {
        Cli.Run r = run(demoEnv(endpoint), "doctor", "--pce", OmegaSimulator.PCE_6M);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("PASS  dns", "PASS  tcp", "SKIP  tls-chain", "PASS  clock-skew", "PASS  wsdl",
                "PASS  verifier-recevabilite", "All checks passed.");
        assertThat(sim.calls()).hasSize(1);
    }

    @Test
    void json_oneObjectWithEveryCheck_andAFailedCheckExits3() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        Cli.Run r = run(Map.of(), "doctor", "--endpoint", "http://127.0.0.1:" + port + "/omega/CreerDIT", "--json");

        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        Map<String, Object> json = r.json();
        assertThat(json).containsEntry("passed", false);
        List<Map<String, Object>> checks = Cli.list(json.get("checks"));
        assertThat(checks).extracting(c -> c.get("check")).containsExactly("dns", "tcp", "tls-chain",
                "tls-hostname", "tls-client-certificate", "certificate-expiry", "clock-skew", "wsdl",
                "verifier-recevabilite");
        assertThat(checks.get(1)).containsEntry("status", "FAIL");
    }

    @Test
    void mutualTls_withTheCertificateFromTheEnvironment_passes_andNoPasswordIsPrinted() throws Exception {
        TestPki.Identity ca = TestPki.ca("CLI doctor CA");
        try (TlsTestServer server = TlsTestServer.https(TestPki.server(ca, "localhost"), ca.certificate())) {
            Map<String, String> env = new HashMap<>();
            env.put("OMEGA_PKCS12", TestPki.keyStore(dir, "doctor-client",
                    TestPki.client(ca, "Fournisseur CLI", Duration.ofDays(200))).toString());
            env.put("OMEGA_PKCS12_PASSWORD", new String(TestPki.PASSWORD));
            env.put("OMEGA_TRUSTSTORE", TestPki.trustStore(dir, "doctor-trust", ca.certificate()).toString());
            env.put("OMEGA_TRUSTSTORE_PASSWORD", new String(TestPki.PASSWORD));

            Cli.Run r = run(env, "doctor", "--endpoint", server.endpoint("localhost").toString());
            Cli.Run untrusted = run(Map.of(), "doctor", "--endpoint", server.endpoint("localhost").toString());

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains("PASS  tls-client-certificate accepted: ", "CN=Fournisseur CLI");
            assertThat(r.all()).doesNotContain(new String(TestPki.PASSWORD));
            assertThat(untrusted.code()).as(untrusted.toString()).isEqualTo(3);
            assertThat(untrusted.out()).contains("FAIL  tls-chain", "untrusted server");
        }
    }

    @Test
    void withoutEndpoint_exits2() {
        Cli.Run r = run(Map.of(), "doctor");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("missing setting: endpoint", "OMEGA_ENDPOINT");
    }
}
