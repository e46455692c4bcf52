/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help}: every command documents its exit codes; the dialogue commands their settings. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "verifier", "creer", "rdv proposer", "rdv suivant", "rdv precedent", "rdv accepter",
        "abandonner rdv", "abandonner demande"})
    void dialogueCommands_documentEveryExitCode_andTheSettings(String command) {
        Cli.Run r = run(Map.of(), (command + " --help").trim().split(" "));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Exit codes:", "  0   success: OMEGA answered T", "  1   unexpected error",
                "  2   invalid input or usage, nothing sent", "  3   refused or abandoned by OMEGA",
                "  4   transport failure, the request was not sent", "  5   outcome unknown",
                "OMEGA_ENDPOINT", "OMEGA_PKCS12_PASSWORD", "flags > environment > file",
                "Passwords have no flag");
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "simulator", "catalogue"})
    void localCommands_documentTheirExitCodes(String command) {
        Cli.Run r = run(Map.of(), command, "--help");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Exit codes:", "  0   success", "  2   invalid input or usage")
                .doesNotContain("  5   outcome unknown", "OMEGA_ENDPOINT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void version_exits0(String flag) {
        Cli.Run r = run(Map.of(), flag);

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("omega-dit ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"creer", "rdv", "simulator"})
    void helpSubcommand_printsTheCommandsHelp(String command) {
        String[] args = ("help " + command).split(" ");
        Cli.Run r = run(Map.of(), args);

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: omega-dit " + command);
    }
}
