/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.answer.AnnexeA.Complement;
import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.internal.wire.ServerCodec;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.TypeRetourDialogue;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.support.TestRequests;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one table of Annexe A, both ways: every row the simulator's wire layer writes for every call that may answer
 * with it reaches a real client as the same record, through the table.
 */
class AnnexeATest {

    static final String NUMERO = TestRequests.NUMERO;
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final DateProgrammee PROGRAMMEE = new DateProgrammee(DAY, "MATIN", LocalTime.of(8, 0),
            LocalTime.of(12, 0), 2);
    static final List<DatePlage> SYNCHROS = List.of(new DatePlage(DAY.plusDays(1), "APRES-MIDI"));

    /** One answer of each row, with every field the row carries filled in. */
    static Reponse sample(AnnexeA row, Operation op) {
        return switch (row) {
            case RECEVABLE -> new Recevable(List.of(Libelle.DEMANDE_RECEVABLE.texte()), List.of(
                    new InterventionPossible("34", "23", PresenceClient.PO),
                    new InterventionPossible("G1", "", PresenceClient.PS)), "SOUS-TYPE");
            case DMD_OK_DP -> new DmdOkDP(NUMERO, PROGRAMMEE, PresenceClient.PO, SYNCHROS,
                    List.of(Libelle.RDV_PROGRAMME.texte()));
            case DMD_OK_DD -> DmdOkDD.of(NUMERO, DAY, PresenceClient.PNO, SYNCHROS,
                    List.of(Libelle.RDV_DATE_DEMANDEE_CODE.avec("M042")));
            case DMD_OK -> new DmdOk(NUMERO, List.of(Libelle.DEMANDE_PRISE_EN_COMPTE.texte()));
            case MESSAGE -> Message.of(NUMERO, DAY, PresenceClient.PS, List.of(),
                    List.of(Libelle.RDV_DATE_DEMANDEE_POURSUIVRE.avec("M7")));
            case DATE_PLAGE_H -> new DatePlageH(NUMERO, PROGRAMMEE, PresenceClient.PO, SYNCHROS,
                    List.of(Libelle.DATE_PLAGE_DISPONIBLE.texte()));
            case LISTE_DP -> new ListeDP(NUMERO, List.of(new DatePlage(DAY, "MATIN"),
                    new DatePlage(DAY.plusDays(1), "FIN-APRES-MIDI")), PresenceClient.PO, List.of(),
                    List.of(Libelle.DATE_PLAGE_INDISPONIBLE.texte()));
            // the receivability answer has no ReponseCreerDemandeObjet: no NumeroDemande to carry
            case DMD_KO -> DmdKo.of(op == Operation.VERIFIER_RECEVABILITE_DIT ? null : NUMERO, List.of(
                    Libelle.DONNEE_INCORRECTE.avec("CODE_MOTIF", "MOTIF_INCONNU"),
                    Libelle.HABILITATION_INCORRECTE.texte(), Libelle.DIALOGUE_INTERROMPU.avec("T99")));
        };
    }

    @Nested
    class Table {

        @ParameterizedTest(name = "{0} for {1}")
        @MethodSource("io.github.omegadit.support.AnnexeARows#rowsAndCalls")
        void row_isFoundByItsCall_type_andCode(AnnexeA row, Operation op) {
            assertThat(AnnexeA.row(op, row.typeRetourDialogue(), row.codeRetour())).contains(row);
        }

        @ParameterizedTest(name = "{0} for {1}")
        @MethodSource("io.github.omegadit.support.AnnexeARows#rowsAndCalls")
        void record_isOfTheStepTypeOfEveryCallThatMayReceiveIt(AnnexeA row, Operation op) {
            assertThat(stepType(op)).isAssignableFrom(row.record());
            Reponse sample = sample(row, op);
            assertThat(sample).isInstanceOf(row.record());
            assertThat(sample.annexeA()).contains(row);
            assertThat(sample.typeRetourDialogue()).isEqualTo(row.typeRetourDialogue());
            assertThat(sample.codeRetour()).isEqualTo(row.codeRetour());
        }

