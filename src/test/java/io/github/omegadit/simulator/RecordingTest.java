/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exchanges written as XML files, personal data masked; calls logged as they arrive. */
@OmegaSimulatorTest(today = "2026-11-30")
class RecordingTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void recordTo_writesEachExchange_numbered_withPersonalDataMasked(@TempDir Path dir, DitClient client,
            OmegaSimulator sim) throws IOException {
        sim.recordTo(dir.resolve("evidence"));
        Dialogue d = client.newDialogue();
        d.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
        d.creerDemande(CreerDemande.builder().numeroPce(OmegaSimulator.PCE_6M).codeIntervention("34")
                .codeMotif("23").rdv(MONDAY, "MATIN").referenceDemande("CRM-REC-1")
                .contact(new ContactIntervention("Martin Dupont", "0612345678", "B42", "Escalier 3")).build());

        Path evidence = dir.resolve("evidence");
        assertThat(files(evidence)).containsExactly("000001-VerifierRecevabiliteDIT-request.xml",
                "000001-VerifierRecevabiliteDIT-response.xml", "000002-CreerDemandeDIT-request.xml",
                "000002-CreerDemandeDIT-response.xml");
        String request = Files.readString(evidence.resolve("000002-CreerDemandeDIT-request.xml"));
        assertThat(request).contains("CRM-REC-1", "****").doesNotContain("Martin", "0612345678", "B42",
                "Escalier");
        assertThat(Soap.parse(request).getDocumentElement().getLocalName()).isEqualTo("Envelope");
        String response = Files.readString(evidence.resolve("000002-CreerDemandeDIT-response.xml"));
        assertThat(Soap.parse(response).getDocumentElement().getLocalName()).isEqualTo("Envelope");
        assertThat(response).contains("<CodeRetour>DatePlageH</CodeRetour>");
    }

    @Test
    void recordTo_namesAnInvalidRequest_andWritesNoAnswerForAClosedConnection(@TempDir Path dir,
            OmegaSimulator sim) throws IOException {
        sim.recordTo(dir);
        Soap.post(sim.url(), "<soap:Envelope xmlns:soap=\"" + Soap.SOAP11 + "\"><soap:Body/></soap:Envelope>");
        sim.force(ForcedAnswer.closeConnection().times(1));
        try {
            Soap.HTTP.send(Soap.request(sim.url(), Payload.verifier(OmegaSimulator.PCE_JJ, null).envelope()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException expected) {
            // the forced hang-up
        }
        sim.recordTo(null);
        Soap.call(sim.url(), Payload.verifier(OmegaSimulator.PCE_JJ, null));

        assertThat(files(dir)).containsExactly("000001-invalid-request.xml", "000001-invalid-response.xml",
                "000002-VerifierRecevabiliteDIT-request.xml");
        assertThat(Files.readString(dir.resolve("000001-invalid-response.xml"))).contains("soap:Fault");
    }

    @Test
    void builderRecordTo_recordsFromTheStart(@TempDir Path dir) throws IOException {
        try (OmegaSimulator sim = OmegaSimulator.builder().today(LocalDate.of(2026, 11, 30)).recordTo(dir).build()
                .start()) {
            Soap.call(sim.url(), Payload.verifier(OmegaSimulator.PCE_JJ, null));
        }
        assertThat(files(dir)).containsExactly("000001-VerifierRecevabiliteDIT-request.xml",
                "000001-VerifierRecevabiliteDIT-response.xml");
    }

    @Test
    void aCall_isCountedWhenItArrives_beforeItsForcedDelay(OmegaSimulator sim) throws Exception {
        sim.force(ForcedAnswer.delay(Duration.ofSeconds(3)).onlyFor(Operation.VERIFIER_RECEVABILITE_DIT));
        CompletableFuture<HttpResponse<String>> slow = Soap.HTTP.sendAsync(Soap.request(sim.url(),
                Payload.verifier(OmegaSimulator.PCE_JJ, null).envelope()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sim.callCount(Operation.VERIFIER_RECEVABILITE_DIT) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(slow).as("still waiting out the delay").isNotDone();
        assertThat(sim.callCount(Operation.VERIFIER_RECEVABILITE_DIT)).isEqualTo(1);
        assertThat(sim.calls()).singleElement().satisfies(c -> {
            assertThat(c.numeroPce()).isEqualTo(OmegaSimulator.PCE_JJ);
            assertThat(c.codeRetour()).as("not answered yet").isNull();
        });
        assertThat(slow.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(sim.calls()).singleElement().extracting(RecordedCall::codeRetour).isEqualTo("Message");
    }
}
