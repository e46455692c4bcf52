/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.internal.generated.ContactIntervention;
import io.github.omegadit.internal.generated.DateProgrammee;
import io.github.omegadit.internal.generated.Demande;
import io.github.omegadit.internal.generated.DonneesTypeDemande;
import io.github.omegadit.internal.generated.Interventions;
import io.github.omegadit.internal.generated.Motif;
import io.github.omegadit.internal.generated.RdvDemande;
import io.github.omegadit.internal.generated.ReponseCreerDemandeObjet;
import io.github.omegadit.internal.generated.ReponseDialogueDIT;
import io.github.omegadit.internal.generated.ReponseWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.generated.RequeteWSAbandonnerDemande;
import io.github.omegadit.internal.generated.RequeteWSAbandonnerRdv;
import io.github.omegadit.internal.generated.RequeteWSAccepterRdv;
import io.github.omegadit.internal.generated.RequeteWSCreerDIT;
import io.github.omegadit.internal.generated.RequeteWSDemanderPrecSuiv;
import io.github.omegadit.internal.generated.RequeteWSProposerDatePlage;
import io.github.omegadit.internal.generated.RequeteWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.generated.Retour;
import io.github.omegadit.internal.generated.RetourRecevabilite;
import io.github.omegadit.internal.generated.SensPrecSuiv;
import io.github.omegadit.internal.generated.TypeRetourDialogue;
import io.github.omegadit.internal.generated.Utilisateur;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Segment;
import io.github.omegadit.rules.Catalogue;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.PlageHoraire;
import io.github.omegadit.simulator.RecordedCall;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.SimulatedPce;
import io.github.omegadit.simulator.StatutDemande;
import io.github.omegadit.simulator.TextesAnnexeA;
import jakarta.xml.bind.JAXBElement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OMEGA's side of the CreerDIT dialogue (guide §2.1): the supplier and PCE directory, the demandes, the appointment
 * calendar, the call log and the forced answers. Thread-safe: every call runs under one lock, which is held for
 * microseconds (no I/O, no parsing, no sleeping under it).
 */
public final class DialogueEngine {

    /** codeErreur of "Numéro de PCE incorrect ou inconnu": the PCE is not in the directory. */
    public static final String CODE_PCE_INCONNU = "PCE_INCONNU";
    /** codeErreur of "Dialogue interrompu…": no demande has this NumeroDemande (or it predates a reset). */
    public static final String CODE_DEMANDE_INCONNUE = "DEMANDE_INCONNUE";
    /** codeErreur of "Dialogue interrompu…": the demande belongs to another supplier. */
    public static final String CODE_DEMANDE_AUTRE_FOURNISSEUR = "DEMANDE_AUTRE_FOURNISSEUR";
    /** codeErreur of "Dialogue interrompu…": the demande is no longer "en attente de RDV". */
    public static final String CODE_DEMANDE_PAS_EN_ATTENTE_DE_RDV = "DEMANDE_PAS_EN_ATTENTE_DE_RDV";

    /** The most calls the log keeps; the oldest go first. Counts are not affected. */
    public static final int MAX_RECORDED_CALLS = 10_000;
    /** ListeDatePlage holds at most this many slots (guide §3.3.2.2). */
    public static final int MAX_SLOTS = 24;
    /** How many two-day windows a slot search looks through before giving up with an empty list. */
    static final int HORIZON_WINDOWS = 400;

    private static final String DMD_KO = "DmdKo";
    private static final Set<String> INDEX_CODES = Set.of("G1", "253");
    private static final Set<String> V10_CODES = Set.of("G1", "253", "R9", "A7");

    /**
     * How the engine is set up.
     *
     * @param clock           gives "today"
     * @param catalogue       the Annexe B catalogue
     * @param plages          the plages, in list order
     * @param leadTime        working days between today and the first bookable day
     * @param expressLeadTime the same for OptionExpress "1"
     * @param prebooked       whether the seeded load applies
     */
    public record Settings(Clock clock, Catalogue catalogue, List<PlageHoraire> plages, int leadTime,
            int expressLeadTime, boolean prebooked) {

        /** All required; lead times not negative. */
        public Settings {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(catalogue, "catalogue");
            plages = List.copyOf(plages);
            if (leadTime < 0 || expressLeadTime < 0) {
                throw new IllegalArgumentException("lead times must not be negative");
            }
        }
    }

    /** What the server sends back. */
    public sealed interface Outcome {
        /** A SOAP answer carrying this JAXB payload. */
        record Soap(Object payload) implements Outcome {}

        /** A plain HTTP answer. */
        record Http(int status, String body) implements Outcome {}

        /** No answer: the connection is closed. */
        record Close() implements Outcome {}
    }

