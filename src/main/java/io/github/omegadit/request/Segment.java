/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

/** The PCE segments of the guide's Annexe B, each with its own list of intervention codes and motifs. */
public enum Segment {
    /** 6M non télérelevé. */
    SIX_M("6M", "6M non télérelevé"),
    /** 6M télérelevé and 1M. */
    SIX_M_TLRV_1M("6M_TLRV_1M", "6M télérelevé et 1M"),
    /** JJ, JM and MM (daily or monthly reading). */
    JJ_JM_MM("JJ_JM_MM", "JJ/JM/MM");

    private final String csvName;
    private final String libelle;

    Segment(String csvName, String libelle) {
        this.csvName = csvName;
        this.libelle = libelle;
    }

    /**
     * The name used in catalogue files: {@code 6M}, {@code 6M_TLRV_1M}, {@code JJ_JM_MM}.
     *
     * @return the catalogue name
     */
    public String csvName() {
        return csvName;
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
     * The segment for a catalogue-file name.
     *
     * @param name the name, e.g. {@code 6M_TLRV_1M}
     * @return the segment
     * @throws IllegalArgumentException for an unknown name
     */
    public static Segment fromCsvName(String name) {
        for (Segment s : values()) {
            if (s.csvName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown segment '" + name + "': expected 6M, 6M_TLRV_1M or JJ_JM_MM");
    }
}
