/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

import io.github.omegadit.DitClient;
import io.github.omegadit.protocol.NumeroVersion;
import java.time.LocalDate;

/**
 * Input of {@code CreerDemandeDIT} (guide §3.3.1): every live field of the request. {@code TypeDemande} is always
 * {@code DIT} (rule R1) and the fields the guide marks as dead (MontantDu, MinimumAPercevoir,
 * NumeroSynchronIntervention, CommentaireFournisseur: rule R10) are not offered. The supplier identity and
 * NumeroVersion come from the {@link DitClient}.
 *
 * <p>Build with {@link #builder()}; the builder accepts anything and the client checks the whole request against
 * rules R1-R11 before sending, reporting every violation at once.
 *
 * <pre>{@code
 * CreerDemande demande = CreerDemande.builder()
 *         .numeroPce("GI123456").codePostal("75011")
 *         .referenceDemande("CRM-2026-0042")
 *         .codeIntervention("34").codeMotif("23")
 *         .rdv(LocalDate.of(2026, 12, 1), "MATIN")
 *         .contact(new ContactIntervention("Martin", "0612345678", null, null))
 *         .build();
 * }</pre>
 *
 * @param numeroPce             Demande.NumeroPCE
 * @param codePostal            Demande.CodePostal, five digits, or {@code null}
 * @param referenceDemande      DonneesFournisseur.ReferenceDemande: your own reference, used to reconcile an
 *                              outcome-unknown creation; or {@code null}
 * @param telephoneFournisseur  DonneesFournisseur.TelephoneFournisseur, or {@code null}
 * @param groupeAppartenance    DonneesFournisseur.GroupeAppartenance, or {@code null}
 * @param commentaire           Demande.Commentaire, or {@code null}
 * @param codeIntervention      DonneesTypeDemande.CodeLibelleIntervention (Annexe B)
 * @param codeMotif             DonneesTypeDemande.CodeMotifIntervention (Annexe B), or {@code null}/empty for codes
 *                              without motif
 * @param optionExpress         DonneesTypeDemande.OptionExpress: true sends "1"; false sends "0"
 * @param indexConteste         DonneesTypeDemande.IndexConteste (G1, 253), or {@code null}
 * @param indexClient           DonneesTypeDemande.IndexClient (G1, 253), or {@code null}
 * @param precisionIntervention DonneesTypeDemande.PrecisionIntervention, or {@code null}
 * @param rdvDate               RdvDemande.Date, the first appointment date wished
 * @param rdvPlage              RdvDemande.Plage, required for 6M and 1M PCEs (rule R8), or {@code null}
 * @param contact               ContactIntervention, or {@code null}
 * @param segment               the PCE's segment when the caller knows it; never sent, it narrows rule R7 when no
 *                              receivability answer is at hand; or {@code null}
 */
