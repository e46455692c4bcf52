/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.DitClient;
import io.github.omegadit.OmegaConfiguration;
import io.github.omegadit.OmegaEnvironment;
import io.github.omegadit.OmegaConfiguration.Setting;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.support.TestPki;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file as the library reads it: environments, precedence, refusals. */
@OmegaSimulatorTest(today = "2026-11-30")
class OmegaConfigurationTest {

    @TempDir
    static Path dir;

    static Path file(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, Arrays.asList(lines), StandardCharsets.UTF_8);
        return f;
    }

    @Nested
    class Environments {

        @Test
        void anEnvironmentsSetting_winsOverThePlainOne_andTheOthersAreInherited() throws IOException {
            Path f = file("envs.properties",
                    "omega.login=plain-login",
                    "omega.numero-version=V9",
                    "omega.environments.homologation.endpoint=http://homol.test/CreerDIT",
                    "omega.environments.homologation.max-calls-per-second=2",
                    "omega.environments.production.endpoint=https://prod.test/CreerDIT",
                    "omega.environments.production.numero-version=V10");

            OmegaConfiguration c = OmegaConfiguration.load(f);
            OmegaEnvironment prod = c.environment("production");
            OmegaEnvironment homol = c.environment("homologation");

            assertThat(c.environments()).containsExactly("homologation", "production");
            assertThat(prod.get(Setting.NUMERO_VERSION).orElseThrow().text()).isEqualTo("V10");
            assertThat(prod.get(Setting.NUMERO_VERSION).orElseThrow().source())
                    .isEqualTo("omega.environments.production.numero-version in " + f);
            assertThat(homol.get(Setting.NUMERO_VERSION).orElseThrow().source())
                    .isEqualTo("omega.numero-version in " + f);
            assertThat(prod.get(Setting.LOGIN).orElseThrow().text()).isEqualTo("plain-login");
            assertThat(homol.endpoint()).isEqualTo(URI.create("http://homol.test/CreerDIT"));
            assertThat(homol.get(Setting.MAX_CALLS_PER_SECOND).orElseThrow().text()).isEqualTo("2");
        }

        @Test
        void omegaEnvironment_namesTheDefault_andAnUnknownNameIsRefusedListingTheKnownOnes() throws IOException {
            Path f = file("default.properties", "omega.environment=homologation",
                    "omega.environments.homologation.login=h", "omega.environments.production.login=p");
            Path bad = file("bad-default.properties", "omega.environment=prod",
                    "omega.environments.production.login=p");

            OmegaConfiguration c = OmegaConfiguration.load(f);

            assertThat(c.defaultEnvironment()).contains("homologation");
            assertThat(c.environment(null).get(Setting.LOGIN).orElseThrow().text()).isEqualTo("h");
            assertThatThrownBy(() -> c.environment("prod")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(f.toString()).hasMessageContaining("no environment 'prod'")
                    .hasMessageContaining("homologation, production");
            assertThatThrownBy(() -> OmegaConfiguration.load(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad.toString()).hasMessageContaining("omega.environment=prod");
        }

        @Test
        void aClientBuiltFromTheFile_reachesTheSimulator_withItsEnvironmentsSettings(URI endpoint,
                OmegaSimulator sim) throws IOException {
            Path f = file("sim.properties",
                    "omega.dn-entreprise=" + OmegaSimulator.DEMO_DN_ENTREPRISE,
                    "omega.numero-cad=" + OmegaSimulator.DEMO_NUMERO_CAD,
                    "omega.login=plain",
                    "omega.environments.local.endpoint=" + endpoint,
                    "omega.environments.local.login=env-login",
                    "omega.environments.local.numero-version=V9",
                    "omega.environments.local.connect-timeout=3s");

            try (DitClient client = OmegaConfiguration.load(f).builder("local").build()) {
                assertThat(client.numeroVersion()).isEqualTo(NumeroVersion.V9);
                assertThat(client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(
                        OmegaSimulator.PCE_6M))).isInstanceOf(Recevable.class);
            }
            assertThat(sim.calls()).singleElement().satisfies(c -> assertThat(c.requestBody())
                    .contains(">env-login<", ">V9<").doesNotContain(">plain<"));
        }
    }

    @Nested
    class Refusals {

        @Test
        void anUnknownKey_plainOrInAnEnvironment_isRefused_namingTheFileAndTheKey() throws IOException {
            Path plain = file("typo.properties", "omega.endpiont=http://x/");
            Path inEnv = file("typo-env.properties", "omega.environments.production.endpiont=http://x/");
            Path foreign = file("foreign.properties", "server.port=8080");

            for (Path f : new Path[] {plain, inEnv, foreign}) {
                assertThatThrownBy(() -> OmegaConfiguration.load(f)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(f.toString()).hasMessageContaining("unknown property");
            }
            assertThatThrownBy(() -> OmegaConfiguration.load(inEnv))
                    .hasMessageContaining("omega.environments.production.endpiont");
        }

        @Test
        void aBadValue_namesItsKeyAndFile() throws IOException {
            Path f = file("bad-value.properties", "omega.environments.production.max-calls-per-second=fast",
                    "omega.environments.production.receive-timeout=soon");

            OmegaConfiguration c = OmegaConfiguration.load(f);

            assertThatThrownBy(() -> c.builder("production")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("omega.environments.production.")
                    .hasMessageContaining(f.toString());
        }

        @Test
        void aBadEnvironmentName_isRefused() {
            assertThatThrownBy(() -> OmegaConfiguration.of(Map.of("omega.environments.pro d.login", "x"), "app"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("app")
                    .hasMessageContaining("pro d");
        }

        @Test
        void aMissingFile_isRefused() {
            assertThatThrownBy(() -> OmegaConfiguration.load(dir.resolve("none.properties")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        }
    }

    @Nested
    class Passwords {

        static final String SECRET = "Zz9-Very-Secret-pw";

        @Test
        void aPasswordInTheFile_opensTheStore_andIsNeverInAMessageOrAValuesText() throws Exception {
            TestPki.Identity ca = TestPki.ca("config test CA");
            Path p12 = TestPki.keyStore(dir, "cfg-client", TestPki.client(ca, "Fournisseur", Duration.ofDays(90)));
            Path good = file("pw.properties", "omega.pkcs12=" + p12,
                    "omega.pkcs12-password=" + new String(TestPki.PASSWORD));
            Path wrong = file("wrong-pw.properties", "omega.pkcs12=" + p12, "omega.pkcs12-password=" + SECRET);
            Path none = file("no-pw.properties", "omega.pkcs12=" + p12);

            OmegaConfiguration c = OmegaConfiguration.load(good);

            assertThat(c.environment(null).tls().clientCertificateExpiry()).isNotNull();
            assertThat(c.environment(null).get(Setting.PKCS12_PASSWORD).orElseThrow().toString())
                    .doesNotContain(new String(TestPki.PASSWORD));
            assertThatThrownBy(() -> OmegaConfiguration.load(wrong).builder())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(p12.toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
            assertThatThrownBy(() -> OmegaConfiguration.load(none).builder())
                    .hasMessageContaining("its password is not").hasMessageContaining("omega.pkcs12-password");
        }
    }
}
