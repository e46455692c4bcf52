/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.Dialogue;
import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.CreationReponse;
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
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitException;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.InvalidRequestException;
import io.github.omegadit.error.OutOfSequenceException;
import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} shape of an answer or a failure: one object per call, always with {@code operation},
 * {@code type} (the result's variant, or the exception's kind), {@code typeRetourDialogue}, {@code codeRetour},
 * {@code messages} and {@code numeroDemande} ({@code null} or empty when not applicable), then the fields of the
 * variant, named after the library's accessors.
 */
final class JsonView {

    private JsonView() {}

    /** An answer to VerifierRecevabiliteDIT. */
    static Map<String, Object> of(RecevabiliteReponse answer, Dialogue dialogue) {
        Fields f = new Fields(Operation.VERIFIER_RECEVABILITE_DIT, dialogue);
        answer.accept(f);
        return f.map;
    }

    /** An answer to CreerDemandeDIT. */
    static Map<String, Object> of(CreationReponse answer, Dialogue dialogue) {
        Fields f = new Fields(Operation.CREER_DEMANDE_DIT, dialogue);
        answer.accept(f);
        return f.map;
    }

    /** An answer to ProposerDatePlage, DemanderPrecSuiv or AccepterRdv. */
    static Map<String, Object> of(Operation op, RdvReponse answer, Dialogue dialogue) {
        Fields f = new Fields(op, dialogue);
        answer.accept(f);
        return f.map;
    }

    /** An answer to AbandonnerRdv or AbandonnerDemande. */
    static Map<String, Object> of(Operation op, AbandonReponse answer, Dialogue dialogue) {
        Fields f = new Fields(op, dialogue);
        answer.accept(f);
        return f.map;
    }

    /** A failure of the library: invalid request, call out of sequence, no usable answer. */
    static Map<String, Object> of(DitException e, Dialogue dialogue) {
        Map<String, Object> m = head(e.operation(), e.getClass().getSimpleName());
        m.put("numeroDemande", e.numeroDemande().orElse(null));
        m.put("state", dialogue == null ? null : dialogue.state().name());
        m.put("message", e.getMessage());
        m.put("mayHaveBeenReceived", e.mayHaveBeenReceived());
        m.put("retrySafe", e.retrySafe());
        if (e instanceof InvalidRequestException invalid) {
            m.put("violations", violations(invalid.violations()));
        } else if (e instanceof DitServiceException service) {
            m.put("failure", service.failure().name());
            m.put("httpStatus", service.httpStatus());
        } else if (e instanceof OutOfSequenceException oos) {
            m.put("state", oos.state().name());
        }
        return m;
    }

    /** A usage or settings error found before anything was sent. */
    static Map<String, Object> usageError(Operation op, String message) {
        Map<String, Object> m = head(op, "UsageError");
        m.put("message", message);
        m.put("mayHaveBeenReceived", false);
        return m;
    }

    private static Map<String, Object> head(Operation op, String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operation", op == null ? null : op.wsdlName());
        m.put("type", type);
        m.put("typeRetourDialogue", null);
        m.put("codeRetour", null);
        m.put("messages", List.of());
        m.put("numeroDemande", null);
        return m;
    }

    static List<Object> violations(List<Violation> violations) {
        List<Object> list = new ArrayList<>();
        for (Violation v : violations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleId", v.ruleId());
            m.put("field", v.field());
            m.put("message", v.message());
            m.put("severity", v.severity().name());
            list.add(m);
        }
        return list;
    }

    private static List<Object> slots(List<DatePlage> slots) {
        List<Object> list = new ArrayList<>();
        for (DatePlage s : slots) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", s.date().toString());
            m.put("plage", s.plage());
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> dateProgrammee(DateProgrammee d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.date() == null ? null : d.date().toString());
        m.put("plage", d.plageHoraire());
        m.put("heureMin", d.heureMin() == null ? null : d.heureMin().toString());
        m.put("heureMax", d.heureMax() == null ? null : d.heureMax().toString());
        m.put("retourSynchroIntervention", d.retourSynchroIntervention());
        return m;
    }