    private record Identite(String dnEntreprise, String numeroCad, String login, String numeroVersion) {}

    private record Refus(String message, StatutDemande statut) {}

    private record Result(Object payload, String codeRetour, String numeroPce, String numeroDemande) {}

    private record Window(LocalDate start, List<DatePlage> slots) {}

    private static final class ForcedEntry {
        final ForcedAnswer answer;
        int remaining;

        ForcedEntry(ForcedAnswer answer) {
            this.answer = answer;
            this.remaining = answer.times();
        }
    }

    private final Object lock = new Object();
    private final Settings settings;
    private final Clock clock;
    private final Catalogue catalogue;
    private final AppointmentBook book;
    private final Map<Segment, List<Catalogue.Entry>> entriesBySegment = new EnumMap<>(Segment.class);
    private final Map<String, String> suppliers = new LinkedHashMap<>();
    private final Map<String, SimulatedPce> pces = new LinkedHashMap<>();
    private final Map<String, DemandeRecord> demandes = new LinkedHashMap<>();
    private final Deque<RecordedCall> calls = new ArrayDeque<>();
    private final Map<Operation, Integer> counts = new EnumMap<>(Operation.class);
    private final Map<String, ForcedEntry> forced = new HashMap<>();
    /** Never reset: NumeroDemande stays unique over the engine's lifetime. */
    private final AtomicLong sequence = new AtomicLong();

    /**
     * An engine with these settings, suppliers (NumeroCAD to DNEntreprise) and PCEs.
     *
     * @throws IllegalArgumentException for duplicate plage codes or no plage
     */
    public DialogueEngine(Settings settings, Map<String, String> suppliers, List<SimulatedPce> pces) {
        this.settings = settings;
        this.clock = settings.clock();
        this.catalogue = settings.catalogue();
        this.book = new AppointmentBook(settings.plages(), settings.prebooked());
        for (Segment s : Segment.values()) {
            entriesBySegment.put(s, new ArrayList<>());
        }
        for (Catalogue.Entry e : catalogue.entries()) {
            entriesBySegment.get(e.segment()).add(e);
        }
        this.suppliers.putAll(suppliers);
        for (SimulatedPce p : pces) {
            this.pces.put(p.numeroPce(), p);
        }
    }

    // ------------------------------------------------------------------ test and inspection API

    /** Today on the engine's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The clock. */
    public Clock clock() {
        return clock;
    }

    /** The settings. */
    public Settings settings() {
        return settings;
    }

    /** The first day an appointment can be booked, standard or express. */
    public LocalDate earliestBookableDay(boolean express) {
        return WorkingDays.plus(today(), express ? settings.expressLeadTime() : settings.leadTime());
    }

    /** Adds or replaces a PCE. */
    public void addPce(SimulatedPce pce) {
        synchronized (lock) {
            pces.put(pce.numeroPce(), pce);
        }
    }

    /** The directory's PCEs, in insertion order. */
    public List<SimulatedPce> pces() {
        synchronized (lock) {
            return List.copyOf(pces.values());
        }
    }

    /** Adds or replaces a supplier. */
    public void addSupplier(String numeroCad, String dnEntreprise) {
        synchronized (lock) {
            suppliers.put(numeroCad, dnEntreprise);
        }
    }

    /** NumeroCAD to DNEntreprise of the known suppliers. */
    public Map<String, String> suppliers() {
        synchronized (lock) {
            return Map.copyOf(suppliers);
        }
    }

    /** Demandes, calls, counts, forced answers and calendar back to the seed; the directory stays. */
    public void reset() {
        synchronized (lock) {
            demandes.clear();
            calls.clear();
            counts.clear();
            forced.clear();
            book.reset();
        }
    }

    /** Snapshots of every demande, oldest first. */
    public List<SimulatedDemande> demandes() {
        synchronized (lock) {
            return demandes.values().stream().map(DemandeRecord::snapshot).toList();
        }
    }

    /** A snapshot of one demande. */
    public Optional<SimulatedDemande> demande(String numeroDemande) {
        synchronized (lock) {
            return Optional.ofNullable(demandes.get(numeroDemande)).map(DemandeRecord::snapshot);
        }
    }

    /** The recorded calls, oldest first. */
    public List<RecordedCall> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** How many calls of this operation arrived since the last reset. */
    public int callCount(Operation operation) {
        synchronized (lock) {
            return counts.getOrDefault(operation, 0);
        }
    }

    /** Forces the answer for a PCE, replacing any previous one. */
    public void force(String numeroPce, ForcedAnswer answer) {
        synchronized (lock) {
            forced.put(numeroPce, new ForcedEntry(answer));
        }
    }