        @Test
        void message_isTwoRows_oneForEachOfTheFirstTwoSteps() {
            assertThat(AnnexeA.row(Operation.VERIFIER_RECEVABILITE_DIT, TypeRetourDialogue.P, "Message"))
                    .contains(AnnexeA.RECEVABLE);
            assertThat(AnnexeA.row(Operation.CREER_DEMANDE_DIT, TypeRetourDialogue.P, "Message"))
                    .contains(AnnexeA.MESSAGE);
            assertThat(AnnexeA.row(Operation.ACCEPTER_RDV, TypeRetourDialogue.P, "Message")).isEmpty();
        }

        @Test
        void pairsOutsideTheTable_haveNoRow() {
            assertThat(AnnexeA.row(Operation.ABANDONNER_RDV, TypeRetourDialogue.T, "DmdOkDP")).isEmpty();
            assertThat(AnnexeA.row(Operation.CREER_DEMANDE_DIT, TypeRetourDialogue.A, "DmdOkDP")).isEmpty();
            assertThat(AnnexeA.row(Operation.CREER_DEMANDE_DIT, null, "DmdKo")).isEmpty();
            assertThat(AnnexeA.row(Operation.CREER_DEMANDE_DIT, TypeRetourDialogue.T, null)).isEmpty();
        }

        @Test
        void everyRecordOfThePackage_isARow() {
            Set<Class<?>> records = Set.of(Recevable.class, DmdOkDP.class, DmdOkDD.class, DmdOk.class,
                    Message.class, DatePlageH.class, ListeDP.class, DmdKo.class);
            assertThat(Stream.of(AnnexeA.values()).<Class<?>>map(AnnexeA::record)).containsExactlyInAnyOrderElementsOf(records);
        }

        @ParameterizedTest
        @EnumSource(Libelle.class)
        void everyText_isRecognised_withItsCodes(Libelle l) {
            String[] codes = switch (l.complement()) {
                case AUCUN -> new String[0];
                case CODE_MESSAGE_OMEGA, CODE_ERREUR -> new String[] {"X42"};
                case CODE_CHAMP_ET_COHERENCE -> new String[] {"CHAMP", "COHERENCE"};
            };
            String message = l.avec(codes);
            assertThat(Libelle.of(l.row(), message)).contains(l);
            assertThat(Libelle.of(l.row(), "  " + message.toUpperCase() + " ")).as("case and blanks").contains(l);
            if (l.complement() == Complement.CODE_MESSAGE_OMEGA || l.complement() == Complement.CODE_ERREUR) {
                assertThat(l.complementDe(message)).isEqualTo("X42");
            }
            assertThat(l.row().libelles()).contains(l);
        }

        @Test
        void avec_refusesTheWrongNumberOfCodes() {
            assertThatThrownBy(() -> Libelle.HABILITATION_INCORRECTE.avec("X")).isInstanceOf(
                    IllegalArgumentException.class).hasMessageContaining("takes 0 code(s)");
            assertThatThrownBy(() -> Libelle.DONNEE_INCORRECTE.avec("X")).isInstanceOf(
                    IllegalArgumentException.class).hasMessageContaining("takes 2 code(s)");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"Demande non recevable : E12", "Demande non recevable: E12",
            "Demande non recevable - E12", "Demande non recevable E12", "DEMANDE NON RECEVABLE :E12"})
        void aCodeAfterTheText_isFound_whateverSeparatorOmegaPutsBeforeIt(String message) {
            assertThat(Libelle.of(AnnexeA.DMD_KO, message)).contains(Libelle.DEMANDE_NON_RECEVABLE);
            assertThat(Libelle.DEMANDE_NON_RECEVABLE.complementDe(message)).isEqualTo("E12");
        }

