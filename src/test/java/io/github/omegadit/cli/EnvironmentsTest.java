/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Named environments of the --config file: --env, OMEGA_ENV, omega.environment, and their precedence. */
@OmegaSimulatorTest(today = "2026-11-30")
class EnvironmentsTest {

    @TempDir
    static Path dir;

    static Path config(URI endpoint) throws IOException {
        Path f = dir.resolve("envs-" + endpoint.getPort() + ".properties");
        Files.write(f, Arrays.asList(
                "omega.dn-entreprise=" + OmegaSimulator.DEMO_DN_ENTREPRISE,
                "omega.numero-cad=" + OmegaSimulator.DEMO_NUMERO_CAD,
                "omega.login=plain-login",
                "omega.endpoint=" + closedPort(),
                "omega.environment=broken",
                "omega.environments.broken.endpoint=" + closedPort(),
                "omega.environments.sim.endpoint=" + endpoint,
                "omega.environments.sim.login=sim-login",
                "omega.environments.sim.max-calls-per-second=50"), StandardCharsets.UTF_8);
        return f;
    }

    static String closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/omega/CreerDIT";
        }
    }

    static ConnectionOptions flags(String... args) {
        ConnectionOptions options = new ConnectionOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void envFlag_choosesTheEnvironment_overOMEGA_ENV_andTheFilesDefault(URI endpoint, OmegaSimulator sim)
            throws IOException {
        Path f = config(endpoint);

        Cli.Run r = run(Map.of("OMEGA_CONFIG", f.toString(), "OMEGA_ENV", "broken"), "verifier", "--pce",
                OmegaSimulator.PCE_6M, "--env", "sim");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(sim.calls()).singleElement().satisfies(c -> assertThat(c.requestBody()).contains(">sim-login<"));
    }

    @Test
    void OMEGA_ENV_choosesTheEnvironment_overTheFilesDefault(URI endpoint) throws IOException {
        Settings s = Settings.resolve(flags("--config", config(endpoint).toString()), Map.of("OMEGA_ENV", "sim"));

        assertThat(s.environment()).isEqualTo("sim");
        assertThat(s.get(Settings.Key.ENDPOINT).text()).isEqualTo(endpoint.toString());
        assertThat(s.get(Settings.Key.MAX_CALLS_PER_SECOND).source())
                .isEqualTo("omega.environments.sim.max-calls-per-second in " + config(endpoint));
    }

    @Test
    void aVariable_beatsTheEnvironmentsProperty_whichBeatsThePlainOne(URI endpoint) throws IOException {
        Path f = config(endpoint);

        Settings withVar = Settings.resolve(flags("--config", f.toString(), "--env", "sim"),
                Map.of("OMEGA_LOGIN", "var-login"));
        Settings withoutVar = Settings.resolve(flags("--config", f.toString(), "--env", "sim"), Map.of());
        Settings inherited = Settings.resolve(flags("--config", f.toString(), "--env", "broken"), Map.of());

        assertThat(withVar.get(Settings.Key.LOGIN).text()).isEqualTo("var-login");
        assertThat(withoutVar.get(Settings.Key.LOGIN).text()).isEqualTo("sim-login");
        assertThat(inherited.get(Settings.Key.LOGIN).text()).isEqualTo("plain-login");
    }

    @Test
    void anUnknownEnvironment_exits2_namingTheFileAndTheKnownOnes(URI endpoint) throws IOException {
        Path f = config(endpoint);

        Cli.Run r = run(Map.of(), "verifier", "--pce", "P", "--config", f.toString(), "--env", "prod");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(f.toString(), "no environment 'prod'", "broken, sim", "--env");
    }

    @Test
    void anEnvironmentWithoutConfigFile_exits2() {
        Cli.Run r = run(Map.of("OMEGA_ENV", "production"), "verifier", "--pce", "P");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("environment 'production' (from OMEGA_ENV) needs a config file");
    }
}