    /** Removes the forced answer of a PCE. */
    public void clearForced(String numeroPce) {
        synchronized (lock) {
            forced.remove(numeroPce);
        }
    }

    /** Removes every forced answer. */
    public void clearForced() {
        synchronized (lock) {
            forced.clear();
        }
    }

    /** The plages. */
    public List<PlageHoraire> plages() {
        return book.plages();
    }

    /** Marks a slot full. */
    public void occupy(LocalDate day, String plage) {
        synchronized (lock) {
            book.occupy(day, plage);
        }
    }

    /** Empties a slot, seeded load included. */
    public void free(LocalDate day, String plage) {
        synchronized (lock) {
            book.free(day, plage);
        }
    }

    /** Units still free in a slot (0 on days that are not working days). */
    public int remaining(LocalDate day, String plage) {
        synchronized (lock) {
            return book.remaining(day, plage);
        }
    }

    // ------------------------------------------------------------------ dialogue

    /**
     * The forced answer this call gets, if any, counting one use of it.
     *
     * @param request the unmarshalled request (a {@code RequeteWS…} instance)
     */
    public Optional<ForcedAnswer> takeForced(Operation operation, Object request) {
        synchronized (lock) {
            String pce = pceOf(request);
            ForcedEntry entry = pce == null ? null : forced.get(pce);
            if (entry == null || !entry.answer.appliesTo(operation)) {
                return Optional.empty();
            }
            if (entry.answer.times() > 0 && --entry.remaining <= 0) {
                forced.remove(pce);
            }
            return Optional.of(entry.answer);
        }
    }

    /** The outcome of a forced answer ({@link ForcedAnswer.Kind#DELAY} runs {@link #process} once the delay is over). */
    public Outcome forcedOutcome(Operation operation, Object request, String rawBody, ForcedAnswer answer) {
        synchronized (lock) {
            String pce = pceOf(request);
            String numero = numeroDemandeOf(request);
            switch (answer.kind()) {
                case DMD_KO -> {
                    record(operation, pce, numero, DMD_KO, rawBody);
                    return new Outcome.Soap(dmdKo(operation, answer.messages(), numero));
                }
                case HTTP_STATUS -> {
                    record(operation, pce, numero, "HTTP " + answer.httpStatus(), rawBody);
                    return new Outcome.Http(answer.httpStatus(), answer.httpBody());
                }
                case CLOSE_CONNECTION -> {
                    record(operation, pce, numero, "closed", rawBody);
                    return new Outcome.Close();
                }
                case ANSWER_LOST -> {
                    process(operation, request, rawBody);
                    return new Outcome.Close();
                }
                default -> {
                    return process(operation, request, rawBody);
                }
            }
        }
    }

    /** Runs one call of the dialogue and records it. */
    public Outcome process(Operation operation, Object request, String rawBody) {
        synchronized (lock) {
            Result r = switch (operation) {
                case VERIFIER_RECEVABILITE_DIT -> verifier((RequeteWSVerifierRecevabiliteDIT) request);
                case CREER_DEMANDE_DIT -> creer((RequeteWSCreerDIT) request);
                case PROPOSER_DATE_PLAGE -> proposer((RequeteWSProposerDatePlage) request);
                case DEMANDER_PREC_SUIV -> precSuiv((RequeteWSDemanderPrecSuiv) request);
                case ACCEPTER_RDV -> accepter((RequeteWSAccepterRdv) request);
                case ABANDONNER_RDV -> abandonnerRdv((RequeteWSAbandonnerRdv) request);
                case ABANDONNER_DEMANDE -> abandonnerDemande((RequeteWSAbandonnerDemande) request);
            };
            record(operation, r.numeroPce(), r.numeroDemande(), r.codeRetour(), rawBody);
            return new Outcome.Soap(r.payload());
        }
    }

    private Result verifier(RequeteWSVerifierRecevabiliteDIT r) {
        Identite id = new Identite(r.getDNEntreprise(), r.getNumeroCAD(), login(r.getUtilisateur()),
                r.getNumeroVersion());
        String numeroPce = r.getNumeroPCE();
        Refus refus = checkIdentiteEtPce(id, numeroPce, r.getCodePostal());
        if (refus != null) {
            SimulatedPce known = pces.get(numeroPce);
            String numero = nextNumero();
            demandes.put(numero, new DemandeRecord(numero, id.numeroCad(), numeroPce,
                    known == null ? null : known.segment(), null, null, null, false, refus.statut(), null, null));
            return new Result(recevabilite(TypeRetourDialogue.A, DMD_KO, refus.message(), List.of()), DMD_KO,
                    numeroPce, null);
        }
        List<Interventions> list = new ArrayList<>();
        for (Catalogue.Entry e : entriesBySegment.get(pces.get(numeroPce).segment())) {
            Interventions i = new Interventions();
            i.setIntervention(e.code());
            Motif m = new Motif();
            m.setValue(e.motif() == null ? "" : e.motif());
            m.setPresenceClient(Presence.of(e.code()));
            i.setMotif(m);
            list.add(i);
        }
        return new Result(recevabilite(TypeRetourDialogue.P, "Message", TextesAnnexeA.DEMANDE_RECEVABLE, list),
                "Message", numeroPce, null);
    }

