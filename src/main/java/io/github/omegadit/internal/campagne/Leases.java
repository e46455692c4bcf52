/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.campagne;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Who is alive. A runner's rows carry its id ({@code owner}); a row whose owner is dead was left by a crash and is
 * recovered (a creation in flight becomes UNCERTAIN). Liveness is a lock the operating system or the database
 * releases when the process dies, never a timeout: a slow runner is never mistaken for a dead one.
 * <ul>
 * <li>SQLite: an exclusive lock on {@code <journal>.run-lock}; only one runner at a time, so every other owner is
 *     dead;</li>
 * <li>PostgreSQL: a session advisory lock {@code (PG_LOCK_CLASS, id)} held on a dedicated connection for the whole
 *     run; PostgreSQL releases it when that connection ends, so another runner that can take it knows the owner
 *     is gone.</li>
 * </ul>
 */
public abstract class Leases implements AutoCloseable {

    /** First key of the advisory locks of omega-dit ("OMEG"), to keep clear of other applications' locks. */
    static final int PG_LOCK_CLASS = 0x4F4D4547;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** This runner's id, written as {@code owner} on the rows it claims. */
    public abstract long id();

    /**
     * Runs {@code recovery} if {@code owner} is dead, and keeps it from coming back meanwhile.
     *
     * @return true when the owner was dead and {@code recovery} ran
     */
    public abstract boolean ifDead(long owner, Connections.Work<Void> recovery, Connections connections)
            throws SQLException;

    @Override
    public abstract void close();

    /** Takes this process's lease on the journal. */
    public static Leases take(Connections connections) throws SQLException {
        return connections.dialect() == Dialect.SQLITE ? FileLease.open(connections.file())
                : AdvisoryLease.open(connections);
    }

    private static final class FileLease extends Leases {
        private final FileChannel channel;
        private final FileLock lock;
        private final long id;

        private FileLease(FileChannel channel, FileLock lock, long id) {
            this.channel = channel;
            this.lock = lock;
            this.id = id;
        }

        static FileLease open(Path journal) {
            Path lockFile = journal.resolveSibling(journal.getFileName() + ".run-lock");
            try {
                FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    ch.close();
                    throw new IllegalStateException("the journal " + journal + " is in use by another campaign run "
                            + "(lock " + lockFile + "); an embedded journal serves one process at a time: share a "
                            + "PostgreSQL journal to split a campaign between processes");
                }
                return new FileLease(ch, lock, 1 + RANDOM.nextInt(Integer.MAX_VALUE - 1));
            } catch (IOException e) {
                throw new IllegalStateException("cannot lock " + lockFile + ": " + e, e);
            }
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public boolean ifDead(long owner, Connections.Work<Void> recovery, Connections connections)
                throws SQLException {
            if (owner == id) {
                return false;
            }
            connections.tx(recovery);
            return true;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the lock dies with the channel, or with the process
            }
        }
    }

    private static final class AdvisoryLease extends Leases {
        private final Connection session;
        private final long id;

        private AdvisoryLease(Connection session, long id) {
            this.session = session;
            this.id = id;
        }

        static AdvisoryLease open(Connections connections) throws SQLException {
            Connection c = connections.dedicated();
            try {
                c.setAutoCommit(true);
                for (int attempt = 0; attempt < 10; attempt++) {
                    long id = 1 + RANDOM.nextInt(Integer.MAX_VALUE - 1);
                    if (tryLock(c, id)) {
                        return new AdvisoryLease(c, id);
                    }
                }
                throw new SQLException("no free runner id after 10 attempts");
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }

        private static boolean tryLock(Connection c, long id) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                ps.setInt(1, PG_LOCK_CLASS);
                ps.setInt(2, (int) id);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getBoolean(1);
                }
            }
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public synchronized boolean ifDead(long owner, Connections.Work<Void> recovery, Connections connections)
                throws SQLException {
            if (owner == id || owner <= 0 || owner > Integer.MAX_VALUE || !tryLock(session, owner)) {
                return false;
            }
            try {
                connections.tx(recovery);
                return true;
            } finally {
                try (PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                    ps.setInt(1, PG_LOCK_CLASS);
                    ps.setInt(2, (int) owner);
                    ps.executeQuery().close();
                }
            }
        }

        @Override
        public synchronized void close() {
            try (session; PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                ps.executeQuery().close(); // a pooled connection outlives close(): drop the lock explicitly
            } catch (SQLException e) {
                // PostgreSQL releases the session lock when the connection ends, however it ends
            }
        }
    }
}
