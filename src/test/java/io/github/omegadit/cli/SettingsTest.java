/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.demoEnv;
import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.internal.config.ConfigValues;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.support.TestPki;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/** Where the connection settings come from (flags > environment > file) and how passwords are kept out of sight. */
@OmegaSimulatorTest(today = "2026-11-30")
class SettingsTest {

    /** Distinctive, so that finding it anywhere in the output is a real leak. */
    static final String PASSWORD = "Zq8-sEcReT-p4ss";
    static final String WRONG_PASSWORD = "Wr0ng-p4ss-Xy7";

    @TempDir
    static Path dir;
    static Path clientP12;
    static Path trustP12;

    @BeforeAll
    static void stores() throws Exception {
        TestPki.Identity ca = TestPki.ca("omega-dit CLI test CA");
        TestPki.Identity client = TestPki.client(ca, "Fournisseur Demo", Duration.ofDays(400));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("key", client.keys().getPrivate(), PASSWORD.toCharArray(),
                new Certificate[] {client.certificate(), client.issuer()});
        clientP12 = store(ks, "client.p12");
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        ts.setCertificateEntry("ca", ca.certificate());
        trustP12 = store(ts, "trust.p12");
    }

    static Path store(KeyStore ks, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    static Path properties(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, Arrays.asList(lines), StandardCharsets.UTF_8);
        return file;
    }