    private Result creer(RequeteWSCreerDIT r) {
        Operation op = Operation.CREER_DEMANDE_DIT;
        Identite id = new Identite(r.getDNEntreprise(), r.getNumeroCAD(), login(r.getUtilisateur()),
                r.getNumeroVersion());
        Demande dm = r.getDemande();
        String numeroPce = dm.getNumeroPCE();
        Refus refus = checkIdentiteEtPce(id, numeroPce, dm.getCodePostal());
        if (refus != null) {
            return new Result(dmdKo(op, List.of(refus.message()), null), DMD_KO, numeroPce, null);
        }
        SimulatedPce pce = pces.get(numeroPce);
        List<String> errors = controles(id, dm, pce.segment());
        if (!errors.isEmpty()) {
            return new Result(dmdKo(op, errors, null), DMD_KO, numeroPce, null);
        }
        DonneesTypeDemande t = dm.getDonneesTypeDemande();
        RdvDemande rdv = dm.getRdvDemande();
        boolean jj = pce.segment() == Segment.JJ_JM_MM;
        String numero = nextNumero();
        DemandeRecord d = new DemandeRecord(numero, id.numeroCad(), numeroPce, pce.segment(),
                dm.getDonneesFournisseur() == null ? null : dm.getDonneesFournisseur().getReferenceDemande(),
                t.getCodeLibelleIntervention(), nullToEmpty(t.getCodeMotifIntervention()),
                "1".equals(t.getOptionExpress()),
                jj ? StatutDemande.ENREGISTREE_A_DATE_DEMANDEE : StatutDemande.EN_ATTENTE_DE_RDV,
                rdv.getDate(), blankToNull(rdv.getPlage()));
        demandes.put(numero, d);
        if (jj) {
            ReponseCreerDemandeObjet o = objet(d);
            o.setDateDemandee(d.dateDemandee);
            return new Result(dialogue(op, TypeRetourDialogue.T, "DmdOkDD", List.of(TextesAnnexeA.DMD_OK_DD), o),
                    "DmdOkDD", numeroPce, numero);
        }
        return slotAnswer(op, d, rdv.getDate(), rdv.getPlage());
    }

