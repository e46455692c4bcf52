/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.internal.generated.RequeteWSCreerDIT;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.TypeIndex;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the client puts on the wire is what the simulator reads back: every request of the seven calls, with every
 * field the caller can set, survives {@link Requests#toWire} then {@link Requests#fromWire} unchanged.
 */
class RequestsTest {

    static final Identity ID = new Identity("CN=Fournisseur Test,O=Test Energie,C=FR", "GAZ0001", "jdupont", "V10");
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    static CreerDemande everyField() {
        return CreerDemande.builder().numeroPce("GI000001").codePostal("75011").referenceDemande("CRM-1")
                .telephoneFournisseur("0102030405").groupeAppartenance("DEMO").commentaire("Client absent le matin")
                .codeIntervention("G1").codeMotif("01").optionExpress(true)
                .indexConteste(new IndexConteste(TypeIndex.CYCLIQUE, "012345", LocalDate.of(2026, 10, 2)))
                .indexClient(new IndexClient("011900", LocalDate.of(2026, 10, 5)))
                .precisionIntervention("Index incohérent").rdv(DAY, "MATIN")
                .contact(new ContactIntervention("Martin", "0612345678", "A12B", "Bâtiment C")).build();
    }

    static Stream<Request> requests() {
        return Stream.of(
                new Request.Verifier(ID, new VerifierRecevabilite("GI000001", "75011")),
                new Request.Creer(ID, everyField()),
                new Request.Creer(ID, CreerDemande.builder().numeroPce("GI000001").codeIntervention("34")
                        .rdvDate(DAY).build()),
                new Request.Creer(ID, everyField().toBuilder().referenceDemande(null).telephoneFournisseur(null)
                        .groupeAppartenance("DEMO").optionExpress(false)
                        .indexConteste(new IndexConteste(null, "012345", null)).build()),
                new Request.Creer(ID, everyField().toBuilder().referenceDemande(null).telephoneFournisseur("0102030405")
                        .groupeAppartenance(null).build()),
                new Request.Proposer(ID, "DIT000000042", DAY, "APRES-MIDI"),
                new Request.PrecSuiv(ID, "DIT000000042", Sens.PRECEDENT),
                new Request.PrecSuiv(ID, "DIT000000042", Sens.SUIVANT),
                new Request.Accepter(ID, "DIT000000042", DAY, "MATIN"),
                new Request.AbandonnerRdv(ID, "DIT000000042"),
                new Request.AbandonnerDemande(ID, "DIT000000042"));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void aRequest_readBackFromTheWire_isTheOneSent(Request request) {
        Object wire = Requests.toWire(request);

        assertThat(Requests.fromWire(wire)).isEqualTo(request);
    }

    @Test
    void aDemandeWithoutSupplierData_sendsNoDonneesFournisseurBlock_andNoEmptyMotif() {
        RequeteWSCreerDIT wire = (RequeteWSCreerDIT) Requests.toWire(new Request.Creer(ID, CreerDemande.builder()
                .numeroPce("GI000001").codeIntervention("34").codeMotif("").rdvDate(DAY).build()));

        assertThat(wire.getDemande().getDonneesFournisseur()).isNull();
        assertThat(wire.getDemande().getDonneesTypeDemande().getCodeMotifIntervention()).isNull();
        assertThat(wire.getDemande().getDonneesTypeDemande().getOptionExpress()).isEqualTo("0");
        assertThat(wire.getDemande().getContactIntervention()).isNull();
    }

    @Test
    void somethingElse_isNotARequest() {
        assertThatThrownBy(() -> Requests.fromWire("RequeteWSCreerDIT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a CreerDIT request: class java.lang.String");
        assertThatThrownBy(() -> Requests.fromWire(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a CreerDIT request: null");
    }
}
