/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.omegadit.support.Soap.dialogueAnswer;
import static io.github.omegadit.support.Soap.field;
import static io.github.omegadit.support.Soap.fields;
import static io.github.omegadit.support.Soap.recevabiliteAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOk;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Message;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.answer.Raison;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.InvalidRequestException;
import io.github.omegadit.error.OutOfSequenceException;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.TypeRetourDialogue;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.support.TestRequests;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The client against WireMock answering in the contract's shape: every Annexe A row, every step, the sequence. */
class DitClientWireTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    static final String PATH = "/omega/CreerDIT";
    static final String DMD_OK_DP = "Le rendez-vous a été programmé avec succès.";
    static final String DMD_OK_DD = "Le rendez-vous a été enregistré à la date demandée, un technicien rappellera le "
            + "client pour confirmer le rendez-vous.";
    static final String LISTE_DP = "La date et la plage horaire demandées ne sont pas disponibles. Choisissez une "
            + "nouvelle date et ou plage horaire dans la liste.";
    static final String DATE_PLAGE_H = "La date et la plage horaire demandées sont disponibles. Confirmez le "
            + "rendez-vous.";

    DitClient client;

    @BeforeEach
    void setUp() {
        client = TestRequests.client(wm.baseUrl()).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    static void answer(String requestRoot, String soapBody) {
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing(requestRoot))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8")
                        .withBody(soapBody)));
    }

    /** The one request of that kind the client sent. */
    static String sent(String requestRoot) {
        List<LoggedRequest> found = wm.findAll(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(containing(requestRoot)));
        assertThat(found).as("requests %s sent", requestRoot).hasSize(1);
        return found.get(0).getBodyAsString();
    }

    static String recevable() {
        return recevabiliteAnswer("P", "Message", TestRequests.INTERVENTIONS, "Demande recevable");
    }

    static String listeDp(int slots) {
        StringBuilder objet = new StringBuilder("<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>"
                + "<PresenceClient>PO</PresenceClient>");
        for (int i = 0; i < slots; i++) {
            objet.append("<ListeDatePlage><Date>").append(LocalDate.of(2026, 12, 2).plusDays(i / 12))
                    .append("</Date><Plage>P").append(i % 12).append("</Plage></ListeDatePlage>");
        }
        return objet.toString();
    }

    static final String DATE_PROGRAMMEE = "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>"
            + "<PresenceClient>PNO</PresenceClient>"
            + "<DateProgrammee><Date>2026-12-01</Date><PlageHoraire>MATIN</PlageHoraire><HeureMin>08:00:00</HeureMin>"
            + "<HeureMax>12:00:00</HeureMax><RetourSynchroIntervention>2</RetourSynchroIntervention></DateProgrammee>"
            + "<RetourSynchroInterventions><DatePlage><Date>2026-12-03</Date><PlageHoraire>APM</PlageHoraire>"
            + "</DatePlage></RetourSynchroInterventions>";

    Dialogue receivable() {
        answer("RequeteWSVerifierRecevabiliteDIT", recevable());
        Dialogue d = client.newDialogue();
        d.verifierRecevabilite(TestRequests.verifier());
        return d;
    }

    Dialogue awaitingWithList() {
        Dialogue d = receivable();
        answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "P", "ListeDP", listeDp(3), LISTE_DP));
        d.creerDemande(TestRequests.changementCompteur());
        return d;
    }

    @Nested
    class Recevabilite {

        @Test
        void verifier_whenRecevable_returnsInterventionsAndSendsIdentity() {
            answer("RequeteWSVerifierRecevabiliteDIT", recevable());
            Dialogue d = client.newDialogue();

            RecevabiliteReponse r = d.verifierRecevabilite(TestRequests.verifier());

            assertThat(r).isInstanceOf(Recevable.class);
            Recevable ok = (Recevable) r;
            assertThat(ok.codeRetour()).isEqualTo("Message");
            assertThat(ok.messages()).containsExactly("Demande recevable");
            assertThat(ok.interventions()).extracting(i -> i.codeIntervention() + "/" + i.codeMotif())
                    .containsExactly("34/23", "G1/", "Y9/16", "V8/01");
            assertThat(ok.interventions().get(0).presenceClient()).isEqualTo(PresenceClient.PO);
            assertThat(d.state()).isEqualTo(DialogueState.RECEIVABLE);

            String body = sent("RequeteWSVerifierRecevabiliteDIT");
            assertThat(field(body, "DNEntreprise")).isEqualTo(TestRequests.DN);
            assertThat(field(body, "NumeroCAD")).isEqualTo(TestRequests.CAD);
            assertThat(field(body, "Utilisateur/Login")).isEqualTo(TestRequests.LOGIN);
            assertThat(field(body, "NumeroVersion")).isEqualTo("V10");
            assertThat(field(body, "NumeroPCE")).isEqualTo(TestRequests.PCE);
            assertThat(field(body, "CodePostal")).isEqualTo("75011");
        }

        @Test
        void verifier_whenHabilitationIncorrecte_returnsDmdKoAndEndsRefused() {
            answer("RequeteWSVerifierRecevabiliteDIT",
                    recevabiliteAnswer("A", "DmdKo", List.of(), "Habilitation incorrecte"));
            Dialogue d = client.newDialogue();

            RecevabiliteReponse r = d.verifierRecevabilite(TestRequests.verifier());

            assertThat(r).isInstanceOf(DmdKo.class);
            assertThat(((DmdKo) r).has(AnnexeA.Libelle.HABILITATION_INCORRECTE)).isTrue();
            assertThat(d.state()).isEqualTo(DialogueState.REFUSED);
        }

        @Test
        void verifier_whenCodeRetourUnknown_keepsTypeCodeAndMessagesRaw() {
            answer("RequeteWSVerifierRecevabiliteDIT",
                    recevabiliteAnswer("A", "DmdKoNouveau", List.of(), "Un texte nouveau", "Un second"));
            RecevabiliteReponse r = client.newDialogue().verifierRecevabilite(TestRequests.verifier());

            assertThat(r).isEqualTo(new CodeRetourInconnu("A", "DmdKoNouveau", List.of("Un texte nouveau",
                    "Un second"), null));
        }

        @Test
        void verifier_visitor_handlesEveryVariant() {
            answer("RequeteWSVerifierRecevabiliteDIT", recevable());
            String seen = client.newDialogue().verifierRecevabilite(TestRequests.verifier())
                    .accept(new RecevabiliteReponse.Visitor<String>() {
                        @Override
                        public String recevable(Recevable answer) {
                            return "recevable:" + answer.interventions().size();
                        }

                        @Override
                        public String dmdKo(DmdKo answer) {
                            return "ko";
                        }

                        @Override
                        public String codeRetourInconnu(CodeRetourInconnu answer) {
                            return "unknown";
                        }
                    });
            assertThat(seen).isEqualTo("recevable:4");
        }
    }

    @Nested
    class Creation {

        static Stream<Arguments> annexeARows() {
            return Stream.of(
                    Arguments.of("T", "DmdOkDP", DATE_PROGRAMMEE, List.of(DMD_OK_DP), DmdOkDP.class, DialogueState.DONE),
                    Arguments.of("T", "DmdOkDD", "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>"
                            + "<DateDemandee>2026-12-01</DateDemandee>", List.of(DMD_OK_DD), DmdOkDD.class,
                            DialogueState.DONE),
                    Arguments.of("T", "DmdOk", "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>",
                            List.of("Votre demande a été prise en compte"), DmdOk.class, DialogueState.DONE),
                    Arguments.of("P", "Message", "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>",
                            List.of("Demande recevable"), Message.class, DialogueState.AWAITING_APPOINTMENT),
                    Arguments.of("P", "DatePlageH", DATE_PROGRAMMEE, List.of(DATE_PLAGE_H), DatePlageH.class,
                            DialogueState.AWAITING_APPOINTMENT),
                    Arguments.of("P", "ListeDP", listeDp(24), List.of(LISTE_DP), ListeDP.class,
                            DialogueState.AWAITING_APPOINTMENT),
                    Arguments.of("A", "DmdKo", null, List.of("Demande non recevable : E042"), DmdKo.class,
                            DialogueState.ABANDONED),
                    Arguments.of("T", "DmdOkXY", null, List.of("nouveau"), CodeRetourInconnu.class,
                            DialogueState.DONE),
                    Arguments.of("P", "DmdKo", "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>",
                            List.of("incohérent"), CodeRetourInconnu.class, DialogueState.AWAITING_APPOINTMENT));
        }

        @ParameterizedTest(name = "{0}/{1} → {4}")
        @MethodSource("annexeARows")
        void creer_mapsEachAnnexeARow_andMovesTheDialogue(String type, String code, String objet, List<String> msgs,
                Class<?> expected, DialogueState state) {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", type, code, objet,
                    msgs.toArray(String[]::new)));

            CreationReponse r = d.creerDemande(TestRequests.changementCompteur());

            assertThat(r).isInstanceOf(expected);
            assertThat(d.state()).isEqualTo(state);
            assertThat(r.codeRetour()).isEqualTo(code);
            assertThat(r.typeRetourDialogue()).isEqualTo(TypeRetourDialogue.valueOf(type));
            assertThat(r.messages()).isEqualTo(msgs);
        }

        @Test
        void creer_sendsEveryLiveField_andNoDeadField() {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "P", "ListeDP", listeDp(2), LISTE_DP));

            d.creerDemande(TestRequests.changementCompteur());

            String body = sent("RequeteWSCreerDIT");
            assertThat(field(body, "DNEntreprise")).isEqualTo(TestRequests.DN);
            assertThat(field(body, "NumeroCAD")).isEqualTo(TestRequests.CAD);
            assertThat(field(body, "Utilisateur/Login")).isEqualTo(TestRequests.LOGIN);
            assertThat(field(body, "NumeroVersion")).isEqualTo("V10");
            assertThat(field(body, "Demande/TypeDemande")).isEqualTo("DIT");
            assertThat(field(body, "Demande/NumeroPCE")).isEqualTo(TestRequests.PCE);
            assertThat(field(body, "Demande/CodePostal")).isEqualTo("75011");
            assertThat(field(body, "DonneesFournisseur/ReferenceDemande")).isEqualTo("CRM-2026-000123");
            assertThat(field(body, "DonneesFournisseur/TelephoneFournisseur")).isEqualTo("0102030405");
            assertThat(field(body, "DonneesFournisseur/GroupeAppartenance")).isEqualTo("DEMO");
            assertThat(field(body, "Demande/Commentaire")).isEqualTo("Client absent le matin");
            assertThat(field(body, "DonneesTypeDemande/CodeLibelleIntervention")).isEqualTo("34");
            assertThat(field(body, "DonneesTypeDemande/CodeMotifIntervention")).isEqualTo("23");
            assertThat(field(body, "DonneesTypeDemande/OptionExpress")).isEqualTo("0");
            assertThat(field(body, "RdvDemande/Date")).isEqualTo("2026-12-01");
            assertThat(field(body, "RdvDemande/Plage")).isEqualTo("MATIN");
            assertThat(field(body, "ContactIntervention/Nom")).isEqualTo("Martin");
            assertThat(field(body, "ContactIntervention/Telephone")).isEqualTo("0612345678");
            assertThat(field(body, "ContactIntervention/CodeAcces")).isEqualTo("A12B");
            assertThat(field(body, "ContactIntervention/ComplementAdresse")).isEqualTo("Bâtiment C");
            for (String dead : List.of("MontantDu", "MinimumAPercevoir", "NumeroSynchronIntervention",
                    "CommentaireFournisseur")) {
                assertThat(field(body, dead)).as(dead).isNull();
            }
        }

        @Test
        void creer_meterDataCheck_sendsIndexesAndNoMotif() {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "T", "DmdOkDD",
                    "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>", DMD_OK_DD));

            d.creerDemande(TestRequests.verificationDonnees());

            String body = sent("RequeteWSCreerDIT");
            assertThat(field(body, "IndexConteste/TypeIndex")).isEqualTo("02");
            assertThat(field(body, "IndexConteste/ValeurIndexReleve")).isEqualTo("012345");
            assertThat(field(body, "IndexConteste/DateIndexConteste")).isEqualTo("2026-10-02");
            assertThat(field(body, "IndexClient/ValeurIndexClient")).isEqualTo("011900");
            assertThat(field(body, "IndexClient/DateIndexClient")).isEqualTo("2026-10-05");
            assertThat(field(body, "DonneesTypeDemande/CodeMotifIntervention")).isNull();
        }

        @Test
        void creer_whenDatePlageH_exposesSlotHoursPresenceAndSynchros() {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "P", "DatePlageH", DATE_PROGRAMMEE,
                    DATE_PLAGE_H));

            DatePlageH h = (DatePlageH) d.creerDemande(TestRequests.changementCompteur());

            assertThat(h.numeroDemande()).isEqualTo(TestRequests.NUMERO);
            assertThat(h.dateProgrammee().date()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(h.dateProgrammee().plageHoraire()).isEqualTo("MATIN");
            assertThat(h.dateProgrammee().heureMin()).isEqualTo(LocalTime.of(8, 0));
            assertThat(h.dateProgrammee().heureMax()).isEqualTo(LocalTime.of(12, 0));
            assertThat(h.dateProgrammee().retourSynchroIntervention()).isEqualTo(2);
            assertThat(h.presenceClient()).isEqualTo(PresenceClient.PNO);
            assertThat(h.rdvSynchronisables()).containsExactly(new DatePlage(LocalDate.of(2026, 12, 3), "APM"));
            assertThat(d.numeroDemande()).contains(TestRequests.NUMERO);
            assertThat(d.offeredSlots()).containsExactly(new DatePlage(LocalDate.of(2026, 12, 1), "MATIN"));
        }

        @Test
        void creer_whenListeDP_exposesAll24Slots() {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "P", "ListeDP", listeDp(24), LISTE_DP));

            ListeDP l = (ListeDP) d.creerDemande(TestRequests.changementCompteur());

            assertThat(l.creneaux()).hasSize(24);
            assertThat(l.creneaux().get(13)).isEqualTo(new DatePlage(LocalDate.of(2026, 12, 3), "P1"));
            assertThat(l.presenceClient()).isEqualTo(PresenceClient.PO);
        }

        @Test
        void creer_whenDmdOkDDWithCode_exposesCodeMessageOmegaAndRequestedDate() {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "T", "DmdOkDD",
                    "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande><DateDemandee>2026-12-01</DateDemandee>",
                    DMD_OK_DD.replace(".", "") + " : MSG_0042"));

            DmdOkDD dd = (DmdOkDD) d.creerDemande(TestRequests.changementCompteur());

            assertThat(dd.codeMessageOmega()).isEqualTo("MSG_0042");
            assertThat(dd.dateDemandee()).isEqualTo(LocalDate.of(2026, 12, 1));
        }

        @Test
        void creer_whenMessage_exposesCodeMessageOmega() {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "P", "Message",
                    "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>",
                    " Le rendez-vous a été enregistré à la date demandée, pour poursuivre analyser le message lié au "
                            + "code suivant : OMG17"));

            Message m = (Message) d.creerDemande(TestRequests.changementCompteur());

            assertThat(m.codeMessageOmega()).isEqualTo("OMG17");
            assertThat(d.state()).isEqualTo(DialogueState.AWAITING_APPOINTMENT);
        }

        @Test
        void creer_whenSeveralDonneeIncorrecte_parsesEachPair() {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "A", "DmdKo", null,
                    "Donnée incorrecte : CODE_MOTIF / MOTIF_INCONNU",
                    "Donnée incorrecte : TELEPHONE / NON_NUMERIQUE",
                    "Numéro de PCE incorrect ou inconnuP017",
                    "Dialogue interrompu suite à un problème technique, vérifiez l'état de la demande sur le portail "
                            + "ou les publications OMEGA.T99",
                    "Champ numéro de téléphone incorrect : caractères numériques uniquement",
                    "Quelque chose de neuf"));

            DmdKo ko = (DmdKo) d.creerDemande(TestRequests.changementCompteur());

            assertThat(ko.raisons()).containsExactly(
                    new Raison.DonneeIncorrecte("CODE_MOTIF", "MOTIF_INCONNU",
                            "Donnée incorrecte : CODE_MOTIF / MOTIF_INCONNU"),
                    new Raison.DonneeIncorrecte("TELEPHONE", "NON_NUMERIQUE",
                            "Donnée incorrecte : TELEPHONE / NON_NUMERIQUE"),
                    new Raison.PceIncorrectOuInconnu("P017", "Numéro de PCE incorrect ou inconnuP017"),
                    new Raison.DialogueInterrompu("T99", ko.messages().get(3)),
                    new Raison.Fixe(AnnexeA.Libelle.TELEPHONE_NON_NUMERIQUE, ko.messages().get(4)),
                    new Raison.Autre("Quelque chose de neuf"));
            assertThat(d.state()).isEqualTo(DialogueState.ABANDONED);
        }

        @Test
        void creer_forAnotherPceThanChecked_isRefusedBeforeSending() {
            Dialogue d = receivable();

            assertThatThrownBy(() -> d.creerDemande(TestRequests.changementCompteur().toBuilder()
                    .numeroPce("GI999999").build()))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("Demande.NumeroPCE");
            assertThat(wm.findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("RequeteWSCreerDIT"))))
                    .isEmpty();
            assertThat(d.state()).isEqualTo(DialogueState.RECEIVABLE);
        }
    }

    @Nested
    class Appointment {

        @Test
        void proposer_sendsNumeroDemandeDateAndPlage_returnsDatePlageH() {
            Dialogue d = awaitingWithList();
            answer("RequeteWSProposerDatePlage", dialogueAnswer("ReponseWSProposerDatePlage", "P", "DatePlageH",
                    DATE_PROGRAMMEE, DATE_PLAGE_H));

            RdvReponse r = d.proposerDatePlage(LocalDate.of(2026, 12, 1), "MATIN");

            assertThat(r).isInstanceOf(DatePlageH.class);
            String body = sent("RequeteWSProposerDatePlage");
            assertThat(field(body, "NumeroDemande")).isEqualTo(TestRequests.NUMERO);
            assertThat(field(body, "Date")).isEqualTo("2026-12-01");
            assertThat(field(body, "Plage")).isEqualTo("MATIN");
            assertThat(field(body, "NumeroCAD")).isEqualTo(TestRequests.CAD);
            assertThat(d.state()).isEqualTo(DialogueState.AWAITING_APPOINTMENT);
        }

        @Test
        void precSuiv_sendsSens_returnsTheNextList() {
            Dialogue d = awaitingWithList();
            answer("RequeteWSDemanderPrecSuiv", dialogueAnswer("ReponseWSDemanderPrecSuiv", "P", "ListeDP",
                    listeDp(5), LISTE_DP));

            ListeDP l = (ListeDP) d.demanderPrecSuiv(Sens.SUIVANT);

            assertThat(l.creneaux()).hasSize(5);
            assertThat(field(sent("RequeteWSDemanderPrecSuiv"), "Sens")).isEqualTo("Suivant");
            assertThat(d.offeredSlots()).hasSize(5);
        }

        @Test
        void accepter_sendsTheChosenSlot_returnsDmdOkDP_andEndsDone() {
            Dialogue d = awaitingWithList();
            DatePlage chosen = d.offeredSlots().get(1);
            answer("RequeteWSAccepterRdv", dialogueAnswer("ReponseWSAccepterRdv", "T", "DmdOkDP", DATE_PROGRAMMEE,
                    DMD_OK_DP));

            RdvReponse r = d.accepterRdv(chosen);

            assertThat(r).isInstanceOf(DmdOkDP.class);
            assertThat(((DmdOkDP) r).dateProgrammee().heureMin()).isEqualTo(LocalTime.of(8, 0));
            String body = sent("RequeteWSAccepterRdv");
            assertThat(field(body, "NumeroDemande")).isEqualTo(TestRequests.NUMERO);
            assertThat(field(body, "Date")).isEqualTo(chosen.date().toString());
            assertThat(field(body, "Plage")).isEqualTo(chosen.plage());
            assertThat(d.state()).isEqualTo(DialogueState.DONE);
        }

        @Test
        void accepter_aSlotNotOffered_isRefusedBeforeSending() {
            Dialogue d = awaitingWithList();

            assertThatThrownBy(() -> d.accepterRdv(new DatePlage(LocalDate.of(2027, 1, 4), "MATIN")))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("was not offered");
            assertThat(wm.findAll(postRequestedFor(urlEqualTo(PATH))
                    .withRequestBody(containing("RequeteWSAccepterRdv")))).isEmpty();
        }

        @Test
        void abandonnerRdv_returnsDmdOkDD_keptAtRequestedDate() {
            Dialogue d = awaitingWithList();
            answer("RequeteWSAbandonnerRdv", dialogueAnswer("ReponseWSAbandonnerRdv", "T", "DmdOkDD",
                    "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande><DateDemandee>2026-12-01</DateDemandee>",
                    DMD_OK_DD));

            AbandonReponse r = d.abandonnerRdv();

            assertThat(r).isInstanceOf(DmdOkDD.class);
            assertThat(((DmdOkDD) r).dateDemandee()).isEqualTo(TestRequests.RDV);
            assertThat(field(sent("RequeteWSAbandonnerRdv"), "NumeroDemande")).isEqualTo(TestRequests.NUMERO);
            assertThat(d.state()).isEqualTo(DialogueState.DONE);
        }

        @Test
        void abandonnerDemande_returnsDmdKoDemandeAbandonnee_andEndsAbandoned() {
            Dialogue d = awaitingWithList();
            answer("RequeteWSAbandonnerDemande", dialogueAnswer("ReponseWSAbandonnerDemande", "A", "DmdKo", null,
                    "Demande abandonnée"));

            AbandonReponse r = d.abandonnerDemande();

            assertThat(r).isInstanceOf(DmdKo.class);
            assertThat(((DmdKo) r).has(AnnexeA.Libelle.DEMANDE_ABANDONNEE)).isTrue();
            assertThat(field(sent("RequeteWSAbandonnerDemande"), "NumeroDemande")).isEqualTo(TestRequests.NUMERO);
            assertThat(d.state()).isEqualTo(DialogueState.ABANDONED);
        }

        @Test
        void rdvStep_whenOmegaAnswersARowThatDoesNotBelongThere_keepsItRaw() {
            Dialogue d = awaitingWithList();
            answer("RequeteWSAccepterRdv", dialogueAnswer("ReponseWSAccepterRdv", "T", "DmdOk", null,
                    "Votre demande a été prise en compte"));

            RdvReponse r = d.accepterRdv(d.offeredSlots().get(0));

            assertThat(r).isEqualTo(new CodeRetourInconnu("T", "DmdOk",
                    List.of("Votre demande a été prise en compte"), null));
            assertThat(d.state()).isEqualTo(DialogueState.DONE);
        }
    }

    @Nested
    class OutOfSequence {

        record Case(String name, DialogueState from, Consumer<Dialogue> call) {
            @Override
            public String toString() {
                return name;
            }
        }

        Dialogue in(DialogueState state) {
            switch (state) {
                case NEW:
                    return client.newDialogue();
                case RECEIVABLE:
                    return receivable();
                case REFUSED: {
                    answer("RequeteWSVerifierRecevabiliteDIT",
                            recevabiliteAnswer("A", "DmdKo", List.of(), "Habilitation incorrecte"));
                    Dialogue d = client.newDialogue();
                    d.verifierRecevabilite(TestRequests.verifier());
                    return d;
                }
                case DONE: {
                    Dialogue d = receivable();
                    answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "T", "DmdOkDD",
                            "<NumeroDemande>" + TestRequests.NUMERO + "</NumeroDemande>", DMD_OK_DD));
                    d.creerDemande(TestRequests.changementCompteur());
                    return d;
                }
                case ABANDONED: {
                    Dialogue d = receivable();
                    answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "A", "DmdKo", null,
                            "Etat du CAD invalide"));
                    d.creerDemande(TestRequests.changementCompteur());
                    return d;
                }
                default:
                    throw new IllegalArgumentException(state.toString());
            }
        }

        static Stream<Case> cases() {
            DatePlage slot = new DatePlage(TestRequests.RDV, "MATIN");
            return Stream.of(
                    new Case("accepter before create", DialogueState.NEW, d -> d.accepterRdv(slot)),
                    new Case("create before receivability", DialogueState.NEW,
                            d -> d.creerDemande(TestRequests.changementCompteur())),
                    new Case("abandon before create", DialogueState.RECEIVABLE, Dialogue::abandonnerRdv),
                    new Case("proposer before create", DialogueState.RECEIVABLE, d -> d.proposerDatePlage(slot)),
                    new Case("verifier twice", DialogueState.RECEIVABLE, d -> d.verifierRecevabilite(
                            TestRequests.verifier())),
                    new Case("create after refusal", DialogueState.REFUSED,
                            d -> d.creerDemande(TestRequests.changementCompteur())),
                    new Case("create twice", DialogueState.DONE, d -> d.creerDemande(TestRequests.changementCompteur())),
                    new Case("accepter after T", DialogueState.DONE, d -> d.accepterRdv(slot)),
                    new Case("precSuiv after A", DialogueState.ABANDONED, d -> d.demanderPrecSuiv(Sens.SUIVANT)),
                    new Case("abandonnerDemande after A", DialogueState.ABANDONED, Dialogue::abandonnerDemande));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void callOutOfSequence_throwsBeforeAnyRequest(Case c) {
            Dialogue d = in(c.from());
            int before = wm.getAllServeEvents().size();

            assertThatThrownBy(() -> c.call().accept(d))
                    .isInstanceOfSatisfying(OutOfSequenceException.class, e -> {
                        assertThat(e.state()).isEqualTo(c.from());
                        assertThat(e.mayHaveBeenReceived()).isFalse();
                        assertThat(e.retrySafe()).isFalse();
                    });
            assertThat(wm.getAllServeEvents()).hasSize(before);
            assertThat(d.state()).isEqualTo(c.from());
        }

        @Test
        void sameDialogueTwiceCreated_secondCallSendsNothing() {
            Dialogue d = receivable();
            answer("RequeteWSCreerDIT", dialogueAnswer("ReponseWSCreerDIT", "P", "ListeDP", listeDp(2), LISTE_DP));
            d.creerDemande(TestRequests.changementCompteur());

            assertThatThrownBy(() -> d.creerDemande(TestRequests.changementCompteur()))
                    .isInstanceOf(OutOfSequenceException.class)
                    .hasMessageContaining("CreerDemandeDIT is not allowed in state AWAITING_APPOINTMENT");
            sent("RequeteWSCreerDIT");
        }
    }

    @Nested
    class Resume {

        @Test
        void resume_fromNumeroDemandeAlone_booksTheAppointment() {
            answer("RequeteWSProposerDatePlage", dialogueAnswer("ReponseWSProposerDatePlage", "P", "DatePlageH",
                    DATE_PROGRAMMEE, DATE_PLAGE_H));
            answer("RequeteWSAccepterRdv", dialogueAnswer("ReponseWSAccepterRdv", "T", "DmdOkDP", DATE_PROGRAMMEE,
                    DMD_OK_DP));

            try (DitClient otherProcess = TestRequests.client(wm.baseUrl()).build()) {
                Dialogue d = otherProcess.resume(TestRequests.NUMERO);
                assertThat(d.state()).isEqualTo(DialogueState.AWAITING_APPOINTMENT);
                assertThat(d.offeredSlots()).isEmpty();

                DatePlageH h = (DatePlageH) d.proposerDatePlage(TestRequests.RDV, "MATIN");
                RdvReponse done = d.accepterRdv(h.dateProgrammee().datePlage());

                assertThat(done).isInstanceOf(DmdOkDP.class);
                assertThat(d.state()).isEqualTo(DialogueState.DONE);
            }
            assertThat(field(sent("RequeteWSProposerDatePlage"), "NumeroDemande")).isEqualTo(TestRequests.NUMERO);
            assertThat(field(sent("RequeteWSAccepterRdv"), "NumeroDemande")).isEqualTo(TestRequests.NUMERO);
        }

        @Test
        void resume_canStopTheDialogue() {
            answer("RequeteWSAbandonnerDemande", dialogueAnswer("ReponseWSAbandonnerDemande", "A", "DmdKo", null,
                    "Demande abandonnée"));

            Dialogue d = client.resume(TestRequests.NUMERO);

            assertThat(d.abandonnerDemande()).isInstanceOf(DmdKo.class);
            assertThat(d.state()).isEqualTo(DialogueState.ABANDONED);
        }

        @Test
        void resume_withBlankNumero_isRefused() {
            assertThatThrownBy(() -> client.resume(" ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("NumeroDemande");
        }
    }

    @Nested
    class NotIdempotent {

        @Test
        void creer_whenConnectionResetAfterSending_returnsResultatIncertain_andSendsOnce() {
            Dialogue d = receivable();
            wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("RequeteWSCreerDIT"))
                    .willReturn(aResponse().withFault(
                            com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

            CreationReponse r = d.creerDemande(TestRequests.changementCompteur());

            assertThat(r).isInstanceOf(ResultatIncertain.class);
            ResultatIncertain u = (ResultatIncertain) r;
            assertThat(u.referenceDemande()).isEqualTo("CRM-2026-000123");
            assertThat(u.numeroPce()).isEqualTo(TestRequests.PCE);
            assertThat(u.cause().operation()).isEqualTo(Operation.CREER_DEMANDE_DIT);
            assertThat(u.cause().mayHaveBeenReceived()).isTrue();
            assertThat(u.cause().retrySafe()).isFalse();
            assertThat(d.state()).isEqualTo(DialogueState.OUTCOME_UNKNOWN);
            sent("RequeteWSCreerDIT");
        }
    }

    @Nested
    class SharedClient {

        @Test
        void oneClientShared_by16Threads_eachGetsItsOwnAnswers() throws Exception {
            answer("RequeteWSVerifierRecevabiliteDIT", recevable());
            for (int i = 0; i < 16; i++) {
                String pce = "GI1000" + String.format("%02d", i);
                String numero = "DIT-T" + i;
                wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("RequeteWSCreerDIT"))
                        .withRequestBody(containing(pce))
                        .willReturn(aResponse().withHeader("Content-Type", "text/xml")
                                .withBody(dialogueAnswer("ReponseWSCreerDIT", "P", "ListeDP",
                                        "<NumeroDemande>" + numero + "</NumeroDemande><ListeDatePlage><Date>2026-12-02"
                                                + "</Date><Plage>S" + i + "</Plage></ListeDatePlage>", LISTE_DP))));
                wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("RequeteWSAccepterRdv"))
                        .withRequestBody(containing(numero + "<"))
                        .willReturn(aResponse().withHeader("Content-Type", "text/xml")
                                .withBody(dialogueAnswer("ReponseWSAccepterRdv", "T", "DmdOkDP",
                                        "<NumeroDemande>" + numero + "</NumeroDemande><DateProgrammee><Date>2026-12-02"
                                                + "</Date><PlageHoraire>S" + i + "</PlageHoraire></DateProgrammee>",
                                        DMD_OK_DP))));
            }
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    int n = i;
                    Callable<String> dialogue = () -> {
                        String pce = "GI1000" + String.format("%02d", n);
                        Dialogue d = client.newDialogue();
                        d.verifierRecevabilite(io.github.omegadit.request.VerifierRecevabilite.pce(pce));
                        ListeDP l = (ListeDP) d.creerDemande(TestRequests.changementCompteur().toBuilder()
                                .numeroPce(pce).build());
                        DmdOkDP p = (DmdOkDP) d.accepterRdv(l.creneaux().get(0));
                        return d.numeroDemande().orElseThrow() + ":" + p.dateProgrammee().plageHoraire();
                    };
                    results.add(pool.submit(dialogue));
                }
                List<String> got = new ArrayList<>();
                for (Future<String> f : results) {
                    got.add(f.get());
                }
                assertThat(got).containsExactlyElementsOf(IntStream.range(0, 16)
                        .mapToObj(i -> "DIT-T" + i + ":S" + i).collect(Collectors.toList()));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
