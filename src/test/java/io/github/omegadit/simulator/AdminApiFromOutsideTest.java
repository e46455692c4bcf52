/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API driven from another process, in another language: Python's standard library
 * ({@code simulator/admin_api_client.py}: adds a PCE, forces a ListeDP, runs the SOAP dialogue, advances the clock to
 * the "Dialogue interrompu" path, reads the calls, is refused a bad body, resets), or curl when there is no python3.
 * Skipped, saying so, only when neither is installed.
 */
@OmegaSimulatorTest(today = "2026-11-30")
class AdminApiFromOutsideTest {

    record Run(int code, String output) {}

    static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end within 120 s");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static boolean available(String... versionCommand) {
        try {
            return run(List.of(versionCommand)).code() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Path script(Path dir, String name) throws IOException {
        try (InputStream in = AdminApiFromOutsideTest.class.getResourceAsStream("/simulator/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(Objects.requireNonNull(in, name), file);
            return file;
        }
    }

    @Test
    void adminApi_drivenByAnotherProcess(@TempDir Path dir, OmegaSimulator sim) throws Exception {
        boolean python = available("python3", "--version");
        boolean curl = !python && available("curl", "--version");
        Assumptions.assumeTrue(python || curl, "neither python3 nor curl is installed: the admin API's "
                + "outside-the-JVM test cannot run here");

        Run r = python
                ? run(List.of("python3", script(dir, "admin_api_client.py").toString(), sim.adminUrl().toString()))
                : run(List.of("sh", script(dir, "admin_api_client.sh").toString(), sim.adminUrl().toString()));

        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("ok index", "ok forced", "ok refused", "ok reset");
        if (python) {
            assertThat(r.output()).contains("ok creer DIT", "ok interrompu", "ok calls");
        }
        assertThat(sim.demandes()).as("reset from outside").isEmpty();
        assertThat(sim.pces()).extracting(SimulatedPce::numeroPce).contains("GI200001");
    }

    @Test
    void curlScript_drivesTheAdminApiToo(@TempDir Path dir, OmegaSimulator sim) throws Exception {
        Assumptions.assumeTrue(available("curl", "--version"), "curl is not installed");

        Run r = run(List.of("sh", script(dir, "admin_api_client.sh").toString(), sim.adminUrl().toString()));

        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.output()).contains("ok index", "ok pce", "ok forced", "ok clock", "ok refused", "ok reset");
    }
}
