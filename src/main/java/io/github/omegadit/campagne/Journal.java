/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import io.github.omegadit.internal.campagne.Connections;
import io.github.omegadit.internal.campagne.JdbcStore;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable memory of campaigns: one row per demande (where it stands) and one per state-changing call (its intent,
 * written and committed before the request leaves, then its answer). It is the only memory across crashes; see the
 * package documentation for the guarantees.
 *
 * <ul>
 * <li>{@link #sqlite(Path)}: the embedded default, one file, no server. SQLite in WAL mode with
 *     {@code synchronous=FULL}: a commit returns once the WAL is fsynced, so a committed intent survives {@code kill -9}
 *     at any instant and a power loss. One running campaign process at a time per file (a lock file says so).</li>
 * <li>{@link #jdbc(DataSource)}: the supplier's own PostgreSQL. Several processes may run one campaign together: each
 *     claims rows with {@code FOR UPDATE SKIP LOCKED}, and holds a session advisory lock that PostgreSQL drops when
 *     the process dies, so the others recover its rows (a creation in flight becomes UNCERTAIN) without waiting
 *     for a timeout.</li>
 * </ul>
 * The schema is created or upgraded on open, from versioned SQL shipped in the jar
 * ({@code io/github/omegadit/campagne/sqlite|postgresql/V<n>__*.sql}); a DBA may apply those files beforehand.
 * The JDBC driver is an optional dependency: add {@code org.xerial:sqlite-jdbc} or {@code org.postgresql:postgresql}.
 * Thread-safe.
 */
public final class Journal implements AutoCloseable {

    private final JdbcStore store;
    private final String description;

    private Journal(JdbcStore store, String description) {
        this.store = store;
        this.description = description;
    }

    /**
     * The embedded journal in this file, created when absent.
     *
     * @throws JournalException      when the file cannot be opened as a journal
     * @throws IllegalStateException when the SQLite driver is not on the class path
     */
    public static Journal sqlite(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new Journal(new JdbcStore(Connections.sqlite(file)), "SQLite journal " + file);
        } catch (SQLException e) {
            throw new JournalException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A journal in the supplier's PostgreSQL database. Give a pooled DataSource (HikariCP...) with room for the
     * campaign's concurrency plus two connections: each transaction takes one, and each run holds one for its lock.
     *
     * @throws JournalException         when the database cannot be reached or its schema upgraded
     * @throws IllegalArgumentException when the database is not PostgreSQL
     */
    public static Journal jdbc(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try {
            return new Journal(new JdbcStore(Connections.of(dataSource)), "PostgreSQL journal");
        } catch (SQLException e) {
            throw new JournalException("cannot open the journal: " + e.getMessage(), e);
        }
    }

    JdbcStore store() {
        return store;
    }

    /** The campaigns the journal holds, by name. */
    public List<String> campagnes() {
        return read(store::campagnes);
    }

    /** How many demandes of the campaign are in each status (absent: none). */
    public Map<Statut, Integer> counts(String campagne) {
        return read(() -> store.counts(campagne));
    }

    /** Every demande of the campaign, in input order. */
    public List<Resultat> demandes(String campagne) {
        return read(() -> store.list(campagne, null));
    }

    /** The demandes of the campaign in this status, in input order (e.g. the UNCERTAIN ones to reconcile). */
    public List<Resultat> demandes(String campagne, Statut statut) {
        Objects.requireNonNull(statut, "statut");
        return read(() -> store.list(campagne, statut));
    }

    /** One demande, by ReferenceDemande. */
    public Optional<Resultat> demande(String campagne, String referenceDemande) {
        return read(() -> store.get(campagne, referenceDemande));
    }

    /**
     * Reconciliation: OMEGA's follow-up shows that this UNCERTAIN demande was created, as {@code numeroDemande}. It
     * becomes {@link Statut#AWAITING_APPOINTMENT}; the next run asks OMEGA where it stands (DemanderPrecSuiv) and goes
     * on with the appointment policy, or records that it no longer awaits one.
     *
     * @throws IllegalArgumentException when there is no such demande or the number is blank
     * @throws IllegalStateException    when the demande is not UNCERTAIN
     */
    public Resultat marquerTrouvee(String campagne, String referenceDemande, String numeroDemande) {
        if (numeroDemande == null || numeroDemande.isBlank()) {
            throw new IllegalArgumentException("the NumeroDemande found at OMEGA is required");
        }
        return read(() -> store.reconcile(campagne, referenceDemande, numeroDemande.trim()));
    }

    /**
     * Reconciliation: OMEGA's follow-up shows no demande with this ReferenceDemande. It becomes
     * {@link Statut#PENDING}: the next run creates it.
     *
     * @throws IllegalArgumentException when there is no such demande
     * @throws IllegalStateException    when the demande is not UNCERTAIN
     */
    public Resultat marquerNonTrouvee(String campagne, String referenceDemande) {
        return read(() -> store.reconcile(campagne, referenceDemande, null));
    }

    /** Closes the embedded file (a DataSource stays the caller's). */
    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        return description;
    }

    private interface Read<T> {
        T get() throws SQLException;
    }

    private static <T> T read(Read<T> r) {
        try {
            return r.get();
        } catch (SQLException e) {
            throw new JournalException("journal failure: " + e.getMessage(), e);
        }
    }
}