        @Test
        void dmdOkDD_withoutCode_isThePlainText_andWithCode_theCompletedOne() {
            assertThat(Libelle.of(AnnexeA.DMD_OK_DD, Libelle.RDV_DATE_DEMANDEE.texte()))
                    .contains(Libelle.RDV_DATE_DEMANDEE);
            assertThat(Libelle.of(AnnexeA.DMD_OK_DD, Libelle.RDV_DATE_DEMANDEE_CODE.avec("M1")))
                    .contains(Libelle.RDV_DATE_DEMANDEE_CODE);
            assertThat(DmdOkDD.of(NUMERO, DAY, null, List.of(), List.of(Libelle.RDV_DATE_DEMANDEE.texte()))
                    .codeMessageOmega()).isNull();
        }
    }

    /** Simulator's wire layer → HTTP → a real client, for every row of every call. */
    @Nested
    class BothWays {

        @RegisterExtension
        static WireMockExtension wm = WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

        DitClient client;

        @BeforeEach
        void setUp() {
            client = TestRequests.client(wm.baseUrl()).validationMode(ValidationMode.OFF).build();
        }

        @AfterEach
        void tearDown() {
            client.close();
        }

        @ParameterizedTest(name = "{0} for {1}")
        @MethodSource("io.github.omegadit.support.AnnexeARows#rowsAndCalls")
        void simulatorAnswer_reachesTheClient_asTheSameRecord(AnnexeA row, Operation op) {
            Reponse sent = sample(row, op);
            Reponse received = roundTrip(op, sent);

            assertThat(received).isEqualTo(sent);
            assertThat(received.annexeA()).contains(row);
        }

        @Test
        void aRowSentToACallItDoesNotAnswer_isKeptRaw() {
            Reponse sent = new DmdOk(NUMERO, List.of(Libelle.DEMANDE_PRISE_EN_COMPTE.texte()));
            Reponse received = roundTrip(Operation.ACCEPTER_RDV, sent);

            assertThat(received).isEqualTo(new CodeRetourInconnu("T", "DmdOk", sent.messages(), NUMERO));
            assertThat(received.annexeA()).isEmpty();
            assertThat(received.typeRetourDialogue()).isEqualTo(TypeRetourDialogue.T);
        }

        private Reponse roundTrip(Operation op, Reponse answer) {
            stub(Operation.VERIFIER_RECEVABILITE_DIT, sample(AnnexeA.RECEVABLE, Operation.VERIFIER_RECEVABILITE_DIT));
            stub(op, answer);
            DatePlage slot = new DatePlage(DAY, "MATIN");
            switch (op) {
                case VERIFIER_RECEVABILITE_DIT:
                    return client.newDialogue().verifierRecevabilite(TestRequests.verifier());
                case CREER_DEMANDE_DIT: {
                    Dialogue d = client.newDialogue();
                    d.verifierRecevabilite(TestRequests.verifier());
                    return d.creerDemande(TestRequests.changementCompteur());
                }
                case PROPOSER_DATE_PLAGE:
                    return client.resume(NUMERO).proposerDatePlage(slot);
                case DEMANDER_PREC_SUIV:
                    return client.resume(NUMERO).demanderPrecSuiv(Sens.SUIVANT);
                case ACCEPTER_RDV:
                    return client.resume(NUMERO).accepterRdv(slot);
                case ABANDONNER_RDV:
                    return client.resume(NUMERO).abandonnerRdv();
                default:
                    return client.resume(NUMERO).abandonnerDemande();
            }
        }

        private void stub(Operation op, Reponse answer) {
            String body = new String(ServerCodec.envelope(op, answer), StandardCharsets.UTF_8);
            wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).withRequestBody(containing(REQUEST_ELEMENTS.get(op)))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8")
                            .withBody(body)));
        }
    }

    static final Map<Operation, String> REQUEST_ELEMENTS = Map.of(
            Operation.VERIFIER_RECEVABILITE_DIT, "RequeteWSVerifierRecevabiliteDIT",
            Operation.CREER_DEMANDE_DIT, "RequeteWSCreerDIT",
            Operation.PROPOSER_DATE_PLAGE, "RequeteWSProposerDatePlage",
            Operation.DEMANDER_PREC_SUIV, "RequeteWSDemanderPrecSuiv",
            Operation.ACCEPTER_RDV, "RequeteWSAccepterRdv",
            Operation.ABANDONNER_RDV, "RequeteWSAbandonnerRdv",
            Operation.ABANDONNER_DEMANDE, "RequeteWSAbandonnerDemande");

    static Class<?> stepType(Operation op) {
        return switch (op) {
            case VERIFIER_RECEVABILITE_DIT -> RecevabiliteReponse.class;
            case CREER_DEMANDE_DIT -> CreationReponse.class;
            case PROPOSER_DATE_PLAGE, DEMANDER_PREC_SUIV, ACCEPTER_RDV -> RdvReponse.class;
            case ABANDONNER_RDV, ABANDONNER_DEMANDE -> AbandonReponse.class;
        };
    }
}
