/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Campaigns: many DITs run by one runner (or several processes), each keyed by the supplier's unique
 * ReferenceDemande, with a durable journal that never lets a demande be created twice. Start with
 * {@link io.github.omegadit.campagne.Campagne}; the journal is {@link io.github.omegadit.campagne.Journal}; a
 * campaign file is read by {@link io.github.omegadit.campagne.CampagneCsv}.
 *
 * <h2>What is guaranteed, and why</h2>
 * CreerDemandeDIT is not idempotent (guide §2.1) and OMEGA keeps no session: the journal is the only memory across a
 * crash. Its rules:
 * <ol>
 * <li><b>Intent before the request leaves.</b> Before each state-changing call (CreerDemandeDIT, ProposerDatePlage,
 *     AccepterRdv, AbandonnerRdv) the runner commits the call's intent (ReferenceDemande, PCE, operation, slot) and
 *     the demande's in-flight status ({@link io.github.omegadit.campagne.Statut#CREATING},
 *     {@link io.github.omegadit.campagne.Statut#APPOINTMENT_CALL}); the commit returns only once durable (SQLite:
 *     WAL fsynced, {@code synchronous=FULL}; PostgreSQL: its commit). The answer (NumeroDemande, CodeRetour, slot)
 *     is committed after. VerifierRecevabiliteDIT and DemanderPrecSuiv change nothing at OMEGA and need no intent.
 *     </li>
 * <li><b>A creation in flight is never resent.</b> A creation whose intent is in the journal without an answer —
 *     the process was killed in between, the connection dropped, no answer came
 *     ({@link io.github.omegadit.answer.ResultatIncertain}) — is
 *     {@link io.github.omegadit.campagne.Statut#UNCERTAIN}: OMEGA may or may not have created it. No run sends it
 *     again. An operator looks it up in OMEGA's follow-up by its ReferenceDemande and marks it found
 *     ({@link io.github.omegadit.campagne.Journal#marquerTrouvee}, with its NumeroDemande: the dialogue resumes) or
 *     not found ({@link io.github.omegadit.campagne.Journal#marquerNonTrouvee}: it may be created). A creation that
 *     provably never left (connection refused, rule violation) is not uncertain: it stays to do, or fails.</li>
 * <li><b>An appointment call in flight is never resent either.</b> On resume, a demande awaiting an appointment is
 *     rebuilt from its NumeroDemande ({@link io.github.omegadit.DitClient#resume(String)}) and OMEGA is first asked
 *     where it stands with DemanderPrecSuiv (read-only): still awaiting, the policy goes on with the slots offered;
 *     no longer awaiting (the lost call took effect), it is
 *     {@link io.github.omegadit.campagne.Statut#CLOSED_AT_OMEGA} with OMEGA's message.</li>
 * <li><b>Finished demandes are skipped.</b> A rerun loads the same input harmlessly (a reference already in the
 *     journal keeps its state; one with other values is reported, not changed) and runs only what is left.</li>
 * <li><b>Several processes, one campaign, no double creation</b> (PostgreSQL). Each demande is claimed by one runner
 *     at a time ({@code UPDATE … WHERE … IN (SELECT … FOR UPDATE SKIP LOCKED)}); each runner holds a session
 *     advisory lock for the whole run. PostgreSQL drops that lock when the runner's process dies, so another runner
 *     that can take it knows the owner is dead and recovers its rows (in-flight creations become UNCERTAIN, the rest
 *     is released). Liveness is never a timeout: a slow runner is never taken for a dead one. The embedded journal
 *     serves one running process at a time (a lock file), so every other owner in it is dead.</li>
 * </ol>
 * What the journal cannot know: whether OMEGA received a request that left without an answer. That is exactly the
 * UNCERTAIN set, and it is never guessed.
 *
 * <h2>Why SQLite for the embedded journal</h2>
 * SQLite's documentation says a transaction committed in WAL mode survives a crash of the application whatever the
 * {@code synchronous} setting, and with {@code synchronous=FULL} survives a power loss or an OS crash as well, the WAL
 * being synced at each commit. H2's documentation states that it "does not guarantee that all committed transactions
 * survive a power failure", its MVStore writes commits after a delay unless {@code WRITE_DELAY} is 0, and an
 * interrupted thread closes its file channel. For a file whose one job is to survive {@code kill -9} and power loss
 * at any instant, SQLite, with the cost of one fsync per commit (measured in BENCHMARKS.md).
 *
 * <h2>Throughput</h2>
 * A campaign runs {@link io.github.omegadit.campagne.Campagne.Builder#concurrency concurrency} dialogues at once
 * through one {@link io.github.omegadit.DitClient}, whose {@code maxCallsPerSecond} bounds every call of the
 * campaign. Processes sharing a PostgreSQL journal each have their own client: give each its share of OMEGA's rate.
 */
package io.github.omegadit.campagne;
