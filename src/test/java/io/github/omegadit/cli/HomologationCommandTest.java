/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.homologation.HomologationCases;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code omega-dit homologation run|list}: the bundled catalogue end to end, a user's file, failures, exit codes. */
@OmegaSimulatorTest(today = "2026-11-30")
class HomologationCommandTest {

    @TempDir
    Path dir;

    static final String CASE_OK = """
            { "id": "H-01", "distributorId": "GRDF-HOMOL-017", "title": "JJ at the requested date",
              "calls": [
                { "operation": "VerifierRecevabiliteDIT", "request": { "numeroPce": "${PCE}" },
                  "expect": { "typeRetourDialogue": "P", "codeRetour": "Message" } },
                { "operation": "CreerDemandeDIT",
                  "request": { "numeroPce": "${PCE}", "codeIntervention": "206", "date": "J+3",
                               "contact": { "nom": "Zoé Kervella", "telephone": "0611223344" } },
                  "expect": { "typeRetourDialogue": "T", "codeRetour": "DmdOkDD" } } ] }""";

    static final String CASE_FORCED = """
            { "id": "H-02", "title": "forced maintenance",
              "simulator": { "force": { "pce": "${PCE}", "answer": { "row": "DMD_KO", "messages": [
                "Ce service est actuellement indisponible suite à une opération de maintenance. Veuillez renouveler \
            votre demande ultérieurement"] } } },
              "calls": [ { "operation": "VerifierRecevabiliteDIT", "request": { "numeroPce": "${PCE}" },
                           "expect": { "typeRetourDialogue": "A", "codeRetour": "DmdKo",
                                       "raisons": ["MAINTENANCE"] } } ] }""";

    static final String CASE_WRONG = """
            { "id": "H-03", "title": "expects ListeDP where the slot is free",
              "calls": [
                { "operation": "VerifierRecevabiliteDIT", "request": { "numeroPce": "GI000001" },
                  "expect": { "typeRetourDialogue": "P", "codeRetour": "Message" } },
                { "operation": "CreerDemandeDIT",
                  "request": { "numeroPce": "GI000001", "codeIntervention": "34", "codeMotif": "23",
                               "date": "J+3 MONDAY", "plage": "MATIN" },
                  "expect": { "typeRetourDialogue": "P", "codeRetour": "ListeDP" } },
                { "operation": "AccepterRdv", "request": { "slot": "first" },
                  "expect": { "typeRetourDialogue": "T", "codeRetour": "DmdOkDP" } } ] }""";

