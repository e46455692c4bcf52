/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOk;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Message;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.protocol.Operation;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the simulator does with a call instead of running the dialogue: any answer of the guide's Annexe A (one of the
 * records of {@link io.github.omegadit.answer}, with its data), an unknown CodeRetour or TypeRetourDialogue
 * ({@link CodeRetourInconnu}), or a transport fault. Immutable; the modifiers return a copy.
 *
 * <pre>{@code
 * sim.force(ForcedAnswer.answer(new ListeDP(null, List.of(new DatePlage(day, "MATIN")), PresenceClient.PO,
 *         List.of(), List.of())).onlyFor(Operation.CREER_DEMANDE_DIT));
 * sim.force(ForcedAnswer.answer(new DmdOkDD(null, null, "M042", null, List.of(), List.of())).forPce("GI000004"));
 * sim.force(ForcedAnswer.answer(new CodeRetourInconnu("X", "Nouveau", List.of("?"), null)).times(1));
 * sim.force(ForcedAnswer.dmdKo(AnnexeA.Libelle.DIALOGUE_INTERROMPU.avec("T42")).forDemande(numero));
 * sim.force(ForcedAnswer.closeConnection().onlyFor(Operation.ACCEPTER_RDV).times(1));
 * sim.force(ForcedAnswer.httpStatus(503, "busy").after(Duration.ofMillis(200)));
 * }</pre>
 *
 * <p><b>Scope.</b> A forced answer applies to the calls that match all of its scopes: {@linkplain #forPce(String) a
 * PCE} (VerifierRecevabiliteDIT and CreerDemandeDIT by their NumeroPCE, the other calls through the PCE of the demande
 * they name), {@linkplain #forDemande(String) a NumeroDemande} (the appointment and stop calls), {@linkplain #onlyFor
 * operations} (default: the calls Annexe A lets answer with the record's row, every call for a DmdKo, an unknown code
 * or a fault), and the {@linkplain #times(int) next n calls} (default: always, until {@link OmegaSimulator#reset()} or
 * {@link OmegaSimulator#clearForced()}). When several match, the one forced last wins.
 *
 * <p><b>Effect.</b> The simulator moves the demande as OMEGA would after the answer it forces: a P answer to
 * CreerDemandeDIT creates a demande "en attente de RDV", DmdOkDP programmes the slot it carries, DmdOkDD registers the
 * demande at its requested date, DmdOk leaves it "en cours de traitement", a DmdKo carrying "Demande abandonnée"
 * abandons it, a DmdKo to VerifierRecevabiliteDIT records a refused demande (status 22 or 23); ProposerDatePlage's date
 * becomes the requested date whatever the answer (guide §2.1.2). A {@code null} NumeroDemande in the record is filled
 * with the demande's; anything else is sent as given. {@link CodeRetourInconnu} changes nothing and is sent exactly as
 * given, a TypeRetourDialogue outside P, A and T included. The transport faults change nothing, except
 * {@link #answerLost()}. The calls are recorded either way ({@link OmegaSimulator#calls()}).
 */
public final class ForcedAnswer {

    /** What the simulator does. */
    public enum Kind {
        /** Answers with {@link #reponse()}. */
        ANSWER,
        /** Answers HTTP 500 with a SOAP 1.1 Fault. */
        SOAP_FAULT,
        /** Answers with an HTTP status and a body of its own, not SOAP. */
        HTTP_STATUS,
        /** Closes the connection without answering; the call has no effect. */
        CLOSE_CONNECTION,
        /** Runs the dialogue (the demande is created or changed), then closes the connection without answering. */
        ANSWER_LOST,
        /** Runs the dialogue normally after the delay. */
        DELAY
    }

    private final Kind kind;
    private final Reponse reponse;
    private final int httpStatus;
    private final String text;
    private final String faultCode;
    private final Duration delay;
    private final Set<Operation> operations;
    private final String numeroPce;
    private final String numeroDemande;
    private final int times;

    private ForcedAnswer(Kind kind, Reponse reponse, int httpStatus, String text, String faultCode, Duration delay,
            Set<Operation> operations, String numeroPce, String numeroDemande, int times) {
        this.kind = kind;
        this.reponse = reponse;
        this.httpStatus = httpStatus;
        this.text = text;
        this.faultCode = faultCode;
        this.delay = delay;
        this.operations = operations;
        this.numeroPce = numeroPce;
        this.numeroDemande = numeroDemande;
        this.times = times;
    }

    private static ForcedAnswer of(Kind kind, Reponse reponse, int status, String text, String faultCode,
            Duration delay, Set<Operation> operations) {
        return new ForcedAnswer(kind, reponse, status, text, faultCode, delay, operations, null, null, 0);
    }

    /**
     * This answer, with its data. Empty messages get the row's text of Annexe A ({@link Libelle}), completed with
     * {@code codeMessageOmega} for Message and DmdOkDD; a {@code null} NumeroDemande is the demande's.
     *
     * @throws IllegalArgumentException for a {@link ResultatIncertain} (use {@link #answerLost()}), a DmdKo without
     *                                  message, a DatePlageH or DmdOkDP without its DateProgrammee, or a Message or
     *                                  DmdOkDD whose codeMessageOmega is not the one its messages carry
     */
    public static ForcedAnswer answer(Reponse reponse) {
        Objects.requireNonNull(reponse, "reponse");
        Reponse r = withTexts(reponse);
        Set<Operation> ops = r.annexeA().map(AnnexeA::operations).map(Set::copyOf).orElse(all());
        return of(Kind.ANSWER, r, 0, null, null, Duration.ZERO, ops);
    }

    /**
     * A DmdKo carrying these MessageRetour texts, verbatim (the guide's texts are {@link Libelle}); shorthand for
     * {@code answer(DmdKo.of(null, messages))}.
     *
     * @throws IllegalArgumentException when no message is given or one is null
     */
    public static ForcedAnswer dmdKo(String... messages) {
        return dmdKo(Arrays.asList(messages));
    }

    /** A DmdKo carrying these MessageRetour texts, verbatim. */
    public static ForcedAnswer dmdKo(List<String> messages) {
        Objects.requireNonNull(messages, "messages");
        if (messages.isEmpty() || messages.contains(null)) {
            throw new IllegalArgumentException("a forced DmdKo needs at least one non-null MessageRetour");
        }
        return answer(DmdKo.of(null, messages));
    }

    /**
     * A SOAP 1.1 Fault (HTTP 500), as a server or a gateway in front of OMEGA sends on an internal error.
     *
     * @param faultCode e.g. {@code soap:Server}
     * @throws IllegalArgumentException when a value is blank
     */
    public static ForcedAnswer soapFault(String faultCode, String faultString) {
        if (faultCode == null || faultCode.isBlank() || faultString == null || faultString.isBlank()) {
            throw new IllegalArgumentException("a SOAP fault needs a faultcode and a faultstring");
        }
        return of(Kind.SOAP_FAULT, null, 500, faultString, faultCode, Duration.ZERO, all());
    }

    /**
     * An HTTP answer with this status and body ({@code text/plain; charset=UTF-8}), e.g. 503 from a proxy.
     *
     * @throws IllegalArgumentException for a status outside 200-599
     */
    public static ForcedAnswer httpStatus(int status, String body) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 200-599, got " + status);
        }
        return of(Kind.HTTP_STATUS, null, status, body == null ? "" : body, null, Duration.ZERO, all());
    }

    /** Closes the connection once the request is read, without any answer (the client sees a reset/EOF). */
    public static ForcedAnswer closeConnection() {
        return of(Kind.CLOSE_CONNECTION, null, 0, null, null, Duration.ZERO, all());
    }

    /**
     * Runs the call normally (a CreerDemandeDIT creates its demande, an AccepterRdv books its slot) and then closes the
     * connection without sending the answer: the client cannot know the outcome, the case the guide marks "?" and the
     * supplier reconciles through the request follow-up (here: {@link OmegaSimulator#demandes()}).
     */
    public static ForcedAnswer answerLost() {
        return of(Kind.ANSWER_LOST, null, 0, null, null, Duration.ZERO, all());
    }

    /**
     * The normal answer, after this delay (to test client timeouts). The call takes effect after the delay, even when
     * the client has given up by then; it is recorded as soon as it arrives.
     */
    public static ForcedAnswer delay(Duration delay) {
        return of(Kind.DELAY, null, 0, null, null, checkDelay(delay), all());
    }

    /** This answer, sent after waiting {@code delay}. */
    public ForcedAnswer after(Duration delay) {
        return new ForcedAnswer(kind, reponse, httpStatus, text, faultCode, checkDelay(delay), operations, numeroPce,
                numeroDemande, times);
    }

    /** This answer for these operations only (default: see the class comment). */
    public ForcedAnswer onlyFor(Operation first, Operation... more) {
        EnumSet<Operation> ops = EnumSet.of(Objects.requireNonNull(first, "operation"), more);
        return new ForcedAnswer(kind, reponse, httpStatus, text, faultCode, delay, Set.copyOf(ops), numeroPce,
                numeroDemande, times);
    }

    /**
     * This answer for the calls about this PCE only (default: any PCE).
     *
     * @throws IllegalArgumentException when blank
     */
    public ForcedAnswer forPce(String pce) {
        return new ForcedAnswer(kind, reponse, httpStatus, text, faultCode, delay, operations, nonBlank(pce, "pce"),
                numeroDemande, times);
    }

    /**
     * This answer for the calls naming this NumeroDemande only (the appointment and stop calls; default: any).
     *
     * @throws IllegalArgumentException when blank
     */
    public ForcedAnswer forDemande(String numero) {
        return new ForcedAnswer(kind, reponse, httpStatus, text, faultCode, delay, operations, numeroPce,
                nonBlank(numero, "numeroDemande"), times);
    }

    /**
     * This answer for the next {@code n} matching calls only, then the dialogue runs normally again (default:
     * always).
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public ForcedAnswer times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1, got " + n);
        }
        return new ForcedAnswer(kind, reponse, httpStatus, text, faultCode, delay, operations, numeroPce,
                numeroDemande, n);
    }

    /** What the simulator does. */
    public Kind kind() {
        return kind;
    }

    /** The answer of {@link Kind#ANSWER}, its texts completed; empty for the other kinds. */
    public Optional<Reponse> reponse() {
        return Optional.ofNullable(reponse);
    }

    /** The MessageRetour texts of {@link Kind#ANSWER} (empty for other kinds). */
    public List<String> messages() {
        return reponse == null ? List.of() : reponse.messages();
    }

    /** The HTTP status of {@link Kind#HTTP_STATUS} (500 for {@link Kind#SOAP_FAULT}), else 0. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The HTTP body of {@link Kind#HTTP_STATUS}, else {@code null}. */
    public String httpBody() {
        return kind == Kind.HTTP_STATUS ? text : null;
    }

    /** The faultcode of {@link Kind#SOAP_FAULT}, else {@code null}. */
    public String faultCode() {
        return faultCode;
    }

    /** The faultstring of {@link Kind#SOAP_FAULT}, else {@code null}. */
    public String faultString() {
        return kind == Kind.SOAP_FAULT ? text : null;
    }

    /** The wait before answering ({@link Duration#ZERO} for none). */
    public Duration delay() {
        return delay;
    }

    /** The operations this answer applies to. */
    public Set<Operation> operations() {
        return operations;
    }

    /** The PCE this answer is scoped to, or {@code null} for any. */
    public String numeroPce() {
        return numeroPce;
    }

    /** The NumeroDemande this answer is scoped to, or {@code null} for any. */
    public String numeroDemande() {
        return numeroDemande;
    }

    /** How many calls it applies to, 0 for no limit. */
    public int times() {
        return times;
    }

    /** True when a call of {@code operation} gets this answer (whatever its PCE and NumeroDemande). */
    public boolean appliesTo(Operation operation) {
        return operations.contains(operation);
    }

    /**
     * True when a call matches every scope of this answer.
     *
     * @param pce           the PCE of the call, {@code null} when unknown
     * @param numero        the NumeroDemande the call names, {@code null} for the first two steps
     */
    public boolean matches(Operation operation, String pce, String numero) {
        return operations.contains(operation) && (numeroPce == null || numeroPce.equals(pce))
                && (numeroDemande == null || numeroDemande.equals(numero));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name());
        switch (kind) {
            case ANSWER -> sb.append(' ').append(reponse instanceof CodeRetourInconnu u ? u.typeRetourDialogueBrut()
                    : reponse.typeRetourDialogue()).append('/').append(reponse.codeRetour()).append(' ')
                    .append(reponse.messages());
            case HTTP_STATUS -> sb.append(' ').append(httpStatus);
            case SOAP_FAULT -> sb.append(' ').append(faultCode).append(' ').append(text);
            default -> { }
        }
        if (!delay.isZero()) {
            sb.append(" after ").append(delay);
        }
        if (numeroPce != null) {
            sb.append(" pce=").append(numeroPce);
        }
        if (numeroDemande != null) {
            sb.append(" demande=").append(numeroDemande);
        }
        if (!operations.equals(all())) {
            sb.append(" for ").append(EnumSet.copyOf(operations));
        }
        if (times > 0) {
            sb.append(" x").append(times);
        }
        return sb.toString();
    }

    /** The record with the texts of its row when it has none; checks what the client could not read back. */
    private static Reponse withTexts(Reponse r) {
        if (r instanceof ResultatIncertain) {
            throw new IllegalArgumentException("a ResultatIncertain is the absence of an answer: force answerLost()");
        }
        if (r instanceof DmdKo ko && ko.messages().isEmpty()) {
            throw new IllegalArgumentException("a forced DmdKo needs at least one non-null MessageRetour");
        }
        if (r instanceof DatePlageH h && h.dateProgrammee() == null
                || r instanceof DmdOkDP p && p.dateProgrammee() == null) {
            throw new IllegalArgumentException(r.codeRetour() + " needs its DateProgrammee (without one the client "
                    + "keeps the answer as CodeRetourInconnu: force a CodeRetourInconnu for that)");
        }
        if (!r.messages().isEmpty() || r instanceof CodeRetourInconnu) {
            // the client reads codeMessageOMEGA from the messages: the record forced says what it will read
            if (r instanceof Message m) {
                Message read = Message.of(m.numeroDemande(), m.dateDemandee(), m.presenceClient(),
                        m.rdvSynchronisables(), m.messages());
                checkCode(m.codeMessageOmega(), read.codeMessageOmega(), "Message");
                return read;
            } else if (r instanceof DmdOkDD d) {
                DmdOkDD read = DmdOkDD.of(d.numeroDemande(), d.dateDemandee(), d.presenceClient(),
                        d.rdvSynchronisables(), d.messages());
                checkCode(d.codeMessageOmega(), read.codeMessageOmega(), "DmdOkDD");
                return read;
            }
            return r;
        }
        if (r instanceof Recevable v) {
            return new Recevable(texts(Libelle.DEMANDE_RECEVABLE), v.interventions(), v.listeSousTypeDit());
        } else if (r instanceof DmdOkDP p) {
            return new DmdOkDP(p.numeroDemande(), p.dateProgrammee(), p.presenceClient(), p.rdvSynchronisables(),
                    texts(Libelle.RDV_PROGRAMME));
        } else if (r instanceof DmdOkDD d) {
            List<String> t = d.codeMessageOmega() == null ? texts(Libelle.RDV_DATE_DEMANDEE)
                    : List.of(Libelle.RDV_DATE_DEMANDEE_CODE.avec(d.codeMessageOmega()));
            return new DmdOkDD(d.numeroDemande(), d.dateDemandee(), d.codeMessageOmega(), d.presenceClient(),
                    d.rdvSynchronisables(), t);
        } else if (r instanceof DmdOk ok) {
            return new DmdOk(ok.numeroDemande(), texts(Libelle.DEMANDE_PRISE_EN_COMPTE));
        } else if (r instanceof Message m) {
            List<String> t = m.codeMessageOmega() == null ? texts(Libelle.RDV_DATE_DEMANDEE_POURSUIVRE)
                    : List.of(Libelle.RDV_DATE_DEMANDEE_POURSUIVRE.avec(m.codeMessageOmega()));
            return new Message(m.numeroDemande(), m.codeMessageOmega(), m.dateDemandee(), m.presenceClient(),
                    m.rdvSynchronisables(), t);
        } else if (r instanceof DatePlageH h) {
            return new DatePlageH(h.numeroDemande(), h.dateProgrammee(), h.presenceClient(), h.rdvSynchronisables(),
                    texts(Libelle.DATE_PLAGE_DISPONIBLE));
        }
        ListeDP l = (ListeDP) r;
        return new ListeDP(l.numeroDemande(), l.creneaux(), l.presenceClient(), l.rdvSynchronisables(),
                texts(Libelle.DATE_PLAGE_INDISPONIBLE));
    }

    private static void checkCode(String given, String inMessages, String row) {
        if (given != null && !given.equals(inMessages)) {
            throw new IllegalArgumentException(row + ": codeMessageOmega '" + given + "' is not the code its messages"
                    + " carry (" + (inMessages == null ? "none" : "'" + inMessages + "'") + "); the client reads it "
                    + "from the messages: leave the messages empty to have them written from the code");
        }
    }

    private static List<String> texts(Libelle l) {
        return List.of(l.texte().strip());
    }

    private static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static Set<Operation> all() {
        return Set.copyOf(EnumSet.allOf(Operation.class));
    }

    private static Duration checkDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, got " + delay);
        }
        return delay;
    }
}