    /** What OMEGA checks beyond the schema; every failure at once, one message each. */
    private List<String> controles(Identite id, Demande dm, Segment segment) {
        List<String> out = new ArrayList<>();
        DonneesTypeDemande t = dm.getDonneesTypeDemande();
        String code = t.getCodeLibelleIntervention();
        String motif = nullToEmpty(t.getCodeMotifIntervention());
        Set<Segment> segments = catalogue.segmentsOf(code);
        boolean codeOk = false;
        if (segments.isEmpty()) {
            out.add(TextesAnnexeA.donneeIncorrecte("CODE_INTERVENTION", "INTERVENTION_INCONNUE"));
        } else if (!segments.contains(segment)) {
            out.add(TextesAnnexeA.donneeIncorrecte("CODE_INTERVENTION", "INTERVENTION_HORS_SEGMENT"));
        } else {
            codeOk = true;
        }
        boolean indexCode = INDEX_CODES.contains(code);
        if (codeOk) {
            if (indexCode) {
                if (!motif.isEmpty()) {
                    out.add(TextesAnnexeA.donneeIncorrecte("CODE_MOTIF", "MOTIF_INTERDIT"));
                }
            } else if (!catalogue.allows(segment, code, motif)) {
                out.add(TextesAnnexeA.donneeIncorrecte("CODE_MOTIF",
                        motif.isEmpty() ? "MOTIF_OBLIGATOIRE" : "MOTIF_INCONNU"));
            } else if ("01".equals(motif)
                    && "Autre".equalsIgnoreCase(catalogue.libelleMotif(segment, code, motif).orElse("").strip())
                    && isBlank(t.getPrecisionIntervention())) {
                out.add(TextesAnnexeA.donneeIncorrecte("PRECISION_INTERVENTION", "PRECISION_OBLIGATOIRE"));
            }
        }
        if ("1".equals(t.getOptionExpress()) && !(codeOk && catalogue.expressAllowed(segment, code))) {
            out.add(TextesAnnexeA.donneeIncorrecte("OPTION_EXPRESS", "EXPRESS_NON_AUTORISE"));
        }
        if (indexCode && t.getIndexConteste() == null) {
            out.add(TextesAnnexeA.donneeIncorrecte("INDEX_CONTESTE", "INDEX_OBLIGATOIRE"));
        }
        if (indexCode && t.getIndexClient() == null) {
            out.add(TextesAnnexeA.donneeIncorrecte("INDEX_CLIENT", "INDEX_OBLIGATOIRE"));
        }
        NumeroVersion version = version(id.numeroVersion());
        if (version == null) {
            out.add(TextesAnnexeA.donneeIncorrecte("NUMERO_VERSION", "VERSION_INCONNUE"));
        } else if (V10_CODES.contains(code) && !version.isAtLeast(NumeroVersion.V10)) {
            out.add(TextesAnnexeA.donneeIncorrecte("NUMERO_VERSION", "VERSION_INSUFFISANTE"));
        }
        RdvDemande rdv = dm.getRdvDemande();
        if (rdv.getDate().isBefore(today())) {
            out.add(TextesAnnexeA.donneeIncorrecte("DATE_RDV", "DATE_PASSEE"));
        }
        if (segment != Segment.JJ_JM_MM) {
            if (isBlank(rdv.getPlage())) {
                out.add(TextesAnnexeA.donneeIncorrecte("PLAGE_RDV", "PLAGE_OBLIGATOIRE"));
            } else if (book.plage(rdv.getPlage()).isEmpty()) {
                out.add(TextesAnnexeA.donneeIncorrecte("PLAGE_RDV", "PLAGE_INCONNUE"));
            }
        }
        ContactIntervention contact = dm.getContactIntervention();
        if (version != null && version.isAtLeast(NumeroVersion.V8) && contact != null
                && contact.getTelephone() != null
                && !contact.getTelephone().chars().allMatch(c -> c >= '0' && c <= '9')) {
            out.add(TextesAnnexeA.TELEPHONE_NON_NUMERIQUE);
        }
        return out;
    }

    private Result proposer(RequeteWSProposerDatePlage r) {
        Operation op = Operation.PROPOSER_DATE_PLAGE;
        Identite id = new Identite(r.getDNEntreprise(), r.getNumeroCAD(), login(r.getUtilisateur()),
                r.getNumeroVersion());
        Object lookup = lookup(op, id, r.getNumeroDemande());
        if (lookup instanceof Result refused) {
            return refused;
        }
        DemandeRecord d = (DemandeRecord) lookup;
        // guide §2.1.2: a date proposed during the dialogue becomes the requested date, whatever follows
        d.dateDemandee = r.getDate();
        d.plageDemandee = blankToNull(r.getPlage());
        return slotAnswer(op, d, r.getDate(), r.getPlage());
    }

    private Result precSuiv(RequeteWSDemanderPrecSuiv r) {
        Operation op = Operation.DEMANDER_PREC_SUIV;
        Identite id = new Identite(r.getDNEntreprise(), r.getNumeroCAD(), login(r.getUtilisateur()),
                r.getNumeroVersion());
        Object lookup = lookup(op, id, r.getNumeroDemande());
        if (lookup instanceof Result refused) {
            return refused;
        }
        DemandeRecord d = (DemandeRecord) lookup;
        LocalDate earliest = earliestBookableDay(d.express);
        LocalDate base = d.windowStart != null ? d.windowStart : standardStart(d.dateDemandee, earliest);
        Window w;
        if (r.getSens() == SensPrecSuiv.SUIVANT) {
            w = forward(d.windowStart != null ? WorkingDays.plus(base, 2) : base, earliest);
        } else {
            w = backward(WorkingDays.minus(base, 2), earliest);
        }
        return liste(op, d, w);
    }

    private Result accepter(RequeteWSAccepterRdv r) {
        Operation op = Operation.ACCEPTER_RDV;
        Identite id = new Identite(r.getDNEntreprise(), r.getNumeroCAD(), login(r.getUtilisateur()),
                r.getNumeroVersion());
        Object lookup = lookup(op, id, r.getNumeroDemande());
        if (lookup instanceof Result refused) {
            return refused;
        }
        DemandeRecord d = (DemandeRecord) lookup;
        LocalDate earliest = earliestBookableDay(d.express);
        if (bookable(r.getDate(), r.getPlage(), earliest) && book.book(r.getDate(), r.getPlage())) {
            d.statut = StatutDemande.RDV_PROGRAMME;
            d.rdvProgramme = new DatePlage(r.getDate(), r.getPlage());
            d.windowStart = null;
            ReponseCreerDemandeObjet o = objet(d);
            o.setDateProgrammee(dateProgrammee(r.getDate(), r.getPlage()));
            return new Result(dialogue(op, TypeRetourDialogue.T, "DmdOkDP", List.of(TextesAnnexeA.DMD_OK_DP), o),
                    "DmdOkDP", d.numeroPce, d.numeroDemande);
        }
        return liste(op, d, forward(standardStart(r.getDate(), earliest), earliest));
    }

