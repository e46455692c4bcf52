/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A stateful OMEGA CreerDIT simulator shipped with the library, for suppliers' integration tests and demos: real
 * SOAP 1.1 over HTTP on the loopback interface, the dialogue of the guide with Annexe A's texts, a seeded PCE
 * directory, a deterministic appointment calendar, inspection of what it received, forced answers, a clock tests can
 * advance, recording of the exchanges, and an admin API over HTTP for tests in other languages and processes.
 *
 * <p>Start with {@link io.github.omegadit.simulator.OmegaSimulator}; in JUnit 5 tests, with
 * {@link io.github.omegadit.simulator.OmegaSimulatorTest @OmegaSimulatorTest} or
 * {@link io.github.omegadit.simulator.OmegaSimulatorExtension}. The JUnit Jupiter API is an optional dependency: only
 * the annotation and the extension need it.
 *
 * <h2>The dialogue as the simulator runs it</h2>
 * <ul>
 * <li>Every call checks the supplier: DNEntreprise and NumeroCAD of a known supplier ("Habilitation incorrecte"), a
 *     non-blank Login ("Le login doit être renseigné."). VerifierRecevabiliteDIT and CreerDemandeDIT then check the
 *     PCE: known ("Numéro de PCE incorrect ou inconnu PCE_INCONNU"), held by the caller ("Habilitation incorrecte"),
 *     in the CodePostal's département. A refused VerifierRecevabiliteDIT is recorded as a demande in status 22 (PCE
 *     unknown) or 23 (the others).</li>
 * <li>VerifierRecevabiliteDIT answers P / Message "Demande recevable" with every catalogue pair of the PCE's segment.
 *     Each Motif carries the PresenceClient of its code, the catalogue's {@code presence} column ({@code PO} for
 *     meter work and restorations, {@code PNO} where nothing is done on the premises, {@code PS} otherwise in the
 *     bundled table; {@code PS} where a file leaves it empty). CreerDemandeDIT and the appointment answers carry the
 *     same value.</li>
 * <li>CreerDemandeDIT runs the checks below and answers A / DmdKo with one MessageRetour per failure. Otherwise it
 *     creates a demande: for a JJ/JM/MM PCE, T / DmdOkDD at the requested date; for a 6M or 1M PCE, status "en attente
 *     de RDV" and P / DatePlageH when the requested date and plage are free, else P / ListeDP.</li>
 * <li>ProposerDatePlage makes its date the requested date, then answers like CreerDemandeDIT. DemanderPrecSuiv pages
 *     the list two working days back or forth (never before the first bookable day; windows with no free slot are
 *     skipped). AccepterRdv books one unit of the slot and answers T / DmdOkDP (P / ListeDP when the slot is not free).
 *     AbandonnerRdv answers T / DmdOkDD at the requested date; AbandonnerDemande A / DmdKo "Demande abandonnée".</li>
 * <li>A ListeDP holds the free slots of the two working days after the requested date (or from the first bookable day
 *     when that is later), at most 24, ordered by day then plage.</li>
 * </ul>
 *
 * <table>
 * <caption>"Donnée incorrecte : codeChamp / codeCohérence" sent by CreerDemandeDIT</caption>
 * <tr><th>codeChamp</th><th>codeCohérence</th><th>when</th></tr>
 * <tr><td>CODE_INTERVENTION</td><td>INTERVENTION_INCONNUE</td><td>the code is in no segment of the catalogue</td></tr>
 * <tr><td>CODE_INTERVENTION</td><td>INTERVENTION_HORS_SEGMENT</td><td>the code exists, not for the PCE's segment</td></tr>
 * <tr><td>CODE_MOTIF</td><td>MOTIF_OBLIGATOIRE</td><td>no motif, but the code has motifs in this segment</td></tr>
 * <tr><td>CODE_MOTIF</td><td>MOTIF_INCONNU</td><td>(code, motif) is not a catalogue row of the segment</td></tr>
 * <tr><td>CODE_MOTIF</td><td>MOTIF_INTERDIT</td><td>a motif with a code the catalogue marks {@code index} (G1, 253: it must be empty)</td></tr>
 * <tr><td>PRECISION_INTERVENTION</td><td>PRECISION_OBLIGATOIRE</td><td>motif 01 labelled "Autre" without
 *     PrecisionIntervention</td></tr>
 * <tr><td>OPTION_EXPRESS</td><td>EXPRESS_NON_AUTORISE</td><td>OptionExpress "1" on a code that is not express in
 *     the segment</td></tr>
 * <tr><td>INDEX_CONTESTE</td><td>INDEX_OBLIGATOIRE</td><td>an {@code index} code (G1, 253) without IndexConteste</td></tr>
 * <tr><td>INDEX_CLIENT</td><td>INDEX_OBLIGATOIRE</td><td>an {@code index} code (G1, 253) without IndexClient</td></tr>
 * <tr><td>NUMERO_VERSION</td><td>VERSION_INSUFFISANTE</td><td>a NumeroVersion before the code's {@code version_min}, or before V10 for an {@code index} code (G1, 253)</td></tr>
 * <tr><td>NUMERO_VERSION</td><td>VERSION_INCONNUE</td><td>NumeroVersion not "V" and a number from 1</td></tr>
 * <tr><td>DATE_RDV</td><td>DATE_PASSEE</td><td>RdvDemande.Date before today</td></tr>
 * <tr><td>PLAGE_RDV</td><td>PLAGE_OBLIGATOIRE</td><td>no Plage for a 6M or 1M PCE</td></tr>
 * <tr><td>PLAGE_RDV</td><td>PLAGE_INCONNUE</td><td>a Plage that is not one of {@link OmegaSimulator#plages()}
 *     (6M, 1M)</td></tr>
 * </table>
 * A non-digit ContactIntervention.Telephone at NumeroVersion V8 or later adds the fixed text
 * {@link io.github.omegadit.answer.AnnexeA.Libelle#TELEPHONE_NON_NUMERIQUE}.
 *
 * <table>
 * <caption>codeErreur, appended after a space</caption>
 * <tr><th>message</th><th>codeErreur</th><th>when</th></tr>
 * <tr><td>Numéro de PCE incorrect ou inconnu</td><td>PCE_INCONNU</td><td>the PCE is not in the directory</td></tr>
 * <tr><td>Dialogue interrompu…</td><td>DEMANDE_INCONNUE</td><td>no demande has this NumeroDemande (including one
 *     created before {@link OmegaSimulator#reset()})</td></tr>
 * <tr><td>Dialogue interrompu…</td><td>DEMANDE_AUTRE_FOURNISSEUR</td><td>the demande is another supplier's</td></tr>
 * <tr><td>Dialogue interrompu…</td><td>DEMANDE_PAS_EN_ATTENTE_DE_RDV</td><td>the demande is no longer "en attente de
 *     RDV" (programmed, registered at the requested date, abandoned, refused)</td></tr>
 * <tr><td>Dialogue interrompu…</td><td>DEMANDE_MODIFIEE_PAR_OMEGA</td><td>an internal event changed the demande's
 *     status during a long pause (guide §2.1; see below)</td></tr>
 * </table>
 *
 * <h2>The calendar</h2>
 * Today comes from the {@linkplain OmegaSimulator.Builder#clock(java.time.Clock) clock} (default: the system clock in
 * Europe/Paris). Working days are Monday to Friday minus the French public holidays (fixed-date and Easter-based). The first bookable day
 * is {@value OmegaSimulator#DEFAULT_LEAD_TIME} working days after today,
 * {@value OmegaSimulator#DEFAULT_EXPRESS_LEAD_TIME} with OptionExpress "1"
 * (an express code: Z8, 206, 207, 243). The plages are {@link PlageHoraire#DEFAULTS}. Seeded load: on Tuesdays
 * {@code MATIN} and {@code DEBUT-MATINEE}, on Thursdays {@code APRES-MIDI} and {@code FIN-APRES-MIDI} are fully
 * booked; so a Tuesday-morning request gets ListeDP, a Monday-morning one DatePlageH. {@link OmegaSimulator#occupy} and
 * {@link OmegaSimulator#free} change single slots; {@link OmegaSimulator#reset()} restores the seed.
 *
 * <h2>Forced answers</h2>
 * {@link io.github.omegadit.simulator.ForcedAnswer} makes the simulator give any answer of Annexe A for any step, with
 * its data (a {@code ListeDP} of chosen slots, a {@code DmdOkDD} with a codeMessageOMEGA, synchronisable
 * appointments…), an unknown CodeRetour or TypeRetourDialogue, a SOAP fault, an HTTP status, a closed connection, a
 * lost answer or a delay; scoped by PCE, NumeroDemande, operation and number of calls. The demande moves as OMEGA
 * would have moved it after that answer.
 *
 * <h2>Time and internal events</h2>
 * {@link io.github.omegadit.simulator.OmegaSimulator#advanceClock(java.time.Duration)} moves the simulator's clock
 * forward. The guide (§2.1): "Si la demande change de statut par un évènement interne et que le fournisseur poursuit
 * le dialogue (pour prendre rendez-vous) après une très longue pose, une erreur sera envoyée." A demande "en attente de
 * RDV" that no call named for {@link io.github.omegadit.simulator.OmegaSimulator.Builder#internalEventAfter} (one day
 * by default) becomes {@link io.github.omegadit.simulator.StatutDemande#MODIFIEE_PAR_EVENEMENT_INTERNE}, and its next
 * appointment or stop call gets A / DmdKo "Dialogue interrompu suite à un problème technique, vérifiez l'état de la
 * demande…" with codeErreur {@code DEMANDE_MODIFIEE_PAR_OMEGA};
 * {@link io.github.omegadit.simulator.OmegaSimulator#evenementInterne(String)} makes it happen at once.
 *
 * <h2>Recording and the admin API</h2>
 * {@link io.github.omegadit.simulator.OmegaSimulator#recordTo(java.nio.file.Path)} writes every exchange as XML files,
 * personal data masked. {@link io.github.omegadit.simulator.OmegaSimulator#adminUrl()} is a JSON API on the same port
 * ({@code /__admin/}): demandes, recorded calls, reset, forced answers, PCEs, suppliers, clock. The README shows it
 * with curl.
 */
package io.github.omegadit.simulator;
