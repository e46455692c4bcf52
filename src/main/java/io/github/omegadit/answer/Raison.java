/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.internal.soap.MessageCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * One reason of a {@link DmdKo}, parsed from a {@code MessageRetour} text (guide Annexe A). The codes OMEGA appends
 * (codeChamp, codeCohérence, codeErreur) are opaque strings, documented in the distributor's implementation guide.
 * The raw text is always kept in {@link #texte()}; a text we do not recognise becomes {@link Autre}.
 */
public sealed interface Raison {

    /** The message exactly as OMEGA sent it. */
    String texte();

    /** "Donnée incorrecte : codeChamp / codeCohérence" (OMEGA sends one per faulty field). */
    record DonneeIncorrecte(String codeChamp, String codeCoherence, String texte) implements Raison {}

    /** "Numéro de PCE incorrect ou inconnu" + codeErreur. */
    record PceIncorrectOuInconnu(String codeErreur, String texte) implements Raison {}

    /** "Demande non recevable : " + codeErreur. */
    record NonRecevable(String codeErreur, String texte) implements Raison {}

    /** "Dialogue interrompu suite à un problème technique…" + codeErreur: check the demande's state. */
    record DialogueInterrompu(String codeErreur, String texte) implements Raison {}

    /** One of the fixed texts of Annexe A. */
    record Fixe(RaisonFixe raison, String texte) implements Raison {}

    /** A text this version of the library does not recognise. */
    record Autre(String texte) implements Raison {}

    /** The fixed DmdKo texts of Annexe A. */
    enum RaisonFixe {
        /** "Habilitation incorrecte": the PCE is not held by this supplier, or the certificate/CAD do not match. */
        HABILITATION_INCORRECTE("habilitation incorrecte"),
        /** "Ce service est actuellement indisponible. Veuillez renouveler votre demande pendant les heures…". */
        SERVICE_INDISPONIBLE("ce service est actuellement indisponible. veuillez renouveler votre demande pendant"),
        /** "Ce service est actuellement indisponible suite à une opération de maintenance…". */
        MAINTENANCE("ce service est actuellement indisponible suite a une operation de maintenance"),
        /** "La commune du PCE n'est pas dans le même département que le code postal saisi…". */
        COMMUNE_HORS_DEPARTEMENT("la commune du pce n'est pas dans le meme departement"),
        /** "Etat du CAD invalide". */
        ETAT_CAD_INVALIDE("etat du cad invalide"),
        /** "Le login doit être renseigné.". */
        LOGIN_NON_RENSEIGNE("le login doit etre renseigne"),
        /** "Demande abandonnée": answer to AbandonnerDemande. */
        DEMANDE_ABANDONNEE("demande abandonnee"),
        /** "Champ numéro de téléphone incorrect : caractères numériques uniquement". */
        TELEPHONE_NON_NUMERIQUE("champ numero de telephone incorrect");

        private final String prefix;

        RaisonFixe(String prefix) {
            this.prefix = prefix;
        }
    }

    /** Parses every reason found in the messages of a DmdKo, in order. */
    static List<Raison> parseAll(List<String> messages) {
        List<Raison> out = new ArrayList<>(messages.size());
        for (String m : messages) {
            out.addAll(parse(m));
        }
        return List.copyOf(out);
    }

    /**
     * Parses one MessageRetour. Usually one reason; several when OMEGA packed several
     * "Donnée incorrecte" into one message.
     */
    static List<Raison> parse(String texte) {
        String raw = texte == null ? "" : texte;
        String norm = MessageCodes.normalise(raw);
        if (norm.startsWith("donnee incorrecte")) {
            List<Raison> list = new ArrayList<>();
            Matcher m = MessageCodes.DONNEE_INCORRECTE.matcher(raw);
            while (m.find()) {
                list.add(new DonneeIncorrecte(m.group(1).trim(), m.group(2).trim(), raw));
            }
            if (!list.isEmpty()) {
                return list;
            }
            return List.of(new Autre(raw));
        }
        if (norm.startsWith("numero de pce incorrect ou inconnu")) {
            return List.of(new PceIncorrectOuInconnu(MessageCodes.codeAfter(raw, "inconnu"), raw));
        }
        if (norm.startsWith("demande non recevable")) {
            return List.of(new NonRecevable(MessageCodes.codeAfter(raw, "recevable"), raw));
        }
        if (norm.startsWith("dialogue interrompu")) {
            return List.of(new DialogueInterrompu(MessageCodes.codeAfter(raw, "OMEGA."), raw));
        }
        for (RaisonFixe f : RaisonFixe.values()) {
            if (norm.startsWith(f.prefix)) {
                return List.of(new Fixe(f, raw));
            }
        }
        return List.of(new Autre(raw));
    }
}
