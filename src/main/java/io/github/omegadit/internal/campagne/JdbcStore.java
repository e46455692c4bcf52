/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.campagne;

import io.github.omegadit.campagne.Resultat;
import io.github.omegadit.campagne.Statut;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal's SQL. Every public method is one transaction, committed before it returns. The tables are described in
 * the versioned schema ({@code V1__journal.sql}).
 */
public final class JdbcStore implements AutoCloseable {

    /** A demande claimed by a runner. */
    public record Claimed(String referenceDemande, long seq, String numeroPce, String demande, Statut statut,
            String numeroDemande) {}

    /** A demande to load: its reference, PCE and the CreerDemande as one CSV record. */
    public record Row(String referenceDemande, long seq, String numeroPce, String demande) {}

    /** What a load found: rows inserted, rows already there with the same content, rows already there differing. */
    public record Loaded(int inserted, int unchanged, List<String> conflicting) {}

    /**
     * The new state of a demande.
     *
     * @param numeroDemande kept as it is when {@code null}
     */
    public record Change(Statut statut, String numeroDemande, String codeRetour, DatePlage rdv, String detail) {}

    private static final String COLUMNS = "campagne, reference_demande, numero_pce, statut, numero_demande, "
            + "code_retour, rdv_date, rdv_plage, detail, updated_at";

    private final Connections connections;
    private final Dialect dialect;

    /** A store on these connections, its schema brought to the latest version first. */
    public JdbcStore(Connections connections) throws SQLException {
        this.connections = connections;
        this.dialect = connections.dialect();
        Schema.migrate(connections);
    }

    /** Where the transactions run. */
    public Connections connections() {
        return connections;
    }