    Path file(String name, String... cases) throws IOException {
        String json = "{ \"format\": \"omega-dit-cases/1\", \"title\": \"Mon Energie homologation\",\n"
                + "  \"variables\": { \"PCE\": \"" + OmegaSimulator.PCE_JJ + "\" },\n  \"cases\": ["
                + String.join(",\n", cases) + "] }";
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void run_withoutEndpoint_runsTheBundledCatalogueOnTheEmbeddedSimulator_everyCasePasses() throws IOException {
        Path out = dir.resolve("report");

        Cli.Run r = run(Map.of("OMEGA_DN_ENTREPRISE", "CN=Mon Fournisseur,O=Mon Energie,C=FR"), "homologation",
                "run", "--out", out.toString(), "--today", "2026-11-30");

        int n = HomologationCases.bundled().cases().size();
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("target: embedded simulator", n + " passed, 0 failed, 0 skipped")
                .doesNotContain("FAILED");
        Map<String, Object> json = StrictJson.object(Files.readString(out.resolve("homologation-report.json")));
        assertThat(Cli.map(json.get("summary"))).containsEntry("passed", (long) n).containsEntry("failed", 0L);
        List<Map<String, Object>> results = Cli.list(json.get("results"));
        assertThat(results).hasSize(n).allSatisfy(c -> assertThat(c).containsEntry("verdict", "PASSED")
                .containsKeys("startedAt", "endedAt", "numeroDemande"));
        assertThat(Files.readString(out.resolve("homologation-report.md"))).contains("| SEG-6M-LISTEDP |");
        assertThat(Files.readString(out.resolve("homologation-report.html"))).startsWith("<!DOCTYPE html>")
                .doesNotContain("<script", "<link", "<img", "src=");
    }

    @Test
    void aCaseThatFails_isReportedFailedWithItsDiff_andTheExitCodeSaysSo() throws IOException {
        Path cases = file("wrong.json", CASE_OK, CASE_WRONG);
        Path out = dir.resolve("wrong-report");

        Cli.Run r = run(Map.of(), "homologation", "run", "--cases", cases.toString(), "--out", out.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).contains("PASSED  H-01", "FAILED  H-03",
                "differs: expected P / ListeDP, got P / DatePlageH", "1 passed, 1 failed, 0 skipped");
        String md = Files.readString(out.resolve("homologation-report.md"));
        assertThat(md).contains("**Differs**: expected P / ListeDP, got P / DatePlageH");
        Map<String, Object> failed = Cli.list(StrictJson.object(Files.readString(
                out.resolve("homologation-report.json"))).get("results")).get(1);
        assertThat(failed).containsEntry("verdict", "FAILED");
        assertThat(Cli.list(failed.get("calls"))).hasSize(2)
                .last().satisfies(c -> assertThat(c).containsEntry("passed", false));
    }

    @Test
    void aUsersFile_onAnEndpointOfTheConfigFilesEnvironment_keepsTheDistributorsIds_andSkipsForcedCases(URI endpoint,
            OmegaSimulator sim) throws IOException {
        Path cases = file("mine.json", CASE_OK, CASE_FORCED);
        Path config = Files.writeString(dir.resolve("omega.properties"), String.join("\n",
                "omega.dn-entreprise=" + OmegaSimulator.DEMO_DN_ENTREPRISE,
                "omega.numero-cad=" + OmegaSimulator.DEMO_NUMERO_CAD,
                "omega.login=" + OmegaSimulator.DEMO_LOGIN,
                "omega.environments.homologation.endpoint=" + endpoint,
                "omega.environments.homologation.max-calls-per-second=20"), StandardCharsets.UTF_8);
        Path out = dir.resolve("mine");

        Cli.Run r = run(Map.of("OMEGA_CONFIG", config.toString()), "homologation", "run", "--cases",
                cases.toString(), "--env", "homologation", "--out", out.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("target: " + endpoint, "PASSED  H-01", "GRDF-HOMOL-017", "SKIPPED H-02",
                "1 passed, 0 failed, 1 skipped");
        assertThat(sim.demandes()).hasSize(1);
        assertThat(Files.readString(out.resolve("homologation-report.md"))).contains("GRDF-HOMOL-017")
                .doesNotContain("Zoé Kervella", "0611223344");
    }

    @Test
    void aBadCaseFile_exits2_namingTheFileTheCaseAndTheKey() throws IOException {
        Path bad = file("bad.json", CASE_OK.replace("\"codeIntervention\"", "\"codeLibelleIntervention\""));

        Cli.Run run = run(Map.of(), "homologation", "run", "--cases", bad.toString());
        Cli.Run list = run(Map.of(), "homologation", "list", "--cases", bad.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(bad.toString(), "case H-01", "call #2", "\"codeLibelleIntervention\"");
        assertThat(list.code()).isEqualTo(2);
    }

    @Test
    void anEnvironmentWithoutEndpoint_exits2_ratherThanRunningOnTheSimulator() throws IOException {
        Path config = Files.writeString(dir.resolve("no-endpoint.properties"),
                "omega.environments.production.login=jdupont\n", StandardCharsets.UTF_8);

        Cli.Run r = run(Map.of(), "homologation", "run", "--config", config.toString(), "--env", "production");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("environment 'production' sets no endpoint");
    }

    @Test
    void list_printsTheBundledCases() {
        Cli.Run r = run(Map.of(), "homologation", "list");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("SEG-6M-DATEPLAGEH", "REC-MAINTENANCE", "[simulator]",
                HomologationCases.bundled().cases().size() + " cases");
    }
}