    static ConnectionOptions flags(String... args) {
        ConnectionOptions options = new ConnectionOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    static URI closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/omega/CreerDIT");
        }
    }

    @Nested
    class Precedence {

        @ParameterizedTest
        @EnumSource(value = Settings.Key.class, names = {"PKCS12_PASSWORD", "TRUSTSTORE_PASSWORD", "CONFIG"},
                mode = EnumSource.Mode.EXCLUDE)
        void eachSetting_flagBeatsEnvironment_whichBeatsTheFile(Settings.Key key) throws IOException {
            Path file = properties("all-" + key + ".properties", key.property() + "=from-file");
            Map<String, String> env = Map.of(key.env(), "from-env", "OMEGA_CONFIG", file.toString());

            Settings all = Settings.resolve(flags(key.flag(), "from-flag"), env);
            Settings envAndFile = Settings.resolve(flags(), env);
            Settings fileOnly = Settings.resolve(flags("--config", file.toString()), Map.of());

            assertThat(all.get(key)).isEqualTo(new Settings.Value("from-flag", key.flag()));
            assertThat(envAndFile.get(key)).isEqualTo(new Settings.Value("from-env", key.env()));
            assertThat(fileOnly.get(key)).isEqualTo(new Settings.Value("from-file", key.property() + " in " + file));
            assertThat(Settings.resolve(flags(), Map.of()).get(key)).isNull();
        }

        @Test
        void theConfigFlag_beatsOMEGA_CONFIG() throws IOException {
            Path a = properties("a.properties", "omega.login=from-a");
            Path b = properties("b.properties", "omega.login=from-b");

            Settings s = Settings.resolve(flags("--config", a.toString()), Map.of("OMEGA_CONFIG", b.toString()));

            assertThat(s.get(Settings.Key.LOGIN).text()).isEqualTo("from-a");
        }

        @Test
        void aBlankVariableOrProperty_isUnset_exceptForAPassword() throws IOException {
            Path file = properties("blank.properties", "omega.login=from-file", "omega.endpoint=  ");

            Settings s = Settings.resolve(flags("--config", file.toString()),
                    Map.of("OMEGA_LOGIN", " ", "OMEGA_PKCS12_PASSWORD", ""));

            assertThat(s.get(Settings.Key.LOGIN).text()).isEqualTo("from-file");
            assertThat(s.get(Settings.Key.ENDPOINT)).isNull();
            assertThat(s.get(Settings.Key.PKCS12_PASSWORD).text()).isEmpty();
        }

        @Test
        void everyLayerTogether_reachesTheSimulator_withTheWinningValues(URI endpoint, OmegaSimulator sim)
                throws IOException {
            Path file = properties("layers.properties",
                    "omega.endpoint=" + closedPort(),
                    "omega.dn-entreprise=" + OmegaSimulator.DEMO_DN_ENTREPRISE,
                    "omega.numero-cad=" + OmegaSimulator.DEMO_NUMERO_CAD,
                    "omega.login=file-login");
            Map<String, String> env = Map.of("OMEGA_ENDPOINT", endpoint.toString(), "OMEGA_LOGIN", "env-login");

            Cli.Run r = run(env, "verifier", "--pce", OmegaSimulator.PCE_6M, "--config", file.toString(),
                    "--login", "flag-login");

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(sim.calls()).singleElement().satisfies(c -> assertThat(c.requestBody())
                    .contains(">flag-login<").doesNotContain("env-login", "file-login"));
        }

        @Test
        void aDnEntrepriseWithAccents_isReadFromTheFileAsUtf8() throws IOException {
            Path file = properties("utf8.properties", "omega.dn-entreprise=CN=Société Générale d'Énergie");

            Settings s = Settings.resolve(flags("--config", file.toString()), Map.of());

            assertThat(s.get(Settings.Key.DN_ENTREPRISE).text()).isEqualTo("CN=Société Générale d'Énergie");
        }
    }

    @Nested
    class Errors {

        @Test
        void anUnknownPropertyInTheFile_isRefused_namingIt(URI endpoint) throws IOException {
            Path file = properties("typo.properties", "omega.endpiont=http://x/");

            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", "P", "--config", file.toString());

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("unknown property omega.endpiont", "omega.endpoint");
        }

        @Test
        void aMissingConfigFile_isRefused(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", "P", "--config", dir.resolve("none").toString());

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("does not exist");
        }

        @Test
        void aBadValue_isRefused_namingWhereItCameFrom(URI endpoint) throws IOException {
            Map<String, String> env = new HashMap<>(demoEnv(endpoint));
            env.put("OMEGA_RECEIVE_TIMEOUT", "soon");
            Path file = properties("bad.properties", "omega.numero-version=10");

            Cli.Run timeout = run(env, "verifier", "--pce", "P");
            Cli.Run version = run(demoEnv(endpoint), "verifier", "--pce", "P", "--config", file.toString());
            Cli.Run endpointFlag = run(demoEnv(endpoint), "verifier", "--pce", "P", "--endpoint", "ftp://h/x");
            Cli.Run tooLong = run(demoEnv(endpoint), "verifier", "--pce", "P", "--receive-timeout", "6m");

            assertThat(timeout.code()).isEqualTo(2);
            assertThat(timeout.err()).contains("OMEGA_RECEIVE_TIMEOUT: 'soon' is not a duration");
            assertThat(version.code()).isEqualTo(2);
            assertThat(version.err()).contains("omega.numero-version in " + file, "V10");
            assertThat(endpointFlag.code()).isEqualTo(2);
            assertThat(endpointFlag.err()).contains("--endpoint: endpoint must be an absolute http(s) URL");
            assertThat(tooLong.code()).isEqualTo(2);
            assertThat(tooLong.err()).contains("--receive-timeout", "5-minute");
        }

        @Test
        void aCatalogueFileThatDoesNotExist_isRefused(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", "P", "--catalogue", dir.resolve("no.csv")
                    .toString());

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("--catalogue", "does not exist");
        }
    }

    @Nested
    class Values {

        @Test
        void durations_acceptSecondsUnitsAndIso() {
            assertThat(Settings.duration("30")).isEqualTo(Duration.ofSeconds(30));
            assertThat(Settings.duration("500ms")).isEqualTo(Duration.ofMillis(500));
            assertThat(Settings.duration(" 15s ")).isEqualTo(Duration.ofSeconds(15));
            assertThat(Settings.duration("2m")).isEqualTo(Duration.ofMinutes(2));
            assertThat(Settings.duration("pt1.5s")).isEqualTo(Duration.ofMillis(1500));
            assertThatThrownBy(() -> Settings.duration("10x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Settings.duration("PTxS")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Settings.duration("-5s")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void validationModes_areCaseAndDashInsensitive() {
            assertThat(ConfigValues.validationMode("warn-only")).isEqualTo(ValidationMode.WARN_ONLY);
            assertThat(ConfigValues.validationMode("Strict")).isEqualTo(ValidationMode.STRICT);
            assertThatThrownBy(() -> ConfigValues.validationMode("lax")).hasMessageContaining("STRICT, WARN_ONLY, OFF");
        }
    }

    @Nested
    class Passwords {

        @Test
        void aClientCertificateWithItsPasswordFromTheEnvironment_works_andThePasswordIsNeverPrinted(URI endpoint) {
            Map<String, String> env = new HashMap<>(demoEnv(endpoint));
            env.put("OMEGA_PKCS12", clientP12.toString());
            env.put("OMEGA_PKCS12_PASSWORD", PASSWORD);
            env.put("OMEGA_TRUSTSTORE", trustP12.toString());
            env.put("OMEGA_TRUSTSTORE_PASSWORD", PASSWORD);

            Cli.Run text = run(env, "verifier", "--pce", OmegaSimulator.PCE_6M);
            Cli.Run json = run(env, "creer", "--pce", OmegaSimulator.PCE_6M, "--code", "34", "--motif", "99",
                    "--json");

            assertThat(text.code()).as(text.toString()).isZero();
            assertThat(json.code()).as(json.toString()).isEqualTo(2);
            assertThat(text.all() + json.all()).doesNotContain(PASSWORD);
        }

        @Test
        void passwordsFromTheConfigFile_work(URI endpoint) throws IOException {
            Path file = properties("secrets.properties", "omega.pkcs12=" + clientP12,
                    "omega.pkcs12-password=" + PASSWORD, "omega.truststore=" + trustP12,
                    "omega.truststore-password=" + PASSWORD);

            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_6M, "--config",
                    file.toString(), "--json");

            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.all()).doesNotContain(PASSWORD);
        }

        @Test
        void aTrustStoreAlone_isEnough(URI endpoint) {
            Map<String, String> env = new HashMap<>(demoEnv(endpoint));
            env.put("OMEGA_TRUSTSTORE_PASSWORD", PASSWORD);

            Cli.Run r = run(env, "verifier", "--pce", OmegaSimulator.PCE_6M, "--truststore", trustP12.toString());

            assertThat(r.code()).as(r.toString()).isZero();
        }

        @Test
        void aWrongPassword_exits2_namingTheFile_butNotThePassword(URI endpoint, OmegaSimulator sim)
                throws IOException {
            Path file = properties("wrong.properties", "omega.pkcs12=" + clientP12,
                    "omega.pkcs12-password=" + WRONG_PASSWORD);
            Map<String, String> env = new HashMap<>(demoEnv(endpoint));
            env.put("OMEGA_TRUSTSTORE", trustP12.toString());
            env.put("OMEGA_TRUSTSTORE_PASSWORD", WRONG_PASSWORD);

            Cli.Run client = run(demoEnv(endpoint), "verifier", "--pce", "P", "--config", file.toString(), "--json");
            Cli.Run trust = run(env, "verifier", "--pce", "P");

            assertThat(client.code()).as(client.toString()).isEqualTo(2);
            assertThat(client.err()).contains("omega.pkcs12 in " + file, clientP12.toString());
            assertThat(trust.code()).as(trust.toString()).isEqualTo(2);
            assertThat(trust.err()).contains("OMEGA_TRUSTSTORE", trustP12.toString());
            assertThat(client.all() + trust.all()).doesNotContain(WRONG_PASSWORD, PASSWORD);
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void aPasswordOnTheCommandLine_isRefused_withoutEchoingIt(URI endpoint, OmegaSimulator sim) {
            Cli.Run a = run(demoEnv(endpoint), "verifier", "--pce", "P", "--pkcs12", clientP12.toString(),
                    "--pkcs12-password", PASSWORD);
            Cli.Run b = run(demoEnv(endpoint), "verifier", "--pce", "P", "--truststore-password=" + PASSWORD,
                    "--json");

            assertThat(a.code()).as(a.toString()).isEqualTo(2);
            assertThat(a.err()).contains("passwords are not accepted on the command line", "OMEGA_PKCS12_PASSWORD");
            assertThat(b.code()).as(b.toString()).isEqualTo(2);
            assertThat(a.all() + b.all()).doesNotContain(PASSWORD);
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void aStoreWithoutItsPassword_exits2_sayingWhereToSetIt(URI endpoint) {
            Cli.Run r = run(demoEnv(endpoint), "verifier", "--pce", "P", "--pkcs12", clientP12.toString());

            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("--pkcs12 is set but its password is not", "OMEGA_PKCS12_PASSWORD",
                    "omega.pkcs12-password");
        }
    }
}
