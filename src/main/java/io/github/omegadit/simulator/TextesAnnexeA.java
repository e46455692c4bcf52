/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

/**
 * The MessageRetour texts of the guide's Annexe A, exactly as the simulator sends them, for forced answers and
 * assertions. The codes OMEGA appends (codeErreur, codeChamp, codeCohérence, codeMessageOMEGA) are documented in the
 * distributor's implementation guide; the simulator's own codes are listed on {@link OmegaSimulator}.
 */
public final class TextesAnnexeA {

    /** T / DmdOkDP. */
    public static final String DMD_OK_DP = "Le rendez-vous a été programmé avec succès.";
    /** T / DmdOkDD, without codeMessageOMEGA. */
    public static final String DMD_OK_DD = "Le rendez-vous a été enregistré à la date demandée, un technicien "
            + "rappellera le client pour confirmer le rendez-vous.";
    /** T / DmdOk: relance. */
    public static final String DMD_OK = "Votre demande a été prise en compte";
    /** P / Message: the receivability check passed. */
    public static final String DEMANDE_RECEVABLE = "Demande recevable";
    /** P / DatePlageH. */
    public static final String DATE_PLAGE_H = "La date et la plage horaire demandées sont disponibles. "
            + "Confirmez le rendez-vous.";
    /** P / ListeDP. */
    public static final String LISTE_DP = "La date et la plage horaire demandées ne sont pas disponibles. "
            + "Choisissez une nouvelle date et ou plage horaire dans la liste.";
    /** A / DmdKo. */
    public static final String HABILITATION_INCORRECTE = "Habilitation incorrecte";
    /** A / DmdKo. */
    public static final String SERVICE_INDISPONIBLE = "Ce service est actuellement indisponible. Veuillez renouveler "
            + "votre demande pendant les heures d'ouverture du système OMEGA";
    /** A / DmdKo. */
    public static final String MAINTENANCE = "Ce service est actuellement indisponible suite à une opération de "
            + "maintenance. Veuillez renouveler votre demande ultérieurement";
    /** A / DmdKo. */
    public static final String COMMUNE_HORS_DEPARTEMENT = "La commune du PCE n'est pas dans le même département que "
            + "le code postal saisi : merci de corriger le PCE et/ou le code postal";
    /** A / DmdKo. */
    public static final String ETAT_CAD_INVALIDE = "Etat du CAD invalide";
    /** A / DmdKo. */
    public static final String LOGIN_NON_RENSEIGNE = "Le login doit être renseigné.";
    /** A / DmdKo: answer to AbandonnerDemande. */
    public static final String DEMANDE_ABANDONNEE = "Demande abandonnée";
    /** A / DmdKo, followed by a codeErreur: see {@link #pceIncorrectOuInconnu(String)}. */
    public static final String PCE_INCORRECT_OU_INCONNU = "Numéro de PCE incorrect ou inconnu";
    /** A / DmdKo, followed by a codeErreur: see {@link #dialogueInterrompu(String)}. */
    public static final String DIALOGUE_INTERROMPU = "Dialogue interrompu suite à un problème technique, vérifiez "
            + "l'état de la demande sur le portail ou les publications OMEGA.";
    /** A / DmdKo, followed by a codeErreur: see {@link #demandeNonRecevable(String)}. */
    public static final String DEMANDE_NON_RECEVABLE = "Demande non recevable : ";
    /** A / DmdKo, once per faulty field: see {@link #donneeIncorrecte(String, String)}. */
    public static final String DONNEE_INCORRECTE = "Donnée incorrecte : ";
    /** A / DmdKo: ContactIntervention.Telephone not digits only at NumeroVersion V8 or later. */
    public static final String TELEPHONE_NON_NUMERIQUE =
            "Champ numéro de téléphone incorrect : caractères numériques uniquement";

    private TextesAnnexeA() {}

    /** "Numéro de PCE incorrect ou inconnu" + a space + codeErreur. */
    public static String pceIncorrectOuInconnu(String codeErreur) {
        return PCE_INCORRECT_OU_INCONNU + " " + codeErreur;
    }

    /** "Dialogue interrompu suite à un problème technique, …OMEGA." + a space + codeErreur. */
    public static String dialogueInterrompu(String codeErreur) {
        return DIALOGUE_INTERROMPU + " " + codeErreur;
    }

    /** "Demande non recevable : " + codeErreur. */
    public static String demandeNonRecevable(String codeErreur) {
        return DEMANDE_NON_RECEVABLE + codeErreur;
    }

    /** "Donnée incorrecte : " + codeChamp + " / " + codeCohérence. */
    public static String donneeIncorrecte(String codeChamp, String codeCoherence) {
        return DONNEE_INCORRECTE + codeChamp + " / " + codeCoherence;
    }

    /** The DmdOkDD text with a codeMessageOMEGA: "…confirmer le rendez-vous : " + code. */
    public static String dmdOkDD(String codeMessageOmega) {
        return "Le rendez-vous a été enregistré à la date demandée, un technicien rappellera le client pour confirmer "
                + "le rendez-vous : " + codeMessageOmega;
    }

    /** The P / Message text with a codeMessageOMEGA: "…analyser le message lié au code suivant : " + code. */
    public static String messageCodeSuivant(String codeMessageOmega) {
        return "Le rendez-vous a été enregistré à la date demandée, pour poursuivre analyser le message lié au code "
                + "suivant : " + codeMessageOmega;
    }
}
