/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.campagne.Journal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import picocli.CommandLine.Option;

/**
 * Where the campaign journal is: an embedded SQLite file ({@code --journal}), or a PostgreSQL database
 * ({@code --journal-url}, user and password from {@code OMEGA_JOURNAL_USER} and {@code OMEGA_JOURNAL_PASSWORD}: no
 * password flag), and the campaign's name.
 */
final class CampagneJournalOptions {

    @Option(names = "--journal", paramLabel = "FILE", order = 50,
            description = "Embedded journal file (SQLite); run's default: FILE.csv's name + .journal.db, beside it "
                    + "(env OMEGA_JOURNAL).")
    Path file;

    @Option(names = "--journal-url", paramLabel = "JDBC_URL", order = 51,
            description = "PostgreSQL journal instead, e.g. jdbc:postgresql://db:5432/crm; user and password from "
                    + "OMEGA_JOURNAL_USER and OMEGA_JOURNAL_PASSWORD (env OMEGA_JOURNAL_URL).")
    String url;

    @Option(names = "--nom", paramLabel = "NAME", order = 52,
            description = "Campaign name in the journal; run's default: FILE.csv's name without extension; status and "
                    + "reconcilier default to the journal's only campaign.")
    String nom;

    /**
     * Opens the journal.
     *
     * @param defaultFile the file when neither flag nor environment names one, or {@code null}
     * @throws SettingsException when nothing names a journal, or both a file and a URL do
     */
    Journal open(Map<String, String> env, Path defaultFile) {
        String u = url != null ? url : env.get("OMEGA_JOURNAL_URL");
        Path f = file != null ? file : env.get("OMEGA_JOURNAL") != null ? Path.of(env.get("OMEGA_JOURNAL")) : null;
        if (u != null && f != null) {
            throw new SettingsException("give --journal FILE or --journal-url URL, not both");
        }
        if (u != null) {
            if (!u.startsWith("jdbc:postgresql:")) {
                throw new SettingsException("--journal-url must be a PostgreSQL JDBC URL (jdbc:postgresql://...), got "
                        + u);
            }
            Properties p = new Properties();
            if (env.get("OMEGA_JOURNAL_USER") != null) {
                p.setProperty("user", env.get("OMEGA_JOURNAL_USER"));
            }
            if (env.get("OMEGA_JOURNAL_PASSWORD") != null) {
                p.setProperty("password", env.get("OMEGA_JOURNAL_PASSWORD"));
            }
            return Journal.jdbc(new DriverManagerDataSource(u, p));
        }
        Path chosen = f != null ? f : defaultFile;
        if (chosen == null) {
            throw new SettingsException("which journal? give --journal FILE or --journal-url URL (or OMEGA_JOURNAL)");
        }
        return Journal.sqlite(chosen);
    }

    /** The campaign: {@code --nom}, else the default, else the journal's only campaign. */
    String nom(Journal journal, String defaultNom) {
        if (nom != null) {
            return nom;
        }
        if (defaultNom != null) {
            return defaultNom;
        }
        List<String> all = journal.campagnes();
        if (all.size() != 1) {
            throw new SettingsException(all.isEmpty() ? "the journal holds no campaign"
                    : "the journal holds several campaigns, give --nom: " + all);
        }
        return all.get(0);
    }

    /** A connection per call from the driver: the command line runs one campaign, with few connections. */
    private static final class DriverManagerDataSource implements DataSource {
        private final String url;
        private final Properties properties;

        DriverManagerDataSource(String url, Properties properties) {
            this.url = url;
            this.properties = properties;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, properties);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            Properties p = new Properties();
            p.putAll(properties);
            p.setProperty("user", user);
            p.setProperty("password", password);
            return DriverManager.getConnection(url, p);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log writer: the driver logs through java.util.logging
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
