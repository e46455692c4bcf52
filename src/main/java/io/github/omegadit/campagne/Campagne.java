/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import io.github.omegadit.DitClient;
import io.github.omegadit.internal.campagne.DemandeCodec;
import io.github.omegadit.internal.campagne.Execution;
import io.github.omegadit.internal.campagne.JdbcStore;
import io.github.omegadit.request.CreerDemande;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A campaign: many DITs, each keyed by the supplier's unique ReferenceDemande, run with bounded concurrency through
 * one {@link DitClient} (whose call-rate limit applies to all of them), with a {@link Journal} that never lets a
 * demande be created twice. See the package documentation for the guarantees.
 *
 * <pre>{@code
 * try (Journal journal = Journal.sqlite(Path.of("compteurs-2026.db"))) {
 *     Campagne campagne = Campagne.builder()
 *             .nom("compteurs-2026").client(client).journal(journal)
 *             .concurrency(8).appointmentPolicy(AppointmentPolicy.firstSlotOffered())
 *             .listener((r, p) -> log.info("{} {} ({}/{})", r.referenceDemande(), r.statut(), p.finished(), p.total()))
 *             .build();
 *     Progress end = campagne.run(demandes);      // load, then run until nothing is left to do
 *     if (end.uncertain() > 0) { ... journal.demandes("compteurs-2026", Statut.UNCERTAIN) ... }
 * }
 * }</pre>
 *
 * Running again with the same journal goes on where the last run stopped: finished demandes are skipped, a
 * creation that may have left without a recorded answer is {@link Statut#UNCERTAIN} and is never resent, demandes
 * awaiting an appointment resume from their NumeroDemande. Immutable and thread-safe.
 */
public final class Campagne {

    /** Default number of demandes run at once. */
    public static final int DEFAULT_CONCURRENCY = 4;

    private static final int LOAD_BATCH = 1000;

    private final String nom;
    private final DitClient client;
    private final Journal journal;
    private final int concurrency;
    private final AppointmentPolicy policy;
    private final List<CampagneListener> listeners;

    private Campagne(Builder b) {
        this.nom = b.nom;
        this.client = b.client;
        this.journal = b.journal;
        this.concurrency = b.concurrency;
        this.policy = b.policy;
        this.listeners = List.copyOf(b.listeners);
    }

    /** A builder; name, client and journal are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The campaign's name in the journal. */
    public String nom() {
        return nom;
    }

    /**
     * What {@link #load} did.
     *
     * @param inserted    demandes new to the journal
     * @param unchanged   demandes already in the journal with the same values (an earlier load): kept as they stand
     * @param conflicting ReferenceDemandes already in the journal with other values: not loaded
     */
    public record Chargement(int inserted, int unchanged, List<String> conflicting) {
        /** Copies the list. */
        public Chargement {
            conflicting = List.copyOf(conflicting);
        }
    }

    /**
     * Adds demandes to the campaign in the journal, in order, without running them. A demande already there with the
     * same values is left as it stands (so loading the same file again is harmless); one with other values is
     * reported, not changed.
     *
     * @throws IllegalArgumentException when a demande has no ReferenceDemande or PCE, or a reference is given twice
     * @throws JournalException         when the journal fails
     */
    public Chargement load(Iterable<CreerDemande> demandes) {
        Objects.requireNonNull(demandes, "demandes");
        long seq = 0;
        int inserted = 0;
        int unchanged = 0;
        List<String> conflicting = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JdbcStore.Row> batch = new ArrayList<>();
        for (CreerDemande d : demandes) {
            seq++;
            if (d == null || d.referenceDemande() == null || d.referenceDemande().isBlank()) {
                throw new IllegalArgumentException("demande #" + seq + ": a campaign demande needs a ReferenceDemande "
                        + "(DonneesFournisseur.ReferenceDemande), its key in the journal");
            }
            if (d.numeroPce() == null || d.numeroPce().isBlank()) {
                throw new IllegalArgumentException("demande " + d.referenceDemande() + ": NumeroPCE is required");
            }
            if (!seen.add(d.referenceDemande())) {
                throw new IllegalArgumentException("ReferenceDemande " + d.referenceDemande() + " is given twice: "
                        + "a reference is unique within a campaign");
            }
            batch.add(new JdbcStore.Row(d.referenceDemande(), seq, d.numeroPce(), DemandeCodec.encode(d)));
            if (batch.size() == LOAD_BATCH) {
                JdbcStore.Loaded l = loadBatch(batch);
                inserted += l.inserted();
                unchanged += l.unchanged();
                conflicting.addAll(l.conflicting());
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            JdbcStore.Loaded l = loadBatch(batch);
            inserted += l.inserted();
            unchanged += l.unchanged();
            conflicting.addAll(l.conflicting());
        }
        return new Chargement(inserted, unchanged, conflicting);
    }

    private JdbcStore.Loaded loadBatch(List<JdbcStore.Row> batch) {
        try {
            return journal.store().load(nom, batch);
        } catch (SQLException e) {
            throw new JournalException("cannot load demandes into the journal: " + e.getMessage(), e);
        }
    }

    /**
     * Starts running what the journal holds for this campaign, in the background: returns at once.
     *
     * @throws JournalException      when the journal fails
     * @throws IllegalStateException when another process runs on the same embedded journal, or the client is closed
     */
    public CampagneRun start() {
        if (client.isClosed()) {
            throw new IllegalStateException("the DitClient of campaign " + nom + " is closed");
        }
        return new CampagneRun(Execution.start(journal.store(), new Execution.Settings(nom, client, policy,
                concurrency, listeners)));
    }

    /**
     * Runs what the journal holds for this campaign until nothing is left to do, and returns the progress at the
     * end (look at {@link Progress#uncertain()}).
     *
     * @throws JournalException      when the journal fails (the run stops at once)
     * @throws IllegalStateException when interrupted, or as {@link #start()}
     */
    public Progress run() {
        return start().await();
    }

    /**
     * {@link #load} then {@link #run()}.
     *
     * @throws IllegalArgumentException as {@link #load}, and when a ReferenceDemande is already in the journal with
     *                                  other values (nothing runs then)
     */
    public Progress run(Iterable<CreerDemande> demandes) {
        Chargement c = load(demandes);
        if (!c.conflicting().isEmpty()) {
            throw new IllegalArgumentException("these ReferenceDemandes are already in campaign " + nom
                    + " with other values: " + c.conflicting());
        }
        return run();
    }

    /** Settings of a {@link Campagne}. */
    public static final class Builder {
        private String nom;
        private DitClient client;
        private Journal journal;
        private int concurrency = DEFAULT_CONCURRENCY;
        private AppointmentPolicy policy = AppointmentPolicy.firstSlotOffered();
        private final List<CampagneListener> listeners = new ArrayList<>();

        private Builder() {}

        /** The campaign's name, its key in the journal (several campaigns may share a journal). Required. */
        public Builder nom(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a campaign needs a non-blank name");
            }
            this.nom = value;
            return this;
        }

        /** The client every dialogue uses; its {@code maxCallsPerSecond} bounds the campaign's rate. Required. */
        public Builder client(DitClient value) {
            this.client = Objects.requireNonNull(value, "client");
            return this;
        }

        /** The journal. Required. */
        public Builder journal(Journal value) {
            this.journal = Objects.requireNonNull(value, "journal");
            return this;
        }

        /** Demandes run at once, each its whole dialogue. Default {@value Campagne#DEFAULT_CONCURRENCY}. */
        public Builder concurrency(int value) {
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("concurrency must be 1-256, got " + value);
            }
            this.concurrency = value;
            return this;
        }

        /** What to do once a demande awaits an appointment. Default {@link AppointmentPolicy#firstSlotOffered()}. */
        public Builder appointmentPolicy(AppointmentPolicy value) {
            this.policy = Objects.requireNonNull(value, "appointmentPolicy");
            return this;
        }

        /** Adds a listener told of each demande dealt with. */
        public Builder listener(CampagneListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * The campaign.
         *
         * @throws IllegalStateException when the name, the client or the journal is missing
         */
        public Campagne build() {
            if (nom == null || client == null || journal == null) {
                throw new IllegalStateException("a campaign needs a name, a client and a journal");
            }
            return new Campagne(this);
        }
    }
}