    private Result abandonnerRdv(RequeteWSAbandonnerRdv r) {
        Operation op = Operation.ABANDONNER_RDV;
        Identite id = new Identite(r.getDNEntreprise(), r.getNumeroCAD(), login(r.getUtilisateur()),
                r.getNumeroVersion());
        Object lookup = lookup(op, id, r.getNumeroDemande());
        if (lookup instanceof Result refused) {
            return refused;
        }
        DemandeRecord d = (DemandeRecord) lookup;
        d.statut = StatutDemande.ENREGISTREE_A_DATE_DEMANDEE;
        ReponseCreerDemandeObjet o = objet(d);
        o.setDateDemandee(d.dateDemandee);
        return new Result(dialogue(op, TypeRetourDialogue.T, "DmdOkDD", List.of(TextesAnnexeA.DMD_OK_DD), o),
                "DmdOkDD", d.numeroPce, d.numeroDemande);
    }

    private Result abandonnerDemande(RequeteWSAbandonnerDemande r) {
        Operation op = Operation.ABANDONNER_DEMANDE;
        Identite id = new Identite(r.getDNEntreprise(), r.getNumeroCAD(), login(r.getUtilisateur()),
                r.getNumeroVersion());
        Object lookup = lookup(op, id, r.getNumeroDemande());
        if (lookup instanceof Result refused) {
            return refused;
        }
        DemandeRecord d = (DemandeRecord) lookup;
        d.statut = StatutDemande.ABANDONNEE;
        return new Result(dmdKo(op, List.of(TextesAnnexeA.DEMANDE_ABANDONNEE), d.numeroDemande), DMD_KO,
                d.numeroPce, d.numeroDemande);
    }

    // ------------------------------------------------------------------ checks

    private String checkIdentite(Identite id) {
        String dn = suppliers.get(id.numeroCad());
        if (dn == null || !dn.strip().equals(id.dnEntreprise() == null ? null : id.dnEntreprise().strip())) {
            return TextesAnnexeA.HABILITATION_INCORRECTE;
        }
        if (isBlank(id.login())) {
            return TextesAnnexeA.LOGIN_NON_RENSEIGNE;
        }
        return null;
    }

    private Refus checkIdentiteEtPce(Identite id, String numeroPce, String codePostal) {
        String identite = checkIdentite(id);
        if (identite != null) {
            return new Refus(identite, StatutDemande.DEMANDE_NON_VALIDEE);
        }
        SimulatedPce pce = pces.get(numeroPce);
        if (pce == null) {
            return new Refus(TextesAnnexeA.pceIncorrectOuInconnu(CODE_PCE_INCONNU),
                    StatutDemande.DEMANDE_IMPOSSIBLE_PCE_INCONNU);
        }
        if (!pce.numeroCadTitulaire().equals(id.numeroCad())) {
            return new Refus(TextesAnnexeA.HABILITATION_INCORRECTE, StatutDemande.DEMANDE_NON_VALIDEE);
        }
        if (codePostal != null && !Departements.of(codePostal).equals(pce.departement())) {
            return new Refus(TextesAnnexeA.COMMUNE_HORS_DEPARTEMENT, StatutDemande.DEMANDE_NON_VALIDEE);
        }
        return null;
    }

    /** The demande an appointment or stop call may act on, or the refusal ({@link Result}) to answer. */
    private Object lookup(Operation op, Identite id, String numeroDemande) {
        String identite = checkIdentite(id);
        DemandeRecord d = demandes.get(numeroDemande);
        String pce = d == null ? null : d.numeroPce;
        if (identite != null) {
            return new Result(dmdKo(op, List.of(identite), numeroDemande), DMD_KO, pce, numeroDemande);
        }
        String code = null;
        if (d == null) {
            code = CODE_DEMANDE_INCONNUE;
        } else if (!d.numeroCad.equals(id.numeroCad())) {
            code = CODE_DEMANDE_AUTRE_FOURNISSEUR;
        } else if (d.statut != StatutDemande.EN_ATTENTE_DE_RDV) {
            code = CODE_DEMANDE_PAS_EN_ATTENTE_DE_RDV;
        }
        if (code != null) {
            return new Result(dmdKo(op, List.of(TextesAnnexeA.dialogueInterrompu(code)), numeroDemande), DMD_KO,
                    pce, numeroDemande);
        }
        return d;
    }

