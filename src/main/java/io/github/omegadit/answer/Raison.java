/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.answer.AnnexeA.Libelle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * One reason of a {@link DmdKo}, parsed from a {@code MessageRetour} text with the texts of {@link AnnexeA} (row
 * {@link AnnexeA#DMD_KO}). The codes OMEGA appends (codeChamp, codeCohérence, codeErreur) are opaque strings,
 * documented in the distributor's implementation guide. The raw text is always kept in {@link #texte()}; a text the
 * table does not hold becomes {@link Autre}.
 */
public sealed interface Raison {

    /** The message exactly as OMEGA sent it. */
    String texte();

    /**
     * "Donnée incorrecte : codeChamp / codeCohérence" (OMEGA sends one per faulty field).
     *
     * @param codeChamp     the field
     * @param codeCoherence the rule it breaks
     * @param texte         the message as sent
     */
    record DonneeIncorrecte(String codeChamp, String codeCoherence, String texte) implements Raison {}

    /**
     * "Numéro de PCE incorrect ou inconnu" + codeErreur.
     *
     * @param codeErreur the code appended, empty when none
     * @param texte      the message as sent
     */
    record PceIncorrectOuInconnu(String codeErreur, String texte) implements Raison {}

    /**
     * "Demande non recevable : " + codeErreur.
     *
     * @param codeErreur the code appended, empty when none
     * @param texte      the message as sent
     */
    record NonRecevable(String codeErreur, String texte) implements Raison {}

    /**
     * "Dialogue interrompu suite à un problème technique…" + codeErreur: check the demande's state.
     *
     * @param codeErreur the code appended, empty when none
     * @param texte      the message as sent
     */
    record DialogueInterrompu(String codeErreur, String texte) implements Raison {}

    /**
     * One of the texts of Annexe A that carry no code ("Habilitation incorrecte", "Demande abandonnée"…).
     *
     * @param libelle the text of the table
     * @param texte   the message as sent
     */
    record Fixe(Libelle libelle, String texte) implements Raison {}

    /**
     * A text this version of the library does not recognise.
     *
     * @param texte the message as sent
     */
    record Autre(String texte) implements Raison {}

    /** Parses every reason found in the messages of a DmdKo, in order. */
    static List<Raison> parseAll(List<String> messages) {
        List<Raison> out = new ArrayList<>(messages.size());
        for (String m : messages) {
            out.addAll(parse(m));
        }
        return List.copyOf(out);
    }

    /**
     * Parses one MessageRetour. Usually one reason; several when OMEGA packed several "Donnée incorrecte" into one
     * message.
     */
    static List<Raison> parse(String texte) {
        String raw = texte == null ? "" : texte;
        Libelle libelle = Libelle.of(AnnexeA.DMD_KO, raw).orElse(null);
        if (libelle == null) {
            return List.of(new Autre(raw));
        }
        return switch (libelle) {
            case DONNEE_INCORRECTE -> donneesIncorrectes(raw);
            case PCE_INCORRECT_OU_INCONNU -> List.of(new PceIncorrectOuInconnu(libelle.complementDe(raw), raw));
            case DEMANDE_NON_RECEVABLE -> List.of(new NonRecevable(libelle.complementDe(raw), raw));
            case DIALOGUE_INTERROMPU -> List.of(new DialogueInterrompu(libelle.complementDe(raw), raw));
            default -> List.of(new Fixe(libelle, raw));
        };
    }

    private static List<Raison> donneesIncorrectes(String raw) {
        List<Raison> list = new ArrayList<>();
        Matcher m = AnnexeA.DONNEES_INCORRECTES.matcher(raw);
        while (m.find()) {
            list.add(new DonneeIncorrecte(m.group(1).trim(), m.group(2).trim(), raw));
        }
        return list.isEmpty() ? List.of(new Autre(raw)) : List.copyOf(list);
    }
}
