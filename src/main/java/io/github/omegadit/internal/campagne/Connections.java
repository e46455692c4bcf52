/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.campagne;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Where the journal's transactions run. Every method of {@link JdbcStore} is one transaction, committed before it
 * returns: that commit is what makes an intent durable before the request leaves.
 */
public abstract class Connections implements AutoCloseable {

    /** One unit of work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        /** Runs on a connection whose auto-commit is off. */
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public abstract <T> T tx(Work<T> work) throws SQLException;

    /** A connection outside the pool, held for a whole run (the PostgreSQL session lock of a runner). */
    abstract Connection dedicated() throws SQLException;

    abstract Dialect dialect();

    @Override
    public abstract void close();

    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * The embedded file: one connection, used by one thread at a time (SQLite serialises writers anyway), in WAL mode
     * with {@code synchronous=FULL}: each commit is fsynced before it returns (SQLite's documentation: FULL in WAL
     * mode makes a committed transaction durable across power loss, not only across a crash of the process).
     */
    public static Connections sqlite(Path file) throws SQLException {
        try {
            Class.forName("org.sqlite.JDBC");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the embedded campaign journal needs the SQLite JDBC driver: add "
                    + "org.xerial:sqlite-jdbc to your dependencies", e);
        }
        Properties p = new Properties();
        p.setProperty("journal_mode", "WAL");
        p.setProperty("synchronous", "FULL");
        p.setProperty("busy_timeout", "30000");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=30000");
            try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                r.next();
                if (!"wal".equalsIgnoreCase(r.getString(1))) {
                    throw new SQLException("cannot put " + file + " in WAL mode (got " + r.getString(1) + ")");
                }
            }
            try (ResultSet r = s.executeQuery("PRAGMA synchronous")) {
                r.next();
                if (r.getInt(1) != 2) {
                    throw new SQLException("cannot set synchronous=FULL on " + file);
                }
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new Single(c, file);
    }

    /** The supplier's database, through its (pooled) DataSource: one connection per transaction. */
    public static Connections of(DataSource ds) throws SQLException {
        Dialect d;
        try (Connection c = ds.getConnection()) {
            d = Dialect.of(c);
        }
        if (d == Dialect.SQLITE) {
            throw new IllegalArgumentException("for an SQLite file use the embedded journal (Journal.sqlite)");
        }
        return new Pooled(ds, d);
    }

    private static final class Single extends Connections {
        private final Connection c;
        private final Path file;

        Single(Connection c, Path file) {
            this.c = c;
            this.file = file;
        }

        @Override
        public synchronized <T> T tx(Work<T> work) throws SQLException {
            return inTransaction(c, work);
        }

        @Override
        Connection dedicated() {
            throw new UnsupportedOperationException("SQLite runners hold a file lock, not a connection");
        }

        @Override
        Dialect dialect() {
            return Dialect.SQLITE;
        }

        @Override
        Path file() {
            return file;
        }

        @Override
        public synchronized void close() {
            try {
                c.close();
            } catch (SQLException e) {
                // closing: nothing left to lose, every transaction was committed or rolled back
            }
        }
    }

    private static final class Pooled extends Connections {
        private final DataSource ds;
        private final Dialect dialect;

        Pooled(DataSource ds, Dialect dialect) {
            this.ds = ds;
            this.dialect = dialect;
        }

        @Override
        public <T> T tx(Work<T> work) throws SQLException {
            try (Connection c = ds.getConnection()) {
                return inTransaction(c, work);
            }
        }

        @Override
        Connection dedicated() throws SQLException {
            return ds.getConnection();
        }

        @Override
        Dialect dialect() {
            return dialect;
        }

        @Override
        public void close() {
            // the DataSource is the caller's
        }
    }

    /** The SQLite file, for its run lock; {@code null} for a DataSource. */
    Path file() {
        return null;
    }
}
