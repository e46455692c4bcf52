/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.campagne;

import io.github.omegadit.DitClient;
import io.github.omegadit.campagne.AppointmentPolicy;
import io.github.omegadit.campagne.CampagneListener;
import io.github.omegadit.campagne.JournalException;
import io.github.omegadit.campagne.Progress;
import io.github.omegadit.campagne.Resultat;
import io.github.omegadit.campagne.Statut;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a campaign in this process: takes the runner's lease, recovers what dead runners left, then
 * {@code concurrency} threads claim demandes from the journal in small batches and run each one's whole dialogue
 * ({@link DemandeWorker}) until nothing claimable is left; then releases what it holds.
 */
public final class Execution {

    private static final Logger LOG = LoggerFactory.getLogger(Execution.class);

    /** What the run needs. */
    public record Settings(String campagne, DitClient client, AppointmentPolicy policy, int concurrency,
            List<CampagneListener> listeners) {}

    private final JdbcStore store;
    private final Settings settings;
    private final Leases lease;
    private final long startNanos = System.nanoTime();
    private final Map<Statut, Integer> counts;
    private final Deque<JdbcStore.Claimed> claimed = new ArrayDeque<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicInteger running;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();
    private final int total;
    private int doneByThis;
    private volatile boolean stopping;
    private boolean exhausted;

    private Execution(JdbcStore store, Settings settings, Leases lease, Map<Statut, Integer> counts) {
        this.store = store;
        this.settings = settings;
        this.lease = lease;
        this.counts = new EnumMap<>(Statut.class);
        this.counts.putAll(counts);
        this.total = counts.values().stream().mapToInt(Integer::intValue).sum();
        this.running = new AtomicInteger(settings.concurrency());
    }

    /**
     * Starts a run.
     *
     * @throws JournalException      when the journal cannot be read or written
     * @throws IllegalStateException when another process runs on the same embedded journal
     */
    public static Execution start(JdbcStore store, Settings settings) {
        Leases lease;
        try {
            lease = Leases.take(store.connections());
        } catch (SQLException e) {
            throw new JournalException("cannot register this runner in the journal: " + e.getMessage(), e);
        }
        Execution ex;
        try {
            recover(store, lease);
            ex = new Execution(store, settings, lease, store.counts(settings.campagne()));
        } catch (SQLException e) {
            lease.close();
            throw new JournalException("cannot recover the journal: " + e.getMessage(), e);
        }
        for (int i = 0; i < settings.concurrency(); i++) {
            Thread t = new Thread(ex::work, "omega-campagne-" + settings.campagne() + "-" + (i + 1));
            t.setDaemon(true);
            ex.threads.add(t);
        }
        ex.threads.forEach(Thread::start);
        return ex;
    }

    /** Rows of runners that are gone: a creation in flight becomes UNCERTAIN, every row is released. */
    private static int recover(JdbcStore store, Leases lease) throws SQLException {
        int n = 0;
        for (long owner : store.otherOwners(lease.id())) {
            if (lease.ifDead(owner, store.release(owner, "runner " + owner + " ended before the answer was recorded"),
                    store.connections())) {
                LOG.info("recovered the demandes left by runner {}", owner);
                n++;
            }
        }
        return n;
    }

    private void work() {
        try {
            DemandeWorker worker = new DemandeWorker(store, settings, lease.id(), this);
            JdbcStore.Claimed row;
            while ((row = next()) != null) {
                worker.process(row);
            }
        } catch (JournalException e) {
            failure.compareAndSet(null, e);
            stopping = true;
        } catch (RuntimeException e) {
            LOG.error("campaign {}: a runner thread failed; its demande stays in the journal as it was", settings
                    .campagne(), e);
            failure.compareAndSet(null, e);
            stopping = true;
        } finally {
            if (running.decrementAndGet() == 0) {
                try {
                    end();
                } finally {
                    finished.countDown();
                }
            }
        }
    }

    /** The next demande to run, or null when there is none left for this run. */
    private synchronized JdbcStore.Claimed next() {
        if (stopping) {
            return null;
        }
        if (claimed.isEmpty() && !exhausted) {
            try {
                int batch = Math.max(2, settings.concurrency());
                List<JdbcStore.Claimed> rows = store.claim(settings.campagne(), lease.id(), batch);
                if (rows.isEmpty() && recover(store, lease) > 0) {
                    rows = store.claim(settings.campagne(), lease.id(), batch);
                }
                claimed.addAll(rows);
                exhausted = rows.isEmpty();
            } catch (SQLException e) {
                throw new JournalException("cannot claim demandes: " + e.getMessage(), e);
            }
        }
        return claimed.poll();
    }

    /** Called by the last thread: releases the rows this run still holds, then the lease. */
    private void end() {
        try {
            store.connections().tx(store.release(lease.id(), "the run ended"));
        } catch (SQLException e) {
            failure.compareAndSet(null, new JournalException("cannot release the demandes of this run: "
                    + e.getMessage(), e));
        } finally {
            lease.close();
        }
    }

    /** A demande moved from one status to another. */
    synchronized Progress moved(Statut from, Statut to) {
        if (from != to) {
            counts.merge(from, -1, Integer::sum);
            counts.merge(to, 1, Integer::sum);
        }
        if (to.isFinished() || to == Statut.UNCERTAIN) {
            doneByThis++;
        }
        return progress();
    }

    /** Tells the listeners; a listener's failure is logged and ignored. */
    void tell(Resultat r, Progress p) {
        for (CampagneListener l : settings.listeners()) {
            try {
                l.onResultat(r, p);
            } catch (RuntimeException e) {
                LOG.warn("CampagneListener {} failed on {}: {}", l, r.referenceDemande(), e.toString());
            }
        }
    }

    /** The progress as this run sees it. */
    public synchronized Progress progress() {
        return new Progress(total, counts, doneByThis, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** Claims no more demandes; those under way finish their dialogue. */
    public void stop() {
        stopping = true;
    }

    /** True once every thread has ended. */
    public boolean isDone() {
        return finished.getCount() == 0;
    }

    /**
     * Waits for the end of the run.
     *
     * @return false when the time ran out first
     * @throws JournalException when the journal failed (the run stopped)
     */
    public boolean await(Duration timeout) throws InterruptedException {
        if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        RuntimeException f = failure.get();
        if (f != null) {
            throw f;
        }
        return true;
    }
}