    /** Inserts the rows not in the journal yet; reports those present with another content. */
    public Loaded load(String campagne, List<Row> rows) throws SQLException {
        return connections.tx(c -> {
            int inserted = 0;
            int unchanged = 0;
            List<String> conflicting = new ArrayList<>();
            Instant now = Instant.now();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO campagne_demande (campagne, "
                    + "reference_demande, seq, numero_pce, demande, statut, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (campagne, reference_demande) DO NOTHING");
                    PreparedStatement sel = c.prepareStatement("SELECT demande FROM campagne_demande "
                            + "WHERE campagne = ? AND reference_demande = ?")) {
                for (Row r : rows) {
                    ins.setString(1, campagne);
                    ins.setString(2, r.referenceDemande());
                    ins.setLong(3, r.seq());
                    ins.setString(4, r.numeroPce());
                    ins.setString(5, r.demande());
                    ins.setString(6, Statut.PENDING.name());
                    dialect.setInstant(ins, 7, now);
                    if (ins.executeUpdate() == 1) {
                        inserted++;
                        continue;
                    }
                    sel.setString(1, campagne);
                    sel.setString(2, r.referenceDemande());
                    try (ResultSet rs = sel.executeQuery()) {
                        rs.next();
                        if (rs.getString(1).equals(r.demande())) {
                            unchanged++;
                        } else {
                            conflicting.add(r.referenceDemande());
                        }
                    }
                }
            }
            return new Loaded(inserted, unchanged, conflicting);
        });
    }

    /**
     * Claims up to {@code n} unowned demandes that have work left (to create, or awaiting an appointment), in input
     * order. Concurrent claimers never get the same row.
     */
    public List<Claimed> claim(String campagne, long owner, int n) throws SQLException {
        return connections.tx(c -> {
            List<Claimed> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("UPDATE campagne_demande SET owner = ? "
                    + "WHERE campagne = ? AND owner IS NULL AND reference_demande IN ("
                    + "SELECT reference_demande FROM campagne_demande WHERE campagne = ? AND owner IS NULL "
                    + "AND statut IN ('PENDING', 'AWAITING_APPOINTMENT', 'APPOINTMENT_CALL') ORDER BY seq LIMIT ?"
                    + dialect.claimLock() + ") RETURNING reference_demande, seq, numero_pce, demande, statut, "
                    + "numero_demande")) {
                ps.setLong(1, owner);
                ps.setString(2, campagne);
                ps.setString(3, campagne);
                ps.setInt(4, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Claimed(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                Statut.valueOf(rs.getString(5)), rs.getString(6)));
                    }
                }
            }
            out.sort(Comparator.comparingLong(Claimed::seq));
            return out;
        });
    }

    /** The owners of rows, other than {@code self}: candidates for recovery. */
    public List<Long> otherOwners(long self) throws SQLException {
        return connections.tx(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT owner FROM campagne_demande "
                    + "WHERE owner IS NOT NULL AND owner <> ?")) {
                ps.setLong(1, self);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * What to do, in one transaction, with the rows of a runner that is gone (or has finished): a creation in flight
     * becomes UNCERTAIN, its call NO_ANSWER; every row is released. An appointment call in flight keeps its status:
     * the next runner asks OMEGA where the demande stands before anything else.
     */
    public Connections.Work<Void> release(long owner, String why) {
        return c -> {
            Instant now = Instant.now();
            try (PreparedStatement a = c.prepareStatement("UPDATE campagne_appel SET issue = 'NO_ANSWER', "
                    + "answer_at = ?, detail = ? WHERE owner = ? AND issue IS NULL");
                    PreparedStatement u = c.prepareStatement("UPDATE campagne_demande SET statut = 'UNCERTAIN', "
                            + "detail = ?, updated_at = ? WHERE owner = ? AND statut = 'CREATING'");
                    PreparedStatement r = c.prepareStatement("UPDATE campagne_demande SET owner = NULL "
                            + "WHERE owner = ?")) {
                dialect.setInstant(a, 1, now);
                a.setString(2, why);
                a.setLong(3, owner);
                a.executeUpdate();
                u.setString(1, "CreerDemandeDIT sent without a recorded answer (" + why + "): look the demande up "
                        + "in OMEGA's follow-up by its ReferenceDemande, then reconcile");
                dialect.setInstant(u, 2, now);
                u.setLong(3, owner);
                u.executeUpdate();
                r.setLong(1, owner);
                r.executeUpdate();
            }
            return null;
        };
    }

    /**
     * The intent of a state-changing call, durable when this returns: the call's row, and the demande in
     * {@code inFlight} (CREATING or APPOINTMENT_CALL).
     *
     * @return the call's id, for {@link #answer}
     */
    public long intent(String campagne, String reference, long owner, Operation op, String numeroDemande,
            DatePlage slot, Statut inFlight) throws SQLException {
        return connections.tx(c -> {
            Instant now = Instant.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO campagne_appel (campagne, "
                    + "reference_demande, operation, numero_demande, rdv_date, rdv_plage, owner, intent_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, campagne);
                ps.setString(2, reference);
                ps.setString(3, op.wsdlName());
                ps.setString(4, numeroDemande);
                dialect.setDate(ps, 5, slot == null ? null : slot.date());
                ps.setString(6, slot == null ? null : slot.plage());
                ps.setLong(7, owner);
                dialect.setInstant(ps, 8, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            setStatut(c, campagne, reference, owner, inFlight, now);
            return id;
        });
    }

    /** The outcome of a call whose intent is {@code appel}, and the demande's new state, in one transaction. */
    public void answer(long appel, String issue, String typeRetour, String codeRetour, String detail,
            String campagne, String reference, long owner, Change change) throws SQLException {
        connections.tx(c -> {
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE campagne_appel SET answer_at = ?, issue = ?, "
                    + "type_retour = ?, code_retour = ?, detail = ?, numero_demande = COALESCE(numero_demande, ?) "
                    + "WHERE id = ?")) {
                dialect.setInstant(ps, 1, now);
                ps.setString(2, issue);
                ps.setString(3, typeRetour);
                ps.setString(4, codeRetour);
                ps.setString(5, detail);
                ps.setString(6, change.numeroDemande());
                ps.setLong(7, appel);
                ps.executeUpdate();
            }
            change(c, campagne, reference, owner, change, now);
            return null;
        });
    }

    /** A new state of a demande outside any state-changing call (a refusal, a page, a rule broken). */
    public void update(String campagne, String reference, long owner, Change change) throws SQLException {
        connections.tx(c -> {
            change(c, campagne, reference, owner, change, Instant.now());
            return null;
        });
    }

    private void change(Connection c, String campagne, String reference, long owner, Change ch, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE campagne_demande SET statut = ?, "
                + "numero_demande = COALESCE(?, numero_demande), code_retour = ?, rdv_date = ?, rdv_plage = ?, "
                + "detail = ?, updated_at = ? WHERE campagne = ? AND reference_demande = ? AND owner = ?")) {
            ps.setString(1, ch.statut().name());
            ps.setString(2, ch.numeroDemande());
            ps.setString(3, ch.codeRetour());
            dialect.setDate(ps, 4, ch.rdv() == null ? null : ch.rdv().date());
            ps.setString(5, ch.rdv() == null ? null : ch.rdv().plage());
            ps.setString(6, ch.detail());
            dialect.setInstant(ps, 7, now);
            ps.setString(8, campagne);
            ps.setString(9, reference);
            ps.setLong(10, owner);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("demande " + reference + " of campaign " + campagne
                        + " is no longer claimed by runner " + owner);
            }
        }
    }

    private void setStatut(Connection c, String campagne, String reference, long owner, Statut statut, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE campagne_demande SET statut = ?, updated_at = ? "
                + "WHERE campagne = ? AND reference_demande = ? AND owner = ?")) {
            ps.setString(1, statut.name());
            dialect.setInstant(ps, 2, now);
            ps.setString(3, campagne);
            ps.setString(4, reference);
            ps.setLong(5, owner);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("demande " + reference + " of campaign " + campagne
                        + " is no longer claimed by runner " + owner + ": intent not written, nothing sent");
            }
        }
    }

    /** Counts by status. */
    public Map<Statut, Integer> counts(String campagne) throws SQLException {
        return connections.tx(c -> {
            Map<Statut, Integer> m = new EnumMap<>(Statut.class);
            try (PreparedStatement ps = c.prepareStatement("SELECT statut, COUNT(*) FROM campagne_demande "
                    + "WHERE campagne = ? GROUP BY statut")) {
                ps.setString(1, campagne);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(Statut.valueOf(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            return m;
        });
    }

    /** The demandes of a campaign, in input order; all of them when {@code statut} is {@code null}. */
    public List<Resultat> list(String campagne, Statut statut) throws SQLException {
        return connections.tx(c -> {
            List<Resultat> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM campagne_demande "
                    + "WHERE campagne = ?" + (statut == null ? "" : " AND statut = ?") + " ORDER BY seq")) {
                ps.setString(1, campagne);
                if (statut != null) {
                    ps.setString(2, statut.name());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(resultat(rs));
                    }
                }
            }
            return out;
        });
    }

    /** One demande. */
    public Optional<Resultat> get(String campagne, String reference) throws SQLException {
        return connections.tx(c -> get(c, campagne, reference));
    }

    private Optional<Resultat> get(Connection c, String campagne, String reference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM campagne_demande "
                + "WHERE campagne = ? AND reference_demande = ?")) {
            ps.setString(1, campagne);
            ps.setString(2, reference);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(resultat(rs)) : Optional.empty();
            }
        }
    }

    /** The names of the campaigns in the journal. */
    public List<String> campagnes() throws SQLException {
        return connections.tx(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT DISTINCT campagne FROM campagne_demande ORDER BY campagne")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * An operator's verdict on an UNCERTAIN demande: found at OMEGA (with its NumeroDemande: the appointment step
     * resumes) or not found (PENDING: it may be created again).
     *
     * @throws IllegalArgumentException when the campaign has no such demande
     * @throws IllegalStateException    when it is not UNCERTAIN
     */
    public Resultat reconcile(String campagne, String reference, String numeroDemande) throws SQLException {
        return connections.tx(c -> {
            Resultat r = get(c, campagne, reference).orElseThrow(() -> new IllegalArgumentException("campaign "
                    + campagne + " has no demande with ReferenceDemande " + reference));
            if (r.statut() != Statut.UNCERTAIN) {
                throw new IllegalStateException("demande " + reference + " is " + r.statut()
                        + ", not UNCERTAIN: nothing to reconcile");
            }
            boolean found = numeroDemande != null;
            try (PreparedStatement ps = c.prepareStatement("UPDATE campagne_demande SET statut = ?, "
                    + "numero_demande = ?, detail = ?, updated_at = ? WHERE campagne = ? AND reference_demande = ? "
                    + "AND statut = 'UNCERTAIN'")) {
                ps.setString(1, (found ? Statut.AWAITING_APPOINTMENT : Statut.PENDING).name());
                ps.setString(2, numeroDemande);
                ps.setString(3, found ? "reconciled: found at OMEGA as " + numeroDemande
                        : "reconciled: not found at OMEGA, to create again");
                dialect.setInstant(ps, 4, Instant.now());
                ps.setString(5, campagne);
                ps.setString(6, reference);
                ps.executeUpdate();
            }
            return get(c, campagne, reference).orElseThrow();
        });
    }

    private Resultat resultat(ResultSet rs) throws SQLException {
        LocalDate d = dialect.getDate(rs, "rdv_date");
        String plage = rs.getString("rdv_plage");
        return new Resultat(rs.getString("campagne"), rs.getString("reference_demande"), rs.getString("numero_pce"),
                Statut.valueOf(rs.getString("statut")), rs.getString("numero_demande"), rs.getString("code_retour"),
                d == null ? null : new DatePlage(d, plage == null ? "" : plage), rs.getString("detail"),
                dialect.getInstant(rs, "updated_at"));
    }

    @Override
    public void close() {
        connections.close();
    }
}
