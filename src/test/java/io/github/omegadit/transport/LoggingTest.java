/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.support.LogCapture;
import io.github.omegadit.support.Soap;
import io.github.omegadit.support.TestRequests;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With message logging on, payloads are logged without personal data, and every call carries its MDC keys. */
class LoggingTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final List<String> PERSONAL = List.of("Dupont-Lafontaine", "0611223344", "B7Z9", "Escalier 4 porte droite",
            "0199887766");

    @Test
    void messageLogging_masksPersonalData_evenInALongTruncatedPayload_andSetsMdc() {
        wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).withRequestBody(containing("RequeteWSVerifierRecevabiliteDIT"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(TestRequests.recevableAnswer())));
        wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).withRequestBody(containing("RequeteWSCreerDIT"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(Soap.dialogueAnswer(
                        "ReponseWSCreerDIT", "P", "ListeDP", "<NumeroDemande>DIT-LOG-1</NumeroDemande>"
                                + "<ListeDatePlage><Date>2026-12-02</Date><Plage>MATIN</Plage></ListeDatePlage>",
                        "liste"))));
        CreerDemande demande = TestRequests.changementCompteur().toBuilder()
                .commentaire("x".repeat(70_000))
                .telephoneFournisseur(PERSONAL.get(4))
                .contact(new ContactIntervention(PERSONAL.get(0), PERSONAL.get(1), PERSONAL.get(2), PERSONAL.get(3)))
                .build();

        try (LogCapture logs = LogCapture.start();
             DitClient client = TestRequests.client(wm.baseUrl()).messageLogging(true).build()) {
            Dialogue d = client.newDialogue();
            d.verifierRecevabilite(TestRequests.verifier());
            d.creerDemande(demande);

            String all = logs.all();
            for (String value : PERSONAL) {
                assertThat(all).doesNotContain(value);
            }
            List<ILoggingEvent> payloads = logs.events().stream()
                    .filter(e -> e.getLoggerName().equals("io.github.omegadit.payload")).toList();
            assertThat(payloads).hasSize(4);
            assertThat(payloads.get(2).getFormattedMessage()).contains("OMEGA request").contains("truncated");
            assertThat(payloads.get(2).getMDCPropertyMap())
                    .containsEntry("omega.operation", "CreerDemandeDIT")
                    .containsEntry("omega.referenceDemande", "CRM-2026-000123");
            assertThat(payloads.get(0).getMDCPropertyMap())
                    .containsEntry("omega.operation", "VerifierRecevabiliteDIT");
        }
    }

    @Test
    void messageLogging_isOffByDefault() {
        wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody(TestRequests.recevableAnswer())));
        try (LogCapture logs = LogCapture.start(); DitClient client = TestRequests.client(wm.baseUrl()).build()) {
            client.newDialogue().verifierRecevabilite(TestRequests.verifier());

            assertThat(logs.events()).noneMatch(e -> e.getLoggerName().equals("io.github.omegadit.payload"));
            assertThat(logs.all()).doesNotContain(TestRequests.PCE + "</");
        }
    }
}
