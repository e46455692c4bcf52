/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.campagne;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's schema, shipped as versioned SQL ({@code io/github/omegadit/campagne/<dialect>/V<n>__*.sql}) and
 * applied in order on first use, each version in one transaction with its number recorded in
 * {@code campagne_schema}. A journal newer than this library is refused rather than written by old code.
 */
public final class Schema {

    /** The newest schema version this library knows. */
    public static final int LATEST = 1;

    private static final String[] FILES = {"V1__journal.sql"};

    private Schema() {}

    /** Brings the journal's schema to {@link #LATEST}. */
    public static void migrate(Connections connections) throws SQLException {
        Dialect d = connections.dialect();
        connections.tx(c -> {
            d.lockForMigration(c);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS campagne_schema (version INTEGER NOT NULL)");
            }
            int current = version(c);
            if (current > LATEST) {
                throw new IllegalStateException("the campaign journal has schema version " + current
                        + ", newer than this library's " + LATEST + ": upgrade omega-dit");
            }
            for (int v = current + 1; v <= LATEST; v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(read(d, FILES[v - 1]))) {
                        s.execute(sql);
                    }
                    s.executeUpdate("DELETE FROM campagne_schema");
                    s.executeUpdate("INSERT INTO campagne_schema (version) VALUES (" + v + ")");
                }
            }
            return null;
        });
    }

    /** The schema version of a journal, 0 when none was applied. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT MAX(version) FROM campagne_schema")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static String read(Dialect d, String file) {
        String path = "/io/github/omegadit/campagne/" + d.resourceDir() + "/" + file;
        try (InputStream in = Schema.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing journal schema resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script: comments dropped, split at each {@code ;}. */
    static List<String> statements(String script) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            int comment = line.indexOf("--");
            sb.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : sb.toString().split(";")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