    private static Map<String, Object> raison(Raison r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.getClass().getSimpleName());
        if (r instanceof Raison.DonneeIncorrecte d) {
            m.put("codeChamp", d.codeChamp());
            m.put("codeCoherence", d.codeCoherence());
        } else if (r instanceof Raison.PceIncorrectOuInconnu p) {
            m.put("codeErreur", p.codeErreur());
        } else if (r instanceof Raison.NonRecevable n) {
            m.put("codeErreur", n.codeErreur());
        } else if (r instanceof Raison.DialogueInterrompu d) {
            m.put("codeErreur", d.codeErreur());
        } else if (r instanceof Raison.Fixe f) {
            m.put("raison", f.libelle().name());
        }
        m.put("texte", r.texte());
        return m;
    }

    /** Fills the object of one answer; one visitor for the four answer types (their methods coincide). */
    private static final class Fields implements RecevabiliteReponse.Visitor<Void>, CreationReponse.Visitor<Void>,
            RdvReponse.Visitor<Void>, AbandonReponse.Visitor<Void> {

        final Map<String, Object> map;
        private final Dialogue dialogue;

        Fields(Operation op, Dialogue dialogue) {
            this.map = head(op, null);
            this.dialogue = dialogue;
        }

        private void common(Reponse r) {
            map.put("type", r.getClass().getSimpleName());
            map.put("typeRetourDialogue", r.typeRetourDialogue() == null ? null : r.typeRetourDialogue().name());
            map.put("codeRetour", r.codeRetour());
            map.put("messages", r.messages());
            map.put("numeroDemande", r.numeroDemande() != null ? r.numeroDemande()
                    : dialogue == null ? null : dialogue.numeroDemande().orElse(null));
            if (dialogue != null) {
                map.put("state", dialogue.state().name());
                map.put("warnings", violations(dialogue.warnings()));
            }
        }

        @Override
        public Void recevable(Recevable a) {
            common(a);
            List<Object> list = new ArrayList<>();
            for (InterventionPossible i : a.interventions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("codeIntervention", i.codeIntervention());
                m.put("codeMotif", i.codeMotif());
                m.put("presenceClient", i.presenceClient() == null ? null : i.presenceClient().name());
                list.add(m);
            }
            map.put("interventions", list);
            map.put("listeSousTypeDit", a.listeSousTypeDit());
            return null;
        }

        @Override
        public Void dmdOkDP(DmdOkDP a) {
            common(a);
            map.put("dateProgrammee", dateProgrammee(a.dateProgrammee()));
            appointment(a.presenceClient(), a.rdvSynchronisables());
            return null;
        }

        @Override
        public Void dmdOkDD(DmdOkDD a) {
            common(a);
            map.put("dateDemandee", a.dateDemandee() == null ? null : a.dateDemandee().toString());
            map.put("codeMessageOmega", a.codeMessageOmega());
            appointment(a.presenceClient(), a.rdvSynchronisables());
            return null;
        }

        @Override
        public Void dmdOk(DmdOk a) {
            common(a);
            return null;
        }

        @Override
        public Void message(Message a) {
            common(a);
            map.put("codeMessageOmega", a.codeMessageOmega());
            map.put("dateDemandee", a.dateDemandee() == null ? null : a.dateDemandee().toString());
            appointment(a.presenceClient(), a.rdvSynchronisables());
            return null;
        }

        @Override
        public Void datePlageH(DatePlageH a) {
            common(a);
            map.put("dateProgrammee", dateProgrammee(a.dateProgrammee()));
            appointment(a.presenceClient(), a.rdvSynchronisables());
            return null;
        }

        @Override
        public Void listeDP(ListeDP a) {
            common(a);
            map.put("creneaux", slots(a.creneaux()));
            appointment(a.presenceClient(), a.rdvSynchronisables());
            return null;
        }

        /** The fields every appointment-step answer shares. */
        private void appointment(PresenceClient presence, List<DatePlage> synchros) {
            map.put("presenceClient", presence == null ? null : presence.name());
            map.put("rdvSynchronisables", slots(synchros));
        }

        @Override
        public Void dmdKo(DmdKo a) {
            common(a);
            List<Object> list = new ArrayList<>();
            for (Raison r : a.raisons()) {
                list.add(raison(r));
            }
            map.put("raisons", list);
            return null;
        }

        @Override
        public Void codeRetourInconnu(CodeRetourInconnu a) {
            common(a);
            map.put("typeRetourDialogueBrut", a.typeRetourDialogueBrut());
            return null;
        }

        @Override
        public Void resultatIncertain(ResultatIncertain a) {
            map.put("type", "ResultatIncertain");
            map.put("numeroPce", a.numeroPce());
            map.put("referenceDemande", a.referenceDemande());
            if (dialogue != null) {
                map.put("state", dialogue.state().name());
            }
            DitServiceException cause = a.cause();
            map.put("failure", cause.failure().name());
            map.put("httpStatus", cause.httpStatus());
            map.put("mayHaveBeenReceived", cause.mayHaveBeenReceived());
            map.put("retrySafe", cause.retrySafe());
            map.put("message", cause.getMessage());
            return null;
        }
    }
}
