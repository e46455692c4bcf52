/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.support;

import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.TypeIndex;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Requests, identities and canned answers shared by the tests. */
public final class TestRequests {

    public static final String DN = "CN=Fournisseur Test,O=Test Energie,C=FR";
    public static final String CAD = "GAZ0001";
    public static final String LOGIN = "jdupont";
    public static final String PCE = "GI000001";
    public static final String NUMERO = "DIT000000042";
    public static final LocalDate RDV = LocalDate.of(2026, 12, 1);

    /** The pairs our canned receivability answer allows. */
    public static final List<String[]> INTERVENTIONS = List.of(
            new String[] {"34", "23", "PO"}, new String[] {"G1", "", "PNO"}, new String[] {"Y9", "16", "PS"},
            new String[] {"V8", "01", "PNO"});

    private TestRequests() {}

    /** A receivable answer listing {@link #INTERVENTIONS}. */
    public static String recevableAnswer() {
        return Soap.recevabiliteAnswer("P", "Message", INTERVENTIONS, "Demande recevable");
    }

    public static DitClient.Builder client(String baseUrl) {
        return DitClient.builder()
                .endpoint(baseUrl + "/omega/CreerDIT")
                .dnEntreprise(DN).numeroCad(CAD).login(LOGIN)
                .connectTimeout(Duration.ofSeconds(2))
                .receiveTimeout(Duration.ofSeconds(5))
                .callDeadline(Duration.ofSeconds(10))
                .retry(RetryPolicy.defaults().withSleeper(RetryPolicy.Sleeper.NONE));
    }

    public static VerifierRecevabilite verifier() {
        return VerifierRecevabilite.pce(PCE).codePostal("75011");
    }

    /** A change of meter (34 / 23) with every live field filled. */
    public static CreerDemande changementCompteur() {
        return CreerDemande.builder()
                .numeroPce(PCE).codePostal("75011")
                .referenceDemande("CRM-2026-000123").telephoneFournisseur("0102030405").groupeAppartenance("DEMO")
                .commentaire("Client absent le matin")
                .codeIntervention("34").codeMotif("23")
                .rdv(RDV, "MATIN")
                .contact(new ContactIntervention("Martin", "0612345678", "A12B", "Bâtiment C"))
                .build();
    }

    /** A meter-data check (G1) with its indexes. */
    public static CreerDemande verificationDonnees() {
        return CreerDemande.builder()
                .numeroPce(PCE)
                .referenceDemande("CRM-2026-000124")
                .codeIntervention("G1")
                .indexConteste(new IndexConteste(TypeIndex.CYCLIQUE, "012345", LocalDate.of(2026, 10, 2)))
                .indexClient(new IndexClient("011900", LocalDate.of(2026, 10, 5)))
                .precisionIntervention("Index incohérent")
                .rdv(RDV, "MATIN")
                .build();
    }
}
