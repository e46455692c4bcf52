/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

/** Field paths of the violations, spelled as in the guide (§3.2.1.1 and §3.3.1.1). */
final class Fields {

    private Fields() {}

    static final String NUMERO_VERSION = "NumeroVersion";
    static final String LOGIN = "Utilisateur.Login";

    /** VerifierRecevabiliteDIT carries these at the top level of its request. */
    static final String NUMERO_PCE = "NumeroPCE";
    static final String CODE_POSTAL = "CodePostal";

    static final String DEMANDE_NUMERO_PCE = "Demande.NumeroPCE";
    static final String DEMANDE_CODE_POSTAL = "Demande.CodePostal";

    private static final String TYPE_DEMANDE = "Demande.DonneesTypeDemande.";
    static final String CODE_INTERVENTION = TYPE_DEMANDE + "CodeLibelleIntervention";
    static final String CODE_MOTIF = TYPE_DEMANDE + "CodeMotifIntervention";
    static final String OPTION_EXPRESS = TYPE_DEMANDE + "OptionExpress";
    static final String PRECISION = TYPE_DEMANDE + "PrecisionIntervention";
    static final String INDEX_CONTESTE = TYPE_DEMANDE + "IndexConteste";
    static final String INDEX_CONTESTE_TYPE = INDEX_CONTESTE + ".TypeIndex";
    static final String INDEX_CONTESTE_VALEUR = INDEX_CONTESTE + ".ValeurIndexReleve";
    static final String INDEX_CONTESTE_DATE = INDEX_CONTESTE + ".DateIndexConteste";
    static final String INDEX_CLIENT = TYPE_DEMANDE + "IndexClient";
    static final String INDEX_CLIENT_VALEUR = INDEX_CLIENT + ".ValeurIndexClient";
    static final String INDEX_CLIENT_DATE = INDEX_CLIENT + ".DateIndexClient";

    static final String RDV_DATE = "Demande.RdvDemande.Date";
    static final String RDV_PLAGE = "Demande.RdvDemande.Plage";

    private static final String CONTACT = "Demande.ContactIntervention.";
    static final String CONTACT_NOM = CONTACT + "Nom";
    static final String CONTACT_TELEPHONE = CONTACT + "Telephone";
    static final String CONTACT_CODE_ACCES = CONTACT + "CodeAcces";
    static final String CONTACT_COMPLEMENT_ADRESSE = CONTACT + "ComplementAdresse";

    /** True for {@code null}, empty or blank text: OMEGA treats those alike. */
    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** {@code null} and {@code ""} are the same "no motif". */
    static String motif(String codeMotif) {
        return codeMotif == null ? "" : codeMotif;
    }
}