public record CreerDemande(
        String numeroPce,
        String codePostal,
        String referenceDemande,
        String telephoneFournisseur,
        String groupeAppartenance,
        String commentaire,
        String codeIntervention,
        String codeMotif,
        boolean optionExpress,
        IndexConteste indexConteste,
        IndexClient indexClient,
        String precisionIntervention,
        LocalDate rdvDate,
        String rdvPlage,
        ContactIntervention contact,
        Segment segment) {

    /**
     * A new, empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values, to derive a variant.
     *
     * @return a new builder with this request's values
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.numeroPce = numeroPce;
        b.codePostal = codePostal;
        b.referenceDemande = referenceDemande;
        b.telephoneFournisseur = telephoneFournisseur;
        b.groupeAppartenance = groupeAppartenance;
        b.commentaire = commentaire;
        b.codeIntervention = codeIntervention;
        b.codeMotif = codeMotif;
        b.optionExpress = optionExpress;
        b.indexConteste = indexConteste;
        b.indexClient = indexClient;
        b.precisionIntervention = precisionIntervention;
        b.rdvDate = rdvDate;
        b.rdvPlage = rdvPlage;
        b.contact = contact;
        b.segment = segment;
        return b;
    }

    /** Collects the fields of a {@link CreerDemande}; not thread-safe. */
    public static final class Builder {
        private String numeroPce;
        private String codePostal;
        private String referenceDemande;
        private String telephoneFournisseur;
        private String groupeAppartenance;
        private String commentaire;
        private String codeIntervention;
        private String codeMotif;
        private boolean optionExpress;
        private IndexConteste indexConteste;
        private IndexClient indexClient;
        private String precisionIntervention;
        private LocalDate rdvDate;
        private String rdvPlage;
        private ContactIntervention contact;
        private Segment segment;

        private Builder() {}

        /**
         * Demande.NumeroPCE.
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder numeroPce(String value) {
            this.numeroPce = value;
            return this;
        }

        /**
         * Demande.CodePostal (five digits).
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder codePostal(String value) {
            this.codePostal = value;
            return this;
        }

        /**
         * DonneesFournisseur.ReferenceDemande: your own reference for this demande.
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder referenceDemande(String value) {
            this.referenceDemande = value;
            return this;
        }

        /**
         * DonneesFournisseur.TelephoneFournisseur.
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder telephoneFournisseur(String value) {
            this.telephoneFournisseur = value;
            return this;
        }

        /**
         * DonneesFournisseur.GroupeAppartenance.
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder groupeAppartenance(String value) {
            this.groupeAppartenance = value;
            return this;
        }

        /**
         * Demande.Commentaire.
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder commentaire(String value) {
            this.commentaire = value;
            return this;
        }

        /**
         * DonneesTypeDemande.CodeLibelleIntervention (Annexe B).
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder codeIntervention(String value) {
            this.codeIntervention = value;
            return this;
        }

        /**
         * DonneesTypeDemande.CodeMotifIntervention (Annexe B); leave unset for codes without motif.
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder codeMotif(String value) {
            this.codeMotif = value;
            return this;
        }

        /**
         * DonneesTypeDemande.OptionExpress; allowed only for the express codes of Annexe B (rule R6).
         *
         * @param value true to send OptionExpress "1"
         * @return this builder
         */
        public Builder optionExpress(boolean value) {
            this.optionExpress = value;
            return this;
        }

        /**
         * DonneesTypeDemande.IndexConteste, mandatory for G1 and 253 (rule R4).
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder indexConteste(IndexConteste value) {
            this.indexConteste = value;
            return this;
        }

        /**
         * DonneesTypeDemande.IndexClient, mandatory for G1 and 253 (rule R4).
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder indexClient(IndexClient value) {
            this.indexClient = value;
            return this;
        }

        /**
         * DonneesTypeDemande.PrecisionIntervention, mandatory with motif 01 "Autre" (rule R5).
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder precisionIntervention(String value) {
            this.precisionIntervention = value;
            return this;
        }

        /**
         * RdvDemande.Date and RdvDemande.Plage; the plage is required for 6M and 1M PCEs (rule R8).
         *
         * @param date RdvDemande.Date, the requested day
         * @param plage RdvDemande.Plage, e.g. {@code "MATIN"}
         * @return this builder
         */
        public Builder rdv(LocalDate date, String plage) {
            this.rdvDate = date;
            this.rdvPlage = plage;
            return this;
        }

        /**
         * RdvDemande.Date alone (JJ/JM/MM PCEs are booked at the requested date).
         *
         * @param date RdvDemande.Date, the requested day
         * @return this builder
         */
        public Builder rdvDate(LocalDate date) {
            this.rdvDate = date;
            return this;
        }

        /**
         * ContactIntervention.
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder contact(ContactIntervention value) {
            this.contact = value;
            return this;
        }

        /**
         * The PCE's segment, if known: narrows rule R7 when no receivability answer is at hand. Never sent.
         *
         * @param value the value; {@code null} leaves the field out
         * @return this builder
         */
        public Builder segment(Segment value) {
            this.segment = value;
            return this;
        }

        /**
         * The request; its rules are checked by the client when it is sent.
         *
         * @return the request
         */
        public CreerDemande build() {
            return new CreerDemande(numeroPce, codePostal, referenceDemande, telephoneFournisseur,
                    groupeAppartenance, commentaire, codeIntervention, codeMotif, optionExpress, indexConteste,
                    indexClient, precisionIntervention, rdvDate, rdvPlage, contact, segment);
        }
    }
}