    // ------------------------------------------------------------------ calendar

    private boolean bookable(LocalDate day, String plage, LocalDate earliest) {
        return day != null && plage != null && !day.isBefore(earliest) && book.remaining(day, plage) > 0;
    }

    /** The requested slot when free (DatePlageH), else the list after the requested date (ListeDP). */
    private Result slotAnswer(Operation op, DemandeRecord d, LocalDate date, String plage) {
        LocalDate earliest = earliestBookableDay(d.express);
        if (bookable(date, plage, earliest)) {
            d.windowStart = null;
            ReponseCreerDemandeObjet o = objet(d);
            o.setDateProgrammee(dateProgrammee(date, plage));
            return new Result(dialogue(op, TypeRetourDialogue.P, "DatePlageH",
                    List.of(TextesAnnexeA.DATE_PLAGE_H), o), "DatePlageH", d.numeroPce, d.numeroDemande);
        }
        return liste(op, d, forward(standardStart(date, earliest), earliest));
    }

    private Result liste(Operation op, DemandeRecord d, Window w) {
        d.windowStart = w.start();
        ReponseCreerDemandeObjet o = objet(d);
        for (DatePlage slot : w.slots()) {
            io.github.omegadit.internal.generated.DatePlage dp = new io.github.omegadit.internal.generated.DatePlage();
            dp.setDate(slot.date());
            dp.setPlage(slot.plage());
            o.getListeDatePlage().add(dp);
        }
        return new Result(dialogue(op, TypeRetourDialogue.P, "ListeDP", List.of(TextesAnnexeA.LISTE_DP), o),
                "ListeDP", d.numeroPce, d.numeroDemande);
    }

    /** The first day of the list offered for a requested date: the next working day, not before the earliest. */
    private static LocalDate standardStart(LocalDate requested, LocalDate earliest) {
        LocalDate next = WorkingDays.next(requested);
        return next.isBefore(earliest) ? earliest : next;
    }

    /** The free slots of the two working days from {@code start} (not before {@code earliest}), at most 24. */
    private List<DatePlage> windowSlots(LocalDate start, LocalDate earliest) {
        List<DatePlage> out = new ArrayList<>();
        LocalDate day = WorkingDays.onOrAfter(start.isBefore(earliest) ? earliest : start);
        for (int i = 0; i < 2; i++) {
            out.addAll(book.freeSlots(day));
            day = WorkingDays.next(day);
        }
        return out.size() > MAX_SLOTS ? List.copyOf(out.subList(0, MAX_SLOTS)) : out;
    }

    /** The first two-day window from {@code start} onwards that has a free slot. */
    private Window forward(LocalDate start, LocalDate earliest) {
        LocalDate first = WorkingDays.onOrAfter(start.isBefore(earliest) ? earliest : start);
        LocalDate s = first;
        for (int i = 0; i < HORIZON_WINDOWS; i++) {
            List<DatePlage> slots = windowSlots(s, earliest);
            if (!slots.isEmpty()) {
                return new Window(s, slots);
            }
            s = WorkingDays.plus(s, 2);
        }
        return new Window(first, List.of());
    }

    /** The first two-day window from {@code start} backwards, never before {@code earliest}, that has a free slot. */
    private Window backward(LocalDate start, LocalDate earliest) {
        LocalDate first = WorkingDays.onOrAfter(start.isBefore(earliest) ? earliest : start);
        LocalDate s = first;
        while (true) {
            List<DatePlage> slots = windowSlots(s, earliest);
            if (!slots.isEmpty()) {
                return new Window(s, slots);
            }
            if (!s.isAfter(earliest)) {
                return forward(first, earliest);
            }
            LocalDate back = WorkingDays.minus(s, 2);
            s = back.isBefore(earliest) ? earliest : back;
        }
    }

    private DateProgrammee dateProgrammee(LocalDate date, String plage) {
        PlageHoraire p = book.plage(plage).orElseThrow();
        DateProgrammee dp = new DateProgrammee();
        dp.setDate(date);
        dp.setPlageHoraire(plage);
        dp.setHeureMin(p.heureMin());
        dp.setHeureMax(p.heureMax());
        return dp;
    }

    // ------------------------------------------------------------------ answers

    private static ReponseWSVerifierRecevabiliteDIT recevabilite(TypeRetourDialogue type, String code,
            String message, List<Interventions> interventions) {
        return recevabilite(type, code, List.of(message), interventions);
    }

