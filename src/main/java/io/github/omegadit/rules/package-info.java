/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The guide's business rules, checked before a request is sent, and the Annexe B catalogue they read.
 *
 * <p><b>Rule ids.</b> {@link io.github.omegadit.rules.DitRules} reports every
 * {@link io.github.omegadit.error.Violation} at once with one of these ids: {@code CONTRACT} (fields the contract
 * always requires: NumeroPCE, CodeLibelleIntervention, RdvDemande.Date), {@code R2} NumeroVersion, {@code R3}
 * telephone digits, {@code R4} meter-data-check indexes, {@code R5} PrecisionIntervention with motif "Autre",
 * {@code R6} OptionExpress, {@code R7} (code, motif) pair, {@code R8} RdvDemande.Plage, {@code R9} Login and
 * CodePostal, {@code R11} work-order truncation (warnings). R1 (TypeDemande "DIT") and R10 (dead fields) need no
 * check: the API cannot express a violation of them. Field paths use the guide's names, e.g.
 * {@code Demande.DonneesTypeDemande.CodeMotifIntervention}.
 *
 * <p><b>Catalogue file.</b> {@link io.github.omegadit.rules.Catalogue} reads CSV (RFC 4180, comma or semicolon,
 * quoted fields, UTF-8 with or without byte-order mark, CRLF or LF): comment lines start with {@code #}
 * ({@code # release: V24.1} names the OMEGA release), then the header
 * {@code segment,code,libelle,motif,libelle_motif,express,version_min,index,presence}, then one row per (code,
 * motif) pair: segment {@code 6M}, {@code 6M_TLRV_1M} or {@code JJ_JM_MM}, empty motif for a code without motif,
 * express {@code 1} or {@code 0} (R6), version_min empty or {@code V10} (R2), index {@code 1} for a meter-data check
 * (R4), presence {@code PO}, {@code PNO}, {@code PS} or empty (the simulator's PresenceClient). The facts of a code
 * are the same on each of its rows in a segment. The table applicable from OMEGA V24.1 is bundled as
 * {@code annexe-b-V24.1.csv}; {@link io.github.omegadit.rules.Catalogue#writeCsv(Appendable)} writes a catalogue
 * in this format. A malformed file, or one in an older layout, is refused with its name, the line number and the
 * problem.
 */
package io.github.omegadit.rules;
