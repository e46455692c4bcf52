/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

/** Index types of the guide's Annexe C, for the contested index of a meter-data check (G1, 253). */
public enum TypeIndex {
    /** 01 Changement fournisseur. */
    CHANGEMENT_FOURNISSEUR("01", "Changement fournisseur"),
    /** 02 Cyclique. */
    CYCLIQUE("02", "Cyclique"),
    /** 03 Mise en service. */
    MISE_EN_SERVICE("03", "Mise en service"),
    /** 04 Mise hors service. */
    MISE_HORS_SERVICE("04", "Mise hors service"),
    /** 05 Relève Spéciale. */
    RELEVE_SPECIALE("05", "Relève Spéciale"),
    /** 06 Relevé à date. */
    RELEVE_A_DATE("06", "Relevé à date");

    private final String code;
    private final String libelle;

    TypeIndex(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    /**
     * The two-digit code sent on the wire.
     *
     * @return the code, {@code 01} to {@code 06}
     */
    public String code() {
        return code;
    }

    /**
     * The guide's label.
     *
     * @return the label
     */
    public String libelle() {
        return libelle;
    }

    /**
     * The type for a code of Annexe C.
     *
     * @param code the code
     * @return the type
     * @throws IllegalArgumentException when the code is not 01 to 06
     */
    public static TypeIndex fromCode(String code) {
        for (TypeIndex t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("IndexConteste.TypeIndex must be an Annexe C code 01 to 06, got '"
                + code + "'");
    }
}
