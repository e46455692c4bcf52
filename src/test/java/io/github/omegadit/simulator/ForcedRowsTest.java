/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DateProgrammee;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOk;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Message;
import io.github.omegadit.answer.PresenceClient;
import io.github.omegadit.answer.Raison;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every row of Annexe A, for every call that may answer with it, forced on the simulator with its data and read by a
 * real client; every transport fault; and what each forced answer does to the demande.
 */
@OmegaSimulatorTest(today = "2026-11-30")
class ForcedRowsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final DateProgrammee PROGRAMMEE = new DateProgrammee(MONDAY.plusDays(1), "APRES-MIDI",
            LocalTime.of(13, 30), LocalTime.of(17, 30), 2);
    static final List<DatePlage> SYNCHROS = List.of(new DatePlage(MONDAY.plusDays(2), "MATIN"),
            new DatePlage(MONDAY.plusDays(3), "APRES-MIDI"));

    /** One answer of each row with every field it carries, and no NumeroDemande: the simulator fills it in. */
    static Reponse sample(AnnexeA row) {
        return switch (row) {
            case RECEVABLE -> new Recevable(List.of(), List.of(new InterventionPossible("34", "23", PresenceClient.PO),
                    new InterventionPossible("G1", "", PresenceClient.PS)), "SOUS-TYPE");
            case DMD_OK_DP -> new DmdOkDP(null, PROGRAMMEE, PresenceClient.PO, SYNCHROS, List.of());
            case DMD_OK_DD -> new DmdOkDD(null, MONDAY.plusDays(4), "M042", PresenceClient.PNO, SYNCHROS, List.of());
            case DMD_OK -> new DmdOk(null, List.of());
            case MESSAGE -> new Message(null, "M7", MONDAY, PresenceClient.PS, SYNCHROS, List.of());
            case DATE_PLAGE_H -> new DatePlageH(null, PROGRAMMEE, PresenceClient.PS, List.of(), List.of());
            case LISTE_DP -> new ListeDP(null, List.of(new DatePlage(MONDAY.plusDays(9), "MATIN"),
                    new DatePlage(MONDAY.plusDays(10), "FIN-APRES-MIDI")), PresenceClient.PO, SYNCHROS, List.of());
            case DMD_KO -> DmdKo.of(null, List.of(Libelle.DONNEE_INCORRECTE.avec("CODE_MOTIF", "MOTIF_INCONNU"),
                    Libelle.SERVICE_INDISPONIBLE.texte()));
        };
    }

    static CreerDemande creation() {
        return CreerDemande.builder().numeroPce(OmegaSimulator.PCE_6M).codePostal("75011")
                .referenceDemande("CRM-FORCED").codeIntervention("34").codeMotif("23").rdv(MONDAY, "MATIN")
                .contact(new ContactIntervention("Martin", "0612345678", "A12", "Bât. C")).build();
    }

    /** A demande awaiting its appointment, created by the simulator's own dialogue (DatePlageH). */
    static String awaiting(DitClient client) {
        Dialogue d = client.newDialogue();
        d.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
        Reponse r = d.creerDemande(creation());
        assertThat(r).isInstanceOf(DatePlageH.class);
        return r.numeroDemande();
    }

    /** Makes the call {@code op} of a dialogue and returns what the client got. */
    static Reponse call(DitClient client, Operation op, String numero) {
        DatePlage slot = new DatePlage(MONDAY, "MATIN");
        return switch (op) {
            case VERIFIER_RECEVABILITE_DIT -> client.newDialogue()
                    .verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
            case CREER_DEMANDE_DIT -> {
                Dialogue d = client.newDialogue();
                d.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
                yield d.creerDemande(creation());
            }
            case PROPOSER_DATE_PLAGE -> client.resume(numero).proposerDatePlage(new DatePlage(MONDAY.plusDays(1),
                    "APRES-MIDI"));
            case DEMANDER_PREC_SUIV -> client.resume(numero).demanderPrecSuiv(Sens.SUIVANT);
            case ACCEPTER_RDV -> client.resume(numero).accepterRdv(slot);
            case ABANDONNER_RDV -> client.resume(numero).abandonnerRdv();
            case ABANDONNER_DEMANDE -> client.resume(numero).abandonnerDemande();
        };
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("io.github.omegadit.support.AnnexeARows#rowsAndCalls")
    void forcedRow_reachesTheClient_asItsRecord_withTheDemandesNumber(AnnexeA row, Operation op, DitClient client,
            OmegaSimulator sim) {
        boolean appointment = op != Operation.VERIFIER_RECEVABILITE_DIT && op != Operation.CREER_DEMANDE_DIT;
        String numero = appointment ? awaiting(client) : null;
        ForcedAnswer forced = ForcedAnswer.answer(sample(row)).onlyFor(op);
        sim.force(numero == null ? forced : forced.forDemande(numero));

        Reponse received = call(client, op, numero);

        assertThat(received).isInstanceOf(row.record());
        assertThat(received.annexeA()).contains(row);
        assertThat(received.messages()).isNotEmpty().isEqualTo(forced.messages());
        String expectedNumero = appointment ? numero : op == Operation.CREER_DEMANDE_DIT && row != AnnexeA.DMD_KO
                ? sim.demandes().get(sim.demandes().size() - 1).numeroDemande() : null;
        assertThat(received.numeroDemande()).isEqualTo(expectedNumero);
        Reponse expected = forced.reponse().orElseThrow();
        assertThat(withoutNumero(received)).isEqualTo(withoutNumero(expected));
        assertThat(sim.calls()).last().extracting(RecordedCall::codeRetour).isEqualTo(row.codeRetour());
    }

    /** The record with its NumeroDemande cleared, to compare the rest. */
    static Reponse withoutNumero(Reponse r) {
        if (r instanceof DmdOkDP a) {
            return new DmdOkDP(null, a.dateProgrammee(), a.presenceClient(), a.rdvSynchronisables(), a.messages());
        } else if (r instanceof DmdOkDD a) {
            return new DmdOkDD(null, a.dateDemandee(), a.codeMessageOmega(), a.presenceClient(),
                    a.rdvSynchronisables(), a.messages());
        } else if (r instanceof DmdOk a) {
            return new DmdOk(null, a.messages());
        } else if (r instanceof Message a) {
            return new Message(null, a.codeMessageOmega(), a.dateDemandee(), a.presenceClient(),
                    a.rdvSynchronisables(), a.messages());
        } else if (r instanceof DatePlageH a) {
            return new DatePlageH(null, a.dateProgrammee(), a.presenceClient(), a.rdvSynchronisables(), a.messages());
        } else if (r instanceof ListeDP a) {
            return new ListeDP(null, a.creneaux(), a.presenceClient(), a.rdvSynchronisables(), a.messages());
        } else if (r instanceof DmdKo a) {
            return new DmdKo(null, a.raisons(), a.messages());
        }
        return r;
    }

    @Nested
    class TheDemandeMoves {

        @Test
        void creation_forcedListeDP_createsADemandeAwaitingItsAppointment_thatPagesFromTheForcedSlots(
                DitClient client, OmegaSimulator sim) {
            sim.force(ForcedAnswer.answer(sample(AnnexeA.LISTE_DP)).onlyFor(Operation.CREER_DEMANDE_DIT));

            Dialogue d = client.newDialogue();
            d.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
            ListeDP liste = (ListeDP) d.creerDemande(creation());

            assertThat(d.state()).isEqualTo(DialogueState.AWAITING_APPOINTMENT);
            assertThat(sim.demande(liste.numeroDemande())).get().satisfies(s -> {
                assertThat(s.statut()).isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
                assertThat(s.referenceDemande()).isEqualTo("CRM-FORCED");
            });
            // the simulator's own dialogue goes on from the forced list: the next window starts after it
            ListeDP next = (ListeDP) d.demanderPrecSuiv(Sens.SUIVANT);
            assertThat(next.creneaux()).isNotEmpty().allSatisfy(s -> assertThat(s.date())
                    .isAfter(liste.creneaux().get(0).date()));
        }

        @Test
        void creation_forcedDmdOkDP_programmesTheForcedSlot(DitClient client, OmegaSimulator sim) {
            int before = sim.remainingCapacity(PROGRAMMEE.date(), PROGRAMMEE.plageHoraire());
            sim.force(ForcedAnswer.answer(sample(AnnexeA.DMD_OK_DP)).onlyFor(Operation.CREER_DEMANDE_DIT));

            Reponse r = call(client, Operation.CREER_DEMANDE_DIT, null);

            assertThat(sim.demande(r.numeroDemande())).get().satisfies(s -> {
                assertThat(s.statut()).isEqualTo(StatutDemande.RDV_PROGRAMME);
                assertThat(s.rdvProgramme()).isEqualTo(PROGRAMMEE.datePlage());
            });
            assertThat(sim.remainingCapacity(PROGRAMMEE.date(), PROGRAMMEE.plageHoraire())).isEqualTo(before - 1);
        }

        @Test
        void creation_forcedDmdOkDDAndDmdOk_registerTheDemande(DitClient client, OmegaSimulator sim) {
            sim.force(ForcedAnswer.answer(sample(AnnexeA.DMD_OK_DD)).onlyFor(Operation.CREER_DEMANDE_DIT).times(1));
            DmdOkDD dd = (DmdOkDD) call(client, Operation.CREER_DEMANDE_DIT, null);
            sim.force(ForcedAnswer.answer(sample(AnnexeA.DMD_OK)).onlyFor(Operation.CREER_DEMANDE_DIT).times(1));
            DmdOk ok = (DmdOk) call(client, Operation.CREER_DEMANDE_DIT, null);

            assertThat(dd.codeMessageOmega()).isEqualTo("M042");
            assertThat(dd.messages()).containsExactly(Libelle.RDV_DATE_DEMANDEE_CODE.avec("M042"));
            assertThat(sim.demande(dd.numeroDemande())).get().satisfies(s -> {
                assertThat(s.statut()).isEqualTo(StatutDemande.ENREGISTREE_A_DATE_DEMANDEE);
                assertThat(s.dateDemandee()).isEqualTo(MONDAY.plusDays(4));
            });
            assertThat(sim.demande(ok.numeroDemande())).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.EN_COURS_DE_TRAITEMENT);
        }

        @Test
        void creation_forcedDmdKo_createsNothing(DitClient client, OmegaSimulator sim) {
            sim.force(ForcedAnswer.answer(sample(AnnexeA.DMD_KO)).onlyFor(Operation.CREER_DEMANDE_DIT));

            assertThat(call(client, Operation.CREER_DEMANDE_DIT, null)).isInstanceOf(DmdKo.class);
            assertThat(sim.demandes()).isEmpty();
        }

        @Test
        void verifier_forcedPceInconnu_recordsStatus22(DitClient client, OmegaSimulator sim) {
            sim.force(ForcedAnswer.dmdKo(Libelle.PCE_INCORRECT_OU_INCONNU.avec("E1"))
                    .onlyFor(Operation.VERIFIER_RECEVABILITE_DIT));

            DmdKo ko = (DmdKo) call(client, Operation.VERIFIER_RECEVABILITE_DIT, null);

            assertThat(ko.raisons()).containsExactly(new Raison.PceIncorrectOuInconnu("E1",
                    Libelle.PCE_INCORRECT_OU_INCONNU.avec("E1")));
            assertThat(sim.demandes()).singleElement().satisfies(s -> assertThat(s.statut().code()).contains("22"));
        }

        @Test
        void appointment_forcedDmdOkDD_registersAtTheRequestedDate_andDemandeAbandonneeAbandons(DitClient client,
                OmegaSimulator sim) {
            String first = awaiting(client);
            String second = awaiting(client);
            sim.force(ForcedAnswer.answer(new DmdOkDD(null, null, null, null, List.of(), List.of()))
                    .forDemande(first));
            sim.force(ForcedAnswer.dmdKo(Libelle.DEMANDE_ABANDONNEE.texte()).forDemande(second));

            assertThat(client.resume(first).accepterRdv(new DatePlage(MONDAY, "MATIN"))).isInstanceOf(DmdOkDD.class);
            assertThat(client.resume(second).proposerDatePlage(new DatePlage(MONDAY.plusDays(2), "MATIN")))
                    .isInstanceOf(DmdKo.class);

            assertThat(sim.demande(first)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.ENREGISTREE_A_DATE_DEMANDEE);
            assertThat(sim.demande(second)).get().satisfies(s -> {
                assertThat(s.statut()).isEqualTo(StatutDemande.ABANDONNEE);
                assertThat(s.dateDemandee()).as("the date proposed became the requested date")
                        .isEqualTo(MONDAY.plusDays(2));
            });
        }

        @Test
        void appointment_forcedOtherDmdKo_leavesTheDemandeAwaiting_soTheDialogueCanResume(DitClient client,
                OmegaSimulator sim) {
            String numero = awaiting(client);
            sim.force(ForcedAnswer.dmdKo(Libelle.MAINTENANCE.texte()).forDemande(numero).times(1));

            assertThat(client.resume(numero).accepterRdv(new DatePlage(MONDAY, "MATIN"))).isInstanceOf(DmdKo.class);
            assertThat(client.resume(numero).accepterRdv(new DatePlage(MONDAY, "MATIN"))).isInstanceOf(DmdOkDP.class);
        }
    }

    @Nested
    class UnknownCodes {

        @Test
        void unknownCodeRetour_reachesTheClientRaw_andChangesNothing(DitClient client, OmegaSimulator sim) {
            String numero = awaiting(client);
            CodeRetourInconnu sent = new CodeRetourInconnu("T", "DmdOkXY", List.of("nouveau code"), numero);
            sim.force(ForcedAnswer.answer(sent).forDemande(numero));

            Dialogue d = client.resume(numero);
            Reponse r = d.accepterRdv(new DatePlage(MONDAY, "MATIN"));

            assertThat(r).isEqualTo(sent);
            assertThat(d.state()).isEqualTo(DialogueState.DONE);
            assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
        }

        @Test
        void aRowSentToACallThatDoesNotAnswerWithIt_isUnknownToTheClient(DitClient client, OmegaSimulator sim) {
            String numero = awaiting(client);
            sim.force(ForcedAnswer.answer(new DmdOk(null, List.of())).onlyFor(Operation.ACCEPTER_RDV));

            assertThat(client.resume(numero).accepterRdv(new DatePlage(MONDAY, "MATIN")))
                    .isEqualTo(new CodeRetourInconnu("T", "DmdOk", List.of(Libelle.DEMANDE_PRISE_EN_COMPTE.texte()),
                            numero));
        }

        @Test
        void unknownTypeRetourDialogue_isSentAsIs_inAWellFormedEnvelope(OmegaSimulator sim) throws Exception {
            sim.force(ForcedAnswer.answer(new CodeRetourInconnu("X", "Zorglub", List.of("?"), null)));

            HttpResponse<String> r = raw(sim, Payload.creer(OmegaSimulator.PCE_6M, "75011", "34", "23", MONDAY,
                    "MATIN"));

            assertThat(r.statusCode()).isEqualTo(200);
            Element payload = payload(r.body());
            assertThat(payload.getLocalName()).isEqualTo("ReponseWSCreerDIT");
            assertThat(text(payload, "TypeRetourDialogue")).isEqualTo("X");
            assertThat(text(payload, "CodeRetour")).isEqualTo("Zorglub");
            assertThat(text(payload, "MessageRetour")).isEqualTo("?");
        }

        @Test
        void unknownTypeRetourDialogue_isAnUnknownAnswerForTheClient_neverACrash(DitClient client,
                OmegaSimulator sim) {
            sim.force(ForcedAnswer.answer(new CodeRetourInconnu("X", "Zorglub", List.of("?"), null)));

            Reponse r = client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));

            assertThat(r).isInstanceOfSatisfying(CodeRetourInconnu.class, u -> {
                assertThat(u.codeRetour()).isEqualTo("Zorglub");
                assertThat(u.messages()).containsExactly("?");
                assertThat(u.typeRetourDialogue()).isNull();
            });
        }

        @Test
        void missingTypeRetourDialogue_leavesTheElementOut(OmegaSimulator sim) throws Exception {
            sim.force(ForcedAnswer.answer(new CodeRetourInconnu(null, "DmdOk", List.of("sans type"), null)));

            HttpResponse<String> r = raw(sim, Payload.verifier(OmegaSimulator.PCE_6M, null));

            Element payload = payload(r.body());
            assertThat(payload.getElementsByTagNameNS("*", "TypeRetourDialogue").getLength()).isZero();
            assertThat(text(payload, "CodeRetour")).isEqualTo("DmdOk");
        }

        static HttpResponse<String> raw(OmegaSimulator sim, Payload p) throws Exception {
            return Soap.HTTP.send(Soap.request(sim.url(), p.envelope()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The Body's element of a well-formed envelope (parsing fails otherwise). */
        static Element payload(String xml) {
            Element body = (Element) Soap.parse(xml).getDocumentElement()
                    .getElementsByTagNameNS(Soap.SOAP11, "Body").item(0);
            for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    return e;
                }
            }
            throw new AssertionError("empty Body: " + xml);
        }

        static String text(Element e, String localName) {
            return e.getElementsByTagNameNS("*", localName).item(0).getTextContent();
        }
    }

    @Nested
    class TransportFaults {

        @Test
        void soapFault_isASoapFaultFailure(DitClient client, OmegaSimulator sim) {
            sim.force(ForcedAnswer.soapFault("soap:Server", "OMEGA indisponible").onlyFor(Operation.ACCEPTER_RDV));
            String numero = awaiting(client);

            assertThatThrownBy(() -> client.resume(numero).accepterRdv(new DatePlage(MONDAY, "MATIN")))
                    .isInstanceOfSatisfying(DitServiceException.class, e -> {
                        assertThat(e.failure()).isEqualTo(DitServiceException.Failure.SOAP_FAULT);
                        assertThat(e.getMessage()).contains("OMEGA indisponible");
                    });
            assertThat(sim.calls()).last().extracting(RecordedCall::codeRetour).isEqualTo("SOAP fault");
        }

        @Test
        void httpStatus_isAnHttpError(DitClient client, OmegaSimulator sim) {
            sim.force(ForcedAnswer.httpStatus(503, "<html>busy</html>").onlyFor(Operation.PROPOSER_DATE_PLAGE));
            String numero = awaiting(client);

            assertThatThrownBy(() -> client.resume(numero).proposerDatePlage(new DatePlage(MONDAY, "MATIN")))
                    .isInstanceOfSatisfying(DitServiceException.class,
                            e -> assertThat(e.failure()).isEqualTo(DitServiceException.Failure.HTTP_ERROR));
        }

        @Test
        void closedConnection_onTheCreation_isAnUncertainOutcome_andCreatesNothing(DitClient client,
                OmegaSimulator sim) {
            sim.force(ForcedAnswer.closeConnection().onlyFor(Operation.CREER_DEMANDE_DIT));

            assertThat(call(client, Operation.CREER_DEMANDE_DIT, null)).isInstanceOf(ResultatIncertain.class);
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(1);
            assertThat(sim.demandes()).isEmpty();
        }

        @Test
        void closedConnection_onAnAppointmentCall_isAConnectionLost_andChangesNothing(DitClient client,
                OmegaSimulator sim) {
            String numero = awaiting(client);
            sim.force(ForcedAnswer.closeConnection().forDemande(numero));

            assertThatThrownBy(() -> client.resume(numero).accepterRdv(new DatePlage(MONDAY, "MATIN")))
                    .isInstanceOfSatisfying(DitServiceException.class, e -> {
                        assertThat(e.failure()).isEqualTo(DitServiceException.Failure.CONNECTION_LOST);
                        assertThat(e.mayHaveBeenReceived()).isTrue();
                    });
            assertThat(sim.callCount(Operation.ACCEPTER_RDV)).as("never resent").isEqualTo(1);
            assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
        }

        @Test
        void lostAnswer_onAccepterRdv_isThrownAsMaybeReceived_andTheSlotIsBooked(DitClient client,
                OmegaSimulator sim) {
            String numero = awaiting(client);
            sim.force(ForcedAnswer.answerLost().forDemande(numero).onlyFor(Operation.ACCEPTER_RDV));

            assertThatThrownBy(() -> client.resume(numero).accepterRdv(new DatePlage(MONDAY, "MATIN")))
                    .isInstanceOfSatisfying(DitServiceException.class,
                            e -> assertThat(e.mayHaveBeenReceived()).isTrue());
            assertThat(sim.demande(numero)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.RDV_PROGRAMME);
        }

        @Test
        void delay_beyondTheClientsReceiveTimeout_isAReceiveTimeout(DitClient client, OmegaSimulator sim) {
            sim.force(ForcedAnswer.delay(Duration.ofSeconds(3)).onlyFor(Operation.ACCEPTER_RDV));
            String numero = awaiting(client);

            try (DitClient impatient = client.toBuilder().connectTimeout(Duration.ofSeconds(1))
                    .receiveTimeout(Duration.ofMillis(300))
                    .callDeadline(Duration.ofSeconds(2)).build()) {
                assertThatThrownBy(() -> impatient.resume(numero).accepterRdv(new DatePlage(MONDAY, "MATIN")))
                        .isInstanceOfSatisfying(DitServiceException.class, e -> {
                            assertThat(e.failure()).isIn(DitServiceException.Failure.RECEIVE_TIMEOUT,
                                    DitServiceException.Failure.DEADLINE_EXCEEDED);
                            assertThat(e.mayHaveBeenReceived()).isTrue();
                        });
            }
        }
    }
}
