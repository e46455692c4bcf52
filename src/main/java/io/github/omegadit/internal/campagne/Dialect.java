/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.campagne;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** What differs between the journal's databases: types of dates, the row-claim clause, the migration lock. */
public enum Dialect {
    /** The embedded file journal: one running process at a time (a file lock), dates as ISO-8601 text. */
    SQLITE("sqlite", ""),
    /** The supplier's database: several processes claim rows with {@code FOR UPDATE SKIP LOCKED}. */
    POSTGRESQL("postgresql", " FOR UPDATE SKIP LOCKED");

    private final String resourceDir;
    private final String claimLock;

    Dialect(String resourceDir, String claimLock) {
        this.resourceDir = resourceDir;
        this.claimLock = claimLock;
    }

    /** The dialect of a connection's database. */
    public static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("sqlite")) {
            return SQLITE;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("the campaign journal supports SQLite and PostgreSQL, not "
                + c.getMetaData().getDatabaseProductName());
    }

    String resourceDir() {
        return resourceDir;
    }

    /** Appended to the sub-select of a claim, so that concurrent claimers skip each other's rows. */
    String claimLock() {
        return claimLock;
    }

    /** Serialises concurrent migrations (several processes starting on a new database). */
    void lockForMigration(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, Leases.PG_LOCK_CLASS);
                ps.executeQuery().close();
            }
        }
    }

    void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, this == SQLITE ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (this == SQLITE) {
            ps.setString(i, t.toString());
        } else {
            ps.setObject(i, t.atOffset(ZoneOffset.UTC));
        }
    }

    Instant getInstant(ResultSet rs, String column) throws SQLException {
        if (this == SQLITE) {
            String s = rs.getString(column);
            return s == null ? null : Instant.parse(s);
        }
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, this == SQLITE ? Types.VARCHAR : Types.DATE);
        } else if (this == SQLITE) {
            ps.setString(i, d.toString());
        } else {
            ps.setObject(i, d);
        }
    }

    LocalDate getDate(ResultSet rs, String column) throws SQLException {
        if (this == SQLITE) {
            String s = rs.getString(column);
            return s == null ? null : LocalDate.parse(s);
        }
        return rs.getObject(column, LocalDate.class);
    }
}