    private static ReponseWSVerifierRecevabiliteDIT recevabilite(TypeRetourDialogue type, String code,
            List<String> messages, List<Interventions> interventions) {
        ReponseWSVerifierRecevabiliteDIT r = new ReponseWSVerifierRecevabiliteDIT();
        r.setTypeRetourDialogue(type);
        RetourRecevabilite retour = new RetourRecevabilite();
        retour.setCodeRetour(code);
        retour.getMessageRetour().addAll(messages);
        retour.getInterventions().addAll(interventions);
        r.setRetour(retour);
        return r;
    }

    /** A DmdKo in the answer element of the operation, carrying the NumeroDemande when there is one. */
    private static Object dmdKo(Operation op, List<String> messages, String numeroDemande) {
        if (op == Operation.VERIFIER_RECEVABILITE_DIT) {
            return recevabilite(TypeRetourDialogue.A, DMD_KO, messages, List.of());
        }
        ReponseCreerDemandeObjet o = null;
        if (numeroDemande != null) {
            o = new ReponseCreerDemandeObjet();
            o.setNumeroDemande(numeroDemande);
        }
        return dialogue(op, TypeRetourDialogue.A, DMD_KO, messages, o);
    }

    private static JAXBElement<ReponseDialogueDIT> dialogue(Operation op, TypeRetourDialogue type, String code,
            List<String> messages, ReponseCreerDemandeObjet objet) {
        ReponseDialogueDIT r = new ReponseDialogueDIT();
        r.setTypeRetourDialogue(type);
        Retour retour = new Retour();
        retour.setCodeRetour(code);
        retour.getMessageRetour().addAll(messages);
        r.setRetour(retour);
        r.setReponseCreerDemandeObjet(objet);
        return switch (op) {
            case CREER_DEMANDE_DIT -> Jaxb.FACTORY.createReponseWSCreerDIT(r);
            case PROPOSER_DATE_PLAGE -> Jaxb.FACTORY.createReponseWSProposerDatePlage(r);
            case DEMANDER_PREC_SUIV -> Jaxb.FACTORY.createReponseWSDemanderPrecSuiv(r);
            case ACCEPTER_RDV -> Jaxb.FACTORY.createReponseWSAccepterRdv(r);
            case ABANDONNER_RDV -> Jaxb.FACTORY.createReponseWSAbandonnerRdv(r);
            case ABANDONNER_DEMANDE -> Jaxb.FACTORY.createReponseWSAbandonnerDemande(r);
            case VERIFIER_RECEVABILITE_DIT -> throw new IllegalArgumentException("not a dialogue answer: " + op);
        };
    }

    private static ReponseCreerDemandeObjet objet(DemandeRecord d) {
        ReponseCreerDemandeObjet o = new ReponseCreerDemandeObjet();
        o.setNumeroDemande(d.numeroDemande);
        o.setPresenceClient(Presence.of(d.codeIntervention));
        return o;
    }

    // ------------------------------------------------------------------ helpers

    private void record(Operation op, String pce, String numeroDemande, String codeRetour, String rawBody) {
        calls.addLast(new RecordedCall(op, pce, numeroDemande, codeRetour, rawBody, clock.instant()));
        while (calls.size() > MAX_RECORDED_CALLS) {
            calls.removeFirst();
        }
        counts.merge(op, 1, Integer::sum);
    }

    private String nextNumero() {
        return String.format("DIT%09d", sequence.incrementAndGet());
    }

    private String pceOf(Object request) {
        if (request instanceof RequeteWSVerifierRecevabiliteDIT r) {
            return r.getNumeroPCE();
        }
        if (request instanceof RequeteWSCreerDIT r) {
            return r.getDemande() == null ? null : r.getDemande().getNumeroPCE();
        }
        String numero = numeroDemandeOf(request);
        DemandeRecord d = numero == null ? null : demandes.get(numero);
        return d == null ? null : d.numeroPce;
    }

    private static String numeroDemandeOf(Object request) {
        if (request instanceof RequeteWSProposerDatePlage r) {
            return r.getNumeroDemande();
        }
        if (request instanceof RequeteWSDemanderPrecSuiv r) {
            return r.getNumeroDemande();
        }
        if (request instanceof RequeteWSAccepterRdv r) {
            return r.getNumeroDemande();
        }
        if (request instanceof RequeteWSAbandonnerRdv r) {
            return r.getNumeroDemande();
        }
        if (request instanceof RequeteWSAbandonnerDemande r) {
            return r.getNumeroDemande();
        }
        return null;
    }

    private static NumeroVersion version(String text) {
        try {
            return NumeroVersion.parse(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static String login(Utilisateur u) {
        return u == null ? null : u.getLogin();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }
}
