/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import static io.github.omegadit.protocol.Operation.ABANDONNER_DEMANDE;
import static io.github.omegadit.protocol.Operation.ABANDONNER_RDV;
import static io.github.omegadit.protocol.Operation.ACCEPTER_RDV;
import static io.github.omegadit.protocol.Operation.CREER_DEMANDE_DIT;
import static io.github.omegadit.protocol.Operation.DEMANDER_PREC_SUIV;
import static io.github.omegadit.protocol.Operation.PROPOSER_DATE_PLAGE;
import static io.github.omegadit.protocol.Operation.VERIFIER_RECEVABILITE_DIT;

import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.TypeRetourDialogue;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guide's Annexe A, "Les codes retour", as the one table every part of the library reads: for each row, its
 * TypeRetourDialogue, its CodeRetour, the calls that may answer with it, the record of this package that carries it,
 * and ({@link Libelle}) the texts the guide prints for it. The client maps answers through it, the simulator builds
 * its answers from it, {@link Raison} parses DmdKo texts with it and the command line derives its exit codes from it.
 *
 * <p>The same (TypeRetourDialogue, CodeRetour) pair may be two rows: "P / Message" is {@link #RECEVABLE} for
 * VerifierRecevabiliteDIT and {@link #MESSAGE} for CreerDemandeDIT. A pair that is not a row for the call that
 * received it becomes {@link CodeRetourInconnu}, kept as sent.
 *
 * <p><b>Adding a row</b> (a new CodeRetour in a later guide) is one constant here, one record implementing the step
 * types that may receive it, and whatever the compiler then asks for: the wire mapping switches over this enum
 * without a default, and each step's {@code Visitor} gains a method — a breaking change for callers who implement a
 * {@code Visitor}, on purpose (see {@link CreationReponse.Visitor}).
 */
public enum AnnexeA {

    /** P / Message to VerifierRecevabiliteDIT: the DIT is receivable; the answer lists the allowed interventions. */
    RECEVABLE(TypeRetourDialogue.P, "Message", Recevable.class, EnumSet.of(VERIFIER_RECEVABILITE_DIT)),
    /** T / DmdOkDP: a Date Programmée is registered in OMEGA. */
    DMD_OK_DP(TypeRetourDialogue.T, "DmdOkDP", DmdOkDP.class,
            EnumSet.of(CREER_DEMANDE_DIT, PROPOSER_DATE_PLAGE, DEMANDER_PREC_SUIV, ACCEPTER_RDV)),
    /** T / DmdOkDD: a Date Demandée is registered; a technician calls the customer to confirm. */
    DMD_OK_DD(TypeRetourDialogue.T, "DmdOkDD", DmdOkDD.class,
            EnumSet.of(CREER_DEMANDE_DIT, PROPOSER_DATE_PLAGE, DEMANDER_PREC_SUIV, ACCEPTER_RDV, ABANDONNER_RDV)),
    /** T / DmdOk: relance accepted. */
    DMD_OK(TypeRetourDialogue.T, "DmdOk", DmdOk.class, EnumSet.of(CREER_DEMANDE_DIT)),
    /** P / Message to CreerDemandeDIT: registered at the requested date, analyse codeMessageOMEGA to go on. */
    MESSAGE(TypeRetourDialogue.P, "Message", Message.class, EnumSet.of(CREER_DEMANDE_DIT)),
    /** P / DatePlageH: the requested date and plage are free: confirm with AccepterRdv. */
    DATE_PLAGE_H(TypeRetourDialogue.P, "DatePlageH", DatePlageH.class,
            EnumSet.of(CREER_DEMANDE_DIT, PROPOSER_DATE_PLAGE, DEMANDER_PREC_SUIV, ACCEPTER_RDV)),
    /** P / ListeDP: not free: choose one of the listed slots (at most 24). */
    LISTE_DP(TypeRetourDialogue.P, "ListeDP", ListeDP.class,
            EnumSet.of(CREER_DEMANDE_DIT, PROPOSER_DATE_PLAGE, DEMANDER_PREC_SUIV, ACCEPTER_RDV)),
    /** A / DmdKo: abandoned, no date registered; one or more {@link Libelle}s of this row say why. */
    DMD_KO(TypeRetourDialogue.A, "DmdKo", DmdKo.class, EnumSet.allOf(Operation.class));

    /** "Donnée incorrecte : champ / cohérence", possibly several in one message (for {@link Raison}). */
    static final Pattern DONNEES_INCORRECTES = Pattern.compile(
            "Donn[ée]e incorrecte\\s*:\\s*([^/]*?)\\s*/\\s*(.*?)\\s*(?=Donn[ée]e incorrecte|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private final TypeRetourDialogue type;
    private final String codeRetour;
    private final Class<? extends Reponse> record;
    private final Set<Operation> operations;

    AnnexeA(TypeRetourDialogue type, String codeRetour, Class<? extends Reponse> record, Set<Operation> operations) {
        this.type = type;
        this.codeRetour = codeRetour;
        this.record = record;
        this.operations = Collections.unmodifiableSet(operations);
    }

    /** The row's TypeRetourDialogue. */
    public TypeRetourDialogue typeRetourDialogue() {
        return type;
    }

    /** The row's CodeRetour, as sent on the wire. */
    public String codeRetour() {
        return codeRetour;
    }

    /** The record of this package that carries the row. */
    public Class<? extends Reponse> record() {
        return record;
    }

    /** The calls that may answer with this row (unmodifiable). */
    public Set<Operation> operations() {
        return operations;
    }

    /** The guide's texts of this row, in the guide's order. */
    public List<Libelle> libelles() {
        List<Libelle> out = new ArrayList<>();
        for (Libelle l : Libelle.values()) {
            if (l.row == this) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The row of an answer to {@code operation}, or empty when the pair is not a row of Annexe A for that call.
     *
     * @param type       the TypeRetourDialogue received, {@code null} when it was not P, A or T
     * @param codeRetour the CodeRetour received, may be {@code null}
     */
    public static Optional<AnnexeA> row(Operation operation, TypeRetourDialogue type, String codeRetour) {
        Objects.requireNonNull(operation, "operation");
        for (AnnexeA row : values()) {
            if (row.type == type && row.codeRetour.equals(codeRetour) && row.operations.contains(operation)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** The codeMessageOMEGA appended to a text of {@code row} among {@code messages}, or {@code null} when none is. */
    static String codeMessageOmega(AnnexeA row, List<String> messages) {
        for (String m : messages) {
            Libelle l = Libelle.of(row, m).orElse(null);
            if (l != null && l.complement == Complement.CODE_MESSAGE_OMEGA) {
                String code = l.complementDe(m);
                if (!code.isEmpty()) {
                    return code;
                }
            }
        }
        return null;
    }

    /** How OMEGA completes a text of Annexe A. */
    public enum Complement {
        /** The text is sent as printed. */
        AUCUN,
        /** Followed by a codeMessageOMEGA, the code of an OMEGA message. */
        CODE_MESSAGE_OMEGA,
        /** Followed by a codeErreur, the code of the refusal. */
        CODE_ERREUR,
        /** Followed by {@code codeChamp + " / " + codeCohérence}: the field and the rule broken. */
        CODE_CHAMP_ET_COHERENCE
    }

    /**
     * Every text of Annexe A ("Libellé associé au Code Retour"), exactly as the guide prints it, with its row and the
     * codes OMEGA appends to it. The codes are opaque strings documented in the distributor's implementation guide.
     */
    public enum Libelle {
        /** DmdOkDP. */
        RDV_PROGRAMME(DMD_OK_DP, "Le rendez-vous a été programmé avec succès.", Complement.AUCUN),
        /** DmdOkDD, without code. */
        RDV_DATE_DEMANDEE(DMD_OK_DD, "Le rendez-vous a été enregistré à la date demandée, un technicien rappellera le"
                + " client pour confirmer le rendez-vous.", Complement.AUCUN),
        /** DmdOkDD with a codeMessageOMEGA. */
        RDV_DATE_DEMANDEE_CODE(DMD_OK_DD, "Le rendez-vous a été enregistré à la date demandée, un technicien"
                + " rappellera le client pour confirmer le rendez-vous : ", Complement.CODE_MESSAGE_OMEGA),
        /** DmdOk: relance. */
        DEMANDE_PRISE_EN_COMPTE(DMD_OK, "Votre demande a été prise en compte", Complement.AUCUN),
        /** Message to CreerDemandeDIT, with a codeMessageOMEGA. */
        RDV_DATE_DEMANDEE_POURSUIVRE(MESSAGE, "Le rendez-vous a été enregistré à la date demandée, pour poursuivre"
                + " analyser le message lié au code suivant : ", Complement.CODE_MESSAGE_OMEGA),
        /** Message to VerifierRecevabiliteDIT. */
        DEMANDE_RECEVABLE(RECEVABLE, "Demande recevable", Complement.AUCUN),
        /** DatePlageH. */
        DATE_PLAGE_DISPONIBLE(DATE_PLAGE_H, "La date et la plage horaire demandées sont disponibles. Confirmez le"
                + " rendez-vous.", Complement.AUCUN),
        /** ListeDP. */
        DATE_PLAGE_INDISPONIBLE(LISTE_DP, "La date et la plage horaire demandées ne sont pas disponibles. Choisissez"
                + " une nouvelle date et ou plage horaire dans la liste.", Complement.AUCUN),
        /** DmdKo: the PCE is not held by this supplier, or the certificate and NumeroCAD do not match. */
        HABILITATION_INCORRECTE(DMD_KO, "Habilitation incorrecte", Complement.AUCUN),
        /** DmdKo: outside OMEGA's opening hours. */
        SERVICE_INDISPONIBLE(DMD_KO, "Ce service est actuellement indisponible. Veuillez renouveler votre demande"
                + " pendant les heures d'ouverture du système OMEGA", Complement.AUCUN),
        /** DmdKo: maintenance. */
        MAINTENANCE(DMD_KO, "Ce service est actuellement indisponible suite à une opération de maintenance. Veuillez"
                + " renouveler votre demande ultérieurement", Complement.AUCUN),
        /** DmdKo: CodePostal outside the PCE's département. */
        COMMUNE_HORS_DEPARTEMENT(DMD_KO, "La commune du PCE n'est pas dans le même département que le code postal"
                + " saisi : merci de corriger le PCE et/ou le code postal", Complement.AUCUN),
        /** DmdKo. */
        ETAT_CAD_INVALIDE(DMD_KO, "Etat du CAD invalide", Complement.AUCUN),
        /** DmdKo: Utilisateur.Login missing. */
        LOGIN_NON_RENSEIGNE(DMD_KO, "Le login doit être renseigné.", Complement.AUCUN),
        /** DmdKo: the answer to AbandonnerDemande. */
        DEMANDE_ABANDONNEE(DMD_KO, "Demande abandonnée", Complement.AUCUN),
        /** DmdKo, followed by a codeErreur. */
        PCE_INCORRECT_OU_INCONNU(DMD_KO, "Numéro de PCE incorrect ou inconnu", Complement.CODE_ERREUR),
        /** DmdKo, followed by a codeErreur: check the demande's state at OMEGA. */
        DIALOGUE_INTERROMPU(DMD_KO, "Dialogue interrompu suite à un problème technique, vérifiez l'état de la demande"
                + " sur le portail ou les publications OMEGA.", Complement.CODE_ERREUR),
        /** DmdKo, followed by a codeErreur. */
        DEMANDE_NON_RECEVABLE(DMD_KO, "Demande non recevable : ", Complement.CODE_ERREUR),
        /** DmdKo, once per faulty field, followed by codeChamp / codeCohérence. */
        DONNEE_INCORRECTE(DMD_KO, "Donnée incorrecte : ", Complement.CODE_CHAMP_ET_COHERENCE),
        /** DmdKo: ContactIntervention.Telephone not digits only (NumeroVersion V8 or later). */
        TELEPHONE_NON_NUMERIQUE(DMD_KO, "Champ numéro de téléphone incorrect : caractères numériques uniquement",
                Complement.AUCUN);

        private final AnnexeA row;
        private final String texte;
        private final Complement complement;
        /** The text folded for matching: lower case, no accents, typographic apostrophes straightened. */
        private final String folded;

        Libelle(AnnexeA row, String texte, Complement complement) {
            this.row = row;
            this.texte = texte;
            this.complement = complement;
            this.folded = fold(texte);
        }

        /** The row this text belongs to. */
        public AnnexeA row() {
            return row;
        }

        /** The text as the guide prints it; for a completed text, the part before the codes. */
        public String texte() {
            return texte;
        }

        /** What OMEGA appends. */
        public Complement complement() {
            return complement;
        }

        /**
         * The message OMEGA sends with these codes: the text alone for {@link Complement#AUCUN}; the text, a space
         * unless it ends with one, and the code for one code; {@code codeChamp + " / " + codeCohérence} after the
         * text for {@link Complement#CODE_CHAMP_ET_COHERENCE}.
         *
         * @throws IllegalArgumentException when the number of codes does not match {@link #complement()}
         */
        public String avec(String... codes) {
            int expected = switch (complement) {
                case AUCUN -> 0;
                case CODE_MESSAGE_OMEGA, CODE_ERREUR -> 1;
                case CODE_CHAMP_ET_COHERENCE -> 2;
            };
            if (codes.length != expected) {
                throw new IllegalArgumentException(name() + " takes " + expected + " code(s), got " + codes.length);
            }
            return switch (complement) {
                case AUCUN -> texte;
                case CODE_MESSAGE_OMEGA, CODE_ERREUR -> texte + (texte.endsWith(" ") ? "" : " ") + codes[0];
                case CODE_CHAMP_ET_COHERENCE -> texte + codes[0] + " / " + codes[1];
            };
        }

        /**
         * The text of {@code row} that {@code message} is, if any. Matching ignores case, accents, surrounding blanks
         * and the kind of apostrophe, as OMEGA's texts vary in those between platforms. A completed text followed by a
         * code wins over a plain text with the same beginning ("…confirmer le rendez-vous : 42" is
         * {@link #RDV_DATE_DEMANDEE_CODE}, "…confirmer le rendez-vous." {@link #RDV_DATE_DEMANDEE}).
         */
        public static Optional<Libelle> of(AnnexeA row, String message) {
            if (message == null) {
                return Optional.empty();
            }
            String m = fold(message);
            Libelle best = null;
            int bestRank = 0;
            for (Libelle l : values()) {
                String prefix = stripEnd(l.folded);
                if (l.row != row || !m.startsWith(prefix)) {
                    continue;
                }
                boolean hasCode = !codes(m, prefix.length()).isEmpty();
                // 3: completed text with its code; 2: plain text; 1: completed text whose code is missing
                int rank = l.complement == Complement.AUCUN ? 2 : hasCode ? 3 : 1;
                if (rank > bestRank || rank == bestRank && prefix.length() > stripEnd(best.folded).length()) {
                    best = l;
                    bestRank = rank;
                }
            }
            return Optional.ofNullable(best);
        }

        /** The codes OMEGA appended to this text in {@code message}, as sent; empty when there are none. */
        public String complementDe(String message) {
            if (complement == Complement.AUCUN || message == null) {
                return "";
            }
            String raw = message.strip();
            return codes(raw, Math.min(raw.length(), stripEnd(texte.strip()).length()));
        }

        /** What follows {@code from} in {@code message}, without the separators OMEGA puts before a code. */
        private static String codes(String message, int from) {
            String rest = message.substring(from).strip();
            while (!rest.isEmpty() && ":-.".indexOf(rest.charAt(0)) >= 0) {
                rest = rest.substring(1).strip();
            }
            return rest;
        }

        private static String stripEnd(String s) {
            String out = s;
            while (!out.isEmpty() && ":. ".indexOf(out.charAt(out.length() - 1)) >= 0) {
                out = out.substring(0, out.length() - 1);
            }
            return out;
        }

        static String fold(String s) {
            String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "")
                    .replace('\u2019', '\'');
            return n.toLowerCase(Locale.ROOT);
        }
    }
}
