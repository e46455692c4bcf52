/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.DitClient;
import io.github.omegadit.TlsConfig;
import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.homologation.HomologationCase.Call;
import io.github.omegadit.homologation.HomologationReport.CallResult;
import io.github.omegadit.homologation.HomologationReport.CaseResult;
import io.github.omegadit.homologation.HomologationReport.Verdict;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.RecordedCall;
import io.github.omegadit.support.TestPki;
import io.github.omegadit.support.TestRequests;
import io.github.omegadit.support.TlsTestServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The bundled catalogue on the simulator through the library's runner; the report's evidence; other endpoints. */
class HomologationRunnerTest {

    static OmegaSimulator sim;
    static HomologationReport report;

    @BeforeAll
    static void run() {
        sim = OmegaSimulator.builder().today(LocalDate.of(2026, 11, 30)).workerThreads(2).build().start();
        report = HomologationRunner.builder().cases(HomologationCases.bundled()).simulator(sim).build().run();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    static String describe(CaseResult r) {
        return r.id() + " " + r.verdict() + " " + r.note() + " " + r.calls().stream()
                .map(c -> c.operation() + " -> " + c.answer() + " " + c.differences()).toList();
    }

    @Nested
    class BundledCatalogue {

        @Test
        void everyCase_passesOnTheSimulator() {
            String failures = report.results().stream().filter(r -> r.verdict() != Verdict.PASSED)
                    .map(HomologationRunnerTest::describe).collect(Collectors.joining("\n"));
            assertThat(failures).isEmpty();
            assertThat(report.count(Verdict.PASSED)).isEqualTo(HomologationCases.bundled().cases().size());
        }

        @Test
        void eachCall_hasItsTimestampsAndXml_andEachCreationItsNumeroDemande() {
            for (CaseResult c : report.results()) {
                assertThat(c.startedAt()).as(c.id()).isNotNull();
                assertThat(c.endedAt()).as(c.id()).isAfterOrEqualTo(c.startedAt());
                for (CallResult call : c.calls()) {
                    assertThat(call.endedAt()).isAfterOrEqualTo(call.startedAt());
                    boolean refused = call.answer().startsWith("refused by the client");
                    assertThat(call.exchanges()).as(c.id() + " " + call.operation()).hasSize(refused ? 0 : 1);
                    call.exchanges().forEach(x -> assertThat(x.requestXml()).contains("<RequeteWS")
                            .contains("</soap:Envelope>"));
                }
            }
            CaseResult seg = report.results().stream().filter(r -> r.id().equals("SEG-6M-DATEPLAGEH")).findFirst()
                    .orElseThrow();
            assertThat(seg.numeroDemande()).isNotBlank();
            assertThat(seg.calls().get(1).exchanges().get(0).responseXml()).contains(seg.numeroDemande());
        }

        @Test
        void everyAnnexeARowOfEveryCall_hasACase() {
            Set<String> covered = new TreeSet<>();
            for (HomologationCase c : HomologationCases.bundled().cases()) {
                for (Call call : c.calls()) {
                    if (call.expect().typeRetourDialogue() != null) {
                        AnnexeA row = AnnexeA.row(call.operation(), call.expect().typeRetourDialogue(),
                                call.expect().codeRetour()).orElseThrow();
                        covered.add(call.operation().wsdlName() + " " + row.name());
                    }
                }
            }
            Set<String> all = new TreeSet<>();
            for (AnnexeA row : AnnexeA.values()) {
                for (Operation op : row.operations()) {
                    all.add(op.wsdlName() + " " + row.name());
                }
            }
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(covered);

            assertThat(all).hasSize(27);
            assertThat(missing).isEmpty();
        }

        @Test
        void theClientsOwnRefusals_coverEveryRuleThatCanRefuse_andTheSequence() {
            Set<String> rules = new TreeSet<>();
            boolean sequence = false;
            for (HomologationCase c : HomologationCases.bundled().cases()) {
                for (Call call : c.calls()) {
                    rules.addAll(call.expect().refused());
                    sequence |= call.expect().outOfSequence();
                }
            }
            assertThat(rules).contains("R3", "R4", "R5", "R6", "R7", "R8", "R9", "CONTRACT", "DIALOGUE");
            assertThat(sequence).isTrue();
        }
    }

    @Nested
    class ForcedAnswers {

        static CaseResult result(String id) {
            return report.results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        }

        @Test
        void aForcedAnswer_isSentWithItsData_itsRelativeDatesResolvedOnTheSimulatorsToday() {
            // today 2026-11-30: J+3 MONDAY is 2026-12-07, J+3 WEDNESDAY 2026-12-09
            CallResult creer = result("CRE-DMDOKDP").calls().get(1);
            assertThat(creer.answer()).startsWith("T / DmdOkDP");
            assertThat(creer.exchanges().get(0).responseXml()).contains("2026-12-07", "MATIN");
            assertThat(result("CRE-MESSAGE-6M").calls().get(1).exchanges().get(0).responseXml()).contains("M042");
            assertThat(result("RDV-ACCEPTER-LISTEDP").calls().get(2).exchanges().get(0).responseXml())
                    .contains("2026-12-09", "APRES-MIDI");
        }

        @Test
        void theCallsAfterAForcedAnswer_goOnFromTheStateItLeftTheDemandeIn() {
            assertThat(result("CRE-DMDOKDP").calls().get(2).answer()).as("T ends the dialogue")
                    .startsWith("refused by the client: out of sequence");
            CallResult accepted = result("RDV-ACCEPTER-LISTEDP").calls().get(3);
            assertThat(accepted.answer()).startsWith("T / DmdOkDP");
            assertThat(accepted.exchanges().get(0).requestXml()).as("the last slot of the forced list")
                    .contains("2026-12-09", "APRES-MIDI");
            assertThat(result("CRE-MESSAGE-6M").calls().get(2).answer()).startsWith("T / DmdOkDD");
        }
    }

    @Nested
    class PersonalData {

        @Test
        void theReport_holdsNoPersonalValueOfTheCases_inAnyForm() {
            List<String> personal = personalValues();
            assertThat(personal).hasSizeGreaterThanOrEqualTo(5);

            String all = report.toMarkdown() + report.toJson() + report.toHtml();

            assertThat(personal).allSatisfy(v -> assertThat(all).doesNotContain(v));
            assertThat(all).contains("<Nom>****</Nom>", "<Telephone>****</Telephone>",
                    "<TelephoneFournisseur>****</TelephoneFournisseur>", "\"nom\": \"****\"");
        }

        @Test
        void theValuesMasked_wereReallySent() {
            Set<String> seen = new TreeSet<>();
            try (OmegaSimulator own = OmegaSimulator.builder().today(LocalDate.of(2026, 11, 30)).workerThreads(2)
                    .build().start()) {
                for (String id : List.of("SEG-6M-DATEPLAGEH", "CRE-OMEGA-TELEPHONE")) {
                    HomologationCases one = HomologationCases.bundled().only(List.of(id));
                    HomologationRunner.builder().cases(one).simulator(own).build().run();
                    String sent = own.calls().stream().map(RecordedCall::requestBody).collect(Collectors.joining());
                    List<String> values = personalValues(one);
                    assertThat(values).allSatisfy(v -> assertThat(sent).contains(v));
                    seen.addAll(values);
                }
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(personalValues());
        }

        static List<String> personalValues() {
            return personalValues(HomologationCases.bundled());
        }

        @SuppressWarnings("unchecked")
        static List<String> personalValues(HomologationCases cases) {
            Set<String> out = new TreeSet<>();
            for (HomologationCase c : cases.cases()) {
                for (Call call : c.calls()) {
                    Object contact = call.request().get("contact");
                    if (contact instanceof Map<?, ?> m) {
                        ((Map<String, Object>) m).values().forEach(v -> out.add((String) v));
                    }
                    if (call.request().get("telephoneFournisseur") instanceof String t) {
                        out.add(t);
                    }
                }
            }
            return new ArrayList<>(out);
        }
    }

    @Nested
    class OtherEndpoints {

        static final String VERIFIER = "{ \"format\": \"omega-dit-cases/1\", \"cases\": [ { \"id\": \"TLS-1\", "
                + "\"title\": \"t\", \"calls\": [ { \"operation\": \"VerifierRecevabiliteDIT\", \"request\": "
                + "{ \"numeroPce\": \"GI000001\" }, \"expect\": { \"typeRetourDialogue\": \"P\", \"codeRetour\": "
                + "\"Message\" } } ] } ] }";

        @Test
        void overMutualTls_theCasesRun_andTheXmlIsKept_andAFailedHandshakeFailsTheCaseNamingWhy() throws Exception {
            TestPki.Identity ca = TestPki.ca("runner CA");
            TestPki.Identity client = TestPki.client(ca, "Fournisseur Test", Duration.ofDays(100));
            try (TlsTestServer server = TlsTestServer.https(TestPki.server(ca, "localhost"), ca.certificate())) {
                HomologationCases cases = HomologationCases.parse(VERIFIER, "tls.json");
                TlsConfig good = TlsConfig.keyStore(TestPki.keys(client), TestPki.PASSWORD)
                        .trustStore(TestPki.trust(ca.certificate()));
                TlsConfig noCertificate = TlsConfig.trustOnly(TestPki.trust(ca.certificate()));

                HomologationReport ok = runner(cases, server, good).build().run();
                HomologationReport refused = runner(cases, server, noCertificate).build().run();

                assertThat(ok.allPassed()).as(ok.toMarkdown()).isTrue();
                assertThat(ok.target()).startsWith("https://localhost:");
                assertThat(ok.results().get(0).calls().get(0).exchanges()).singleElement()
                        .satisfies(x -> assertThat(x.responseXml()).contains("Demande recevable"));
                assertThat(refused.allPassed()).isFalse();
                CallResult call = refused.results().get(0).calls().get(0);
                assertThat(call.differences()).singleElement().asString().contains("no usable answer");
                assertThat(call.exchanges()).singleElement().satisfies(x -> {
                    assertThat(x.status()).isZero();
                    assertThat(x.failure()).isNotBlank();
                });
            }
        }

        HomologationRunner.Builder runner(HomologationCases cases, TlsTestServer server, TlsConfig tls) {
            DitClient.Builder client = DitClient.builder().dnEntreprise(TestRequests.DN).numeroCad(TestRequests.CAD)
                    .login(TestRequests.LOGIN).retry(io.github.omegadit.RetryPolicy.none());
            return HomologationRunner.builder().cases(cases).endpoint(server.endpoint("localhost")).tls(tls)
                    .client(client).connectTimeout(Duration.ofSeconds(5));
        }

        @Test
        void offTheSimulator_aCaseThatForcesAnAnswer_isSkipped_notRun() {
            HomologationCases forced = HomologationCases.bundled().only(List.of("REC-MAINTENANCE", "REC-RECEVABLE"));

            HomologationReport r = HomologationRunner.builder().cases(forced).endpoint(sim.url())
                    .client(DitClient.builder().dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE)
                            .numeroCad(OmegaSimulator.DEMO_NUMERO_CAD).login(OmegaSimulator.DEMO_LOGIN))
                    .build().run();

            assertThat(r.results()).extracting(CaseResult::verdict).containsExactly(Verdict.PASSED, Verdict.SKIPPED);
            assertThat(r.results().get(1).note()).contains("only the embedded simulator");
            assertThat(r.results().get(1).calls()).isEmpty();
            assertThat(r.allPassed()).isTrue();
        }
    }
}
