/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.answer.AnnexeA;
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
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.internal.json.JsonField;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Segment;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.RecordedCall;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.SimulatedPce;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The admin API's JSON, both ways: the simulator's values as JSON objects, and the request bodies (forced answers,
 * PCEs, suppliers) read strictly: an unknown member, a missing one or a value of the wrong form is refused with its
 * path ({@code answer.creneaux[1].date}) and what was expected. The names are the Java API's (record components,
 * {@link AnnexeA} rows, {@link ForcedAnswer.Kind}, the WSDL's operation names). The homologation case files read
 * their {@code simulator.force} with {@link #forcedAnswer(JsonField)}: one format for both.
 */
public final class AdminJson {

    /** A request body the API refuses (HTTP 400). */
    static final class BadRequest extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private static final Map<AnnexeA, Set<String>> ANSWER_MEMBERS = Map.of(
            AnnexeA.RECEVABLE, Set.of("messages", "interventions", "listeSousTypeDit"),
            AnnexeA.DMD_OK_DP, Set.of("numeroDemande", "dateProgrammee", "presenceClient", "rdvSynchronisables",
                    "messages"),
            AnnexeA.DMD_OK_DD, Set.of("numeroDemande", "dateDemandee", "codeMessageOmega", "presenceClient",
                    "rdvSynchronisables", "messages"),
            AnnexeA.DMD_OK, Set.of("numeroDemande", "messages"),
            AnnexeA.MESSAGE, Set.of("numeroDemande", "codeMessageOmega", "dateDemandee", "presenceClient",
                    "rdvSynchronisables", "messages"),
            AnnexeA.DATE_PLAGE_H, Set.of("numeroDemande", "dateProgrammee", "presenceClient", "rdvSynchronisables",
                    "messages"),
            AnnexeA.LISTE_DP, Set.of("numeroDemande", "creneaux", "presenceClient", "rdvSynchronisables", "messages"),
            AnnexeA.DMD_KO, Set.of("numeroDemande", "messages"));

    private AdminJson() {}

    // ------------------------------------------------------------------ values -> JSON

    static Map<String, Object> demande(SimulatedDemande d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numeroDemande", d.numeroDemande());
        m.put("numeroCad", d.numeroCad());
        m.put("numeroPce", d.numeroPce());
        m.put("referenceDemande", d.referenceDemande());
        m.put("codeIntervention", d.codeIntervention());
        m.put("codeMotif", d.codeMotif());
        m.put("optionExpress", d.optionExpress());
        m.put("statut", d.statut().name());
        m.put("statutLibelle", d.statut().libelle());
        m.put("statutCode", d.statut().code().orElse(null));
        m.put("dateDemandee", d.dateDemandee());
        m.put("plageDemandee", d.plageDemandee());
        m.put("rdvProgramme", d.rdvProgramme() == null ? null : slotJson(d.rdvProgramme()));
        return m;
    }

    static Map<String, Object> call(RecordedCall c, boolean body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operation", c.operation().wsdlName());
        m.put("numeroPce", c.numeroPce());
        m.put("numeroDemande", c.numeroDemande());
        m.put("codeRetour", c.codeRetour());
        m.put("receivedAt", c.receivedAt());
        if (body) {
            m.put("requestBody", c.requestBody());
        }
        return m;
    }

    static Map<String, Object> pce(SimulatedPce p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numeroPce", p.numeroPce());
        m.put("segment", p.segment().csvName());
        m.put("frequenceReleve", p.frequenceReleve());
        m.put("codePostal", p.codePostal());
        m.put("commune", p.commune());
        m.put("numeroCadTitulaire", p.numeroCadTitulaire());
        return m;
    }

    static Map<String, Object> forced(ForcedAnswer f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind().name());
        m.put("description", f.toString());
        m.put("pce", f.numeroPce());
        m.put("numeroDemande", f.numeroDemande());
        m.put("operations", f.operations().stream().sorted().map(Operation::wsdlName).toList());
        m.put("times", f.times() == 0 ? null : f.times());
        m.put("delay", f.delay().isZero() ? null : f.delay());
        f.reponse().ifPresent(r -> m.put("answer", reponse(r)));
        if (f.kind() == ForcedAnswer.Kind.HTTP_STATUS) {
            m.put("httpStatus", Map.of("status", f.httpStatus(), "body", f.httpBody()));
        } else if (f.kind() == ForcedAnswer.Kind.SOAP_FAULT) {
            m.put("soapFault", Map.of("faultCode", f.faultCode(), "faultString", f.faultString()));
        }
        return m;
    }

    /** An answer with every component of its record, in the members {@link #answer} reads. */
    static Map<String, Object> reponse(Reponse r) {
        Map<String, Object> m = new LinkedHashMap<>();
        r.annexeA().ifPresent(row -> m.put("row", row.name()));
        m.put("typeRetourDialogue", r instanceof CodeRetourInconnu u ? u.typeRetourDialogueBrut()
                : r.typeRetourDialogue() == null ? null : r.typeRetourDialogue().name());
        m.put("codeRetour", r.codeRetour());
        m.put("numeroDemande", r.numeroDemande());
        m.put("messages", r.messages());
        if (r instanceof Recevable v) {
            m.put("interventions", v.interventions().stream().map(i -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("codeIntervention", i.codeIntervention());
                e.put("codeMotif", i.codeMotif());
                e.put("presenceClient", i.presenceClient());
                return e;
            }).toList());
            m.put("listeSousTypeDit", v.listeSousTypeDit());
        } else if (r instanceof DmdOkDP p) {
            rdv(m, p.presenceClient(), p.rdvSynchronisables()).put("dateProgrammee", programmee(p.dateProgrammee()));
        } else if (r instanceof DatePlageH h) {
            rdv(m, h.presenceClient(), h.rdvSynchronisables()).put("dateProgrammee", programmee(h.dateProgrammee()));
        } else if (r instanceof DmdOkDD d) {
            rdv(m, d.presenceClient(), d.rdvSynchronisables()).put("dateDemandee", d.dateDemandee());
            m.put("codeMessageOmega", d.codeMessageOmega());
        } else if (r instanceof Message g) {
            rdv(m, g.presenceClient(), g.rdvSynchronisables()).put("dateDemandee", g.dateDemandee());
            m.put("codeMessageOmega", g.codeMessageOmega());
        } else if (r instanceof ListeDP l) {
            rdv(m, l.presenceClient(), l.rdvSynchronisables()).put("creneaux",
                    l.creneaux().stream().map(AdminJson::slotJson).toList());
        }
        return m;
    }

    private static Map<String, Object> rdv(Map<String, Object> m, PresenceClient presence, List<DatePlage> synchros) {
        m.put("presenceClient", presence);
        m.put("rdvSynchronisables", synchros.stream().map(AdminJson::slotJson).toList());
        return m;
    }

    private static Map<String, Object> programmee(DateProgrammee d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.date());
        m.put("plageHoraire", d.plageHoraire());
        m.put("heureMin", d.heureMin());
        m.put("heureMax", d.heureMax());
        m.put("retourSynchroIntervention", d.retourSynchroIntervention());
        return m;
    }

    private static Map<String, Object> slotJson(DatePlage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", s.date());
        m.put("plage", s.plage());
        return m;
    }

    // ------------------------------------------------------------------ JSON -> values

    /** A forced answer, a whole request body: see the README's admin API section for the members. */
    static ForcedAnswer forcedAnswer(Object json) {
        return forcedAnswer(JsonField.of(json, "", "the body"));
    }

    /**
     * A forced answer at any place of a document (the admin API's body, a case file's {@code simulator.force}).
     *
     * @throws IllegalArgumentException naming the member's path and what was expected, or the rule of
     *                                  {@link ForcedAnswer} the value breaks
     */
    public static ForcedAnswer forcedAnswer(JsonField o) {
        o.only("answer", "soapFault", "httpStatus", "closeConnection", "answerLost", "delay", "pce",
                "numeroDemande", "operations", "times");
        List<String> kinds = new ArrayList<>();
        for (String k : List.of("answer", "soapFault", "httpStatus", "closeConnection", "answerLost")) {
            if (o.has(k)) {
                kinds.add(k);
            }
        }
        if (kinds.size() > 1) {
            throw new BadRequest(o.where() + ": give one of answer, soapFault, httpStatus, closeConnection, "
                    + "answerLost; got " + kinds);
        }
        Duration delay = o.opt("delay", AdminJson::duration);
        ForcedAnswer f;
        String kind = kinds.isEmpty() ? null : kinds.get(0);
        if (kind == null) {
            if (delay == null) {
                throw new BadRequest(o.where() + ": give one of answer, soapFault, httpStatus, closeConnection, "
                        + "answerLost, or a delay alone (the normal answer, late)");
            }
            f = ForcedAnswer.delay(delay);
        } else {
            f = switch (kind) {
                case "answer" -> ForcedAnswer.answer(answer(o.obj("answer")));
                case "soapFault" -> {
                    JsonField s = o.obj("soapFault");
                    s.only("faultCode", "faultString");
                    yield ForcedAnswer.soapFault(s.string("faultCode"), s.string("faultString"));
                }
                case "httpStatus" -> {
                    JsonField h = o.obj("httpStatus");
                    h.only("status", "body");
                    yield ForcedAnswer.httpStatus(h.integer("status"), h.optString("body"));
                }
                case "closeConnection" -> {
                    o.isTrue("closeConnection");
                    yield ForcedAnswer.closeConnection();
                }
                default -> {
                    o.isTrue("answerLost");
                    yield ForcedAnswer.answerLost();
                }
            };
            if (delay != null) {
                f = f.after(delay);
            }
        }
        if (o.has("pce")) {
            f = f.forPce(o.string("pce"));
        }
        if (o.has("numeroDemande")) {
            f = f.forDemande(o.string("numeroDemande"));
        }
        if (o.has("operations")) {
            List<Operation> ops = o.list("operations", AdminJson::operation);
            if (ops.isEmpty()) {
                throw new BadRequest(o.path("operations") + ": give at least one operation, or leave it out for the "
                        + "default");
            }
            f = f.onlyFor(ops.get(0), ops.subList(1, ops.size()).toArray(Operation[]::new));
        }
        if (o.has("times")) {
            f = f.times(o.integer("times"));
        }
        return f;
    }

    /** An answer: {@code row} names an Annexe A row; without it, {@code codeRetour} makes a CodeRetourInconnu. */
    static Reponse answer(JsonField a) {
        if (!a.has("row")) {
            a.only("typeRetourDialogue", "codeRetour", "messages", "numeroDemande");
            if (!a.has("codeRetour")) {
                throw new BadRequest(a.path("row") + ": give the Annexe A row (" + Arrays.toString(AnnexeA.values())
                        + "), or a codeRetour (and typeRetourDialogue) for an answer outside Annexe A");
            }
            return new CodeRetourInconnu(a.optString("typeRetourDialogue"), a.optString("codeRetour"),
                    a.strings("messages"), a.optString("numeroDemande"));
        }
        AnnexeA row = a.enumValue("row", AnnexeA.class);
        Set<String> allowed = new LinkedHashSet<>(ANSWER_MEMBERS.get(row));
        allowed.addAll(List.of("row", "typeRetourDialogue", "codeRetour"));
        a.only(allowed.toArray(String[]::new));
        // what GET /__admin/forced shows is accepted back: the row's own type and code may be repeated
        same(a, "typeRetourDialogue", row.typeRetourDialogue().name(), row);
        same(a, "codeRetour", row.codeRetour(), row);
        String numero = a.optString("numeroDemande");
        PresenceClient presence = a.has("presenceClient") ? a.enumValue("presenceClient", PresenceClient.class)
                : null;
        List<DatePlage> synchros = a.list("rdvSynchronisables", AdminJson::slot);
        List<String> messages = a.strings("messages");
        return switch (row) {
            case RECEVABLE -> new Recevable(messages, a.list("interventions", AdminJson::intervention),
                    a.optString("listeSousTypeDit"));
            case DMD_OK_DP -> new DmdOkDP(numero, a.opt("dateProgrammee", AdminJson::dateProgrammee), presence,
                    synchros, messages);
            case DMD_OK_DD -> new DmdOkDD(numero, a.opt("dateDemandee", AdminJson::date),
                    a.optString("codeMessageOmega"), presence, synchros, messages);
            case DMD_OK -> new DmdOk(numero, messages);
            case MESSAGE -> new Message(numero, a.optString("codeMessageOmega"), a.opt("dateDemandee", AdminJson::date),
                    presence, synchros, messages);
            case DATE_PLAGE_H -> new DatePlageH(numero, a.opt("dateProgrammee", AdminJson::dateProgrammee), presence,
                    synchros, messages);
            case LISTE_DP -> new ListeDP(numero, a.list("creneaux", AdminJson::slot), presence, synchros, messages);
            case DMD_KO -> DmdKo.of(numero, messages);
        };
    }

    private static void same(JsonField a, String member, String expected, AnnexeA row) {
        String given = a.optString(member);
        if (given != null && !given.equals(expected)) {
            throw new BadRequest(a.path(member) + ": row " + row + " is " + row.typeRetourDialogue() + " / "
                    + row.codeRetour() + ", not \"" + given + "\"; leave out \"row\" for an answer outside Annexe A");
        }
    }

    static SimulatedPce simulatedPce(Object json) {
        JsonField o = JsonField.of(json, "", "the body");
        o.only("numeroPce", "segment", "frequenceReleve", "codePostal", "commune", "numeroCadTitulaire");
        Segment segment;
        try {
            segment = Segment.fromCsvName(o.string("segment"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("segment: " + e.getMessage());
        }
        try {
            return new SimulatedPce(o.string("numeroPce"), segment, o.optString("frequenceReleve"),
                    o.string("codePostal"), o.optString("commune"), o.string("numeroCadTitulaire"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    /** {@code {"numeroCad": …, "dnEntreprise": …}} as a pair. */
    static String[] fournisseur(Object json) {
        JsonField o = JsonField.of(json, "", "the body");
        o.only("numeroCad", "dnEntreprise");
        return new String[] {o.string("numeroCad"), o.string("dnEntreprise")};
    }

    /** {@code {"advance": "P2D"}}: how far to move the clock. */
    static Duration advance(Object json) {
        JsonField o = JsonField.of(json, "", "the body");
        o.only("advance");
        Duration d = o.opt("advance", AdminJson::duration);
        if (d == null) {
            throw new BadRequest("advance: give an ISO-8601 duration, e.g. \"PT2H\" or \"P3D\"");
        }
        if (d.isNegative()) {
            throw new BadRequest("advance: the clock only moves forward, got " + d);
        }
        return d;
    }

    private static DatePlage slot(JsonField o) {
        o.only("date", "plage");
        return new DatePlage(o.req("date", AdminJson::date), o.string("plage"));
    }

    private static DateProgrammee dateProgrammee(JsonField o) {
        o.only("date", "plageHoraire", "heureMin", "heureMax", "retourSynchroIntervention");
        Integer synchro = o.raw("retourSynchroIntervention") == null ? null : o.integer("retourSynchroIntervention");
        return new DateProgrammee(o.req("date", AdminJson::date), o.string("plageHoraire"),
                o.opt("heureMin", AdminJson::time), o.opt("heureMax", AdminJson::time), synchro);
    }

    private static InterventionPossible intervention(JsonField o) {
        o.only("codeIntervention", "codeMotif", "presenceClient");
        return new InterventionPossible(o.string("codeIntervention"),
                Objects.requireNonNullElse(o.optString("codeMotif"), ""),
                o.has("presenceClient") ? o.enumValue("presenceClient", PresenceClient.class) : null);
    }

    private static Operation operation(JsonField o) {
        String name = o.text();
        return Operation.fromWsdlName(name).orElseThrow(() -> new BadRequest(o.where() + ": unknown operation \"" + name + "\"; expected one of "
                + Arrays.stream(Operation.values()).map(Operation::wsdlName).toList()));
    }

    private static LocalDate date(JsonField o) {
        try {
            return LocalDate.parse(o.text());
        } catch (DateTimeParseException e) {
            throw new BadRequest(o.where() + ": expected a date YYYY-MM-DD, got \"" + o.text() + "\"");
        }
    }

    private static LocalTime time(JsonField o) {
        try {
            return LocalTime.parse(o.text());
        } catch (DateTimeParseException e) {
            throw new BadRequest(o.where() + ": expected a time HH:MM, got \"" + o.text() + "\"");
        }
    }

    private static Duration duration(JsonField o) {
        try {
            return Duration.parse(o.text());
        } catch (DateTimeParseException e) {
            throw new BadRequest(o.where() + ": expected an ISO-8601 duration (\"PT30S\", \"PT2H\", \"P3D\"), got \""
                    + o.text() + "\"");
        }
    }
}
