/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.omegadit.DitClient;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.SimulatedPce;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal on a real PostgreSQL (embedded binaries from Maven Central, started here), never a mock. */
class PostgresJournalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static EmbeddedPostgres pg;
    static HikariDataSource ds;

    OmegaSimulator sim;
    DitClient client;

    @BeforeAll
    static void startPostgres() throws IOException {
        // zonky turns synchronous_commit off by default: on, a commit is durable when it returns, as in production
        pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        c.setMaximumPoolSize(12);
        ds = new HikariDataSource(c);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        ds.close();
        pg.close();
    }

    @BeforeEach
    void start() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS campagne_appel, campagne_demande, campagne_schema");
        }
        sim = OmegaSimulator.builder().today(TODAY).build().start();
        for (int i = 0; i < 10; i++) {
            sim.addPce(new SimulatedPce("GJ" + String.format("%06d", i), Segment.JJ_JM_MM, "59000", "Lille",
                    OmegaSimulator.DEMO_NUMERO_CAD));
        }
        client = DitClient.builder().endpoint(sim.url()).dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE)
                .numeroCad(OmegaSimulator.DEMO_NUMERO_CAD).login(OmegaSimulator.DEMO_LOGIN).build();
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    static List<CreerDemande> demandes(int n) {
        List<CreerDemande> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(CreerDemande.builder().referenceDemande("PG-" + i).numeroPce("GJ" + String.format("%06d", i % 10))
                    .codeIntervention("206").rdvDate(TODAY.plusDays(7 + i % 10)).build());
        }
        return out;
    }

    Map<String, Long> createdByReference() {
        return sim.demandes().stream().filter(d -> d.referenceDemande() != null)
                .collect(Collectors.groupingBy(SimulatedDemande::referenceDemande, Collectors.counting()));
    }

    @Nested
    class InThisJvm {
        @Test
        void run_onPostgres_createsEachOnceAndSchemaIsVersioned() throws Exception {
            Journal journal = Journal.jdbc(ds);
            Progress end = Campagne.builder().nom("pg").client(client).journal(journal).build().run(demandes(20));

            assertThat(end.finished()).isEqualTo(20);
            assertThat(createdByReference()).hasSize(20).allSatisfy((ref, n) -> assertThat(n).isEqualTo(1L));
            assertThat(journal.demandes("pg")).allMatch(r -> r.statut() == Statut.DONE && r.numeroDemande() != null);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT version FROM campagne_schema")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM campagne_appel WHERE operation = "
                            + "'CreerDemandeDIT' AND issue = 'ANSWERED' AND answer_at >= intent_at")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(20);
            }
        }

        @Test
        void twoRunnersAtOnce_splitTheCampaign_neverCreateTwice() {
            Journal a = Journal.jdbc(ds);
            Journal b = Journal.jdbc(ds);
            Campagne ca = Campagne.builder().nom("split").client(client).journal(a).concurrency(3).build();
            Campagne cb = Campagne.builder().nom("split").client(client).journal(b).concurrency(3).build();
            ca.load(demandes(60));
            cb.load(demandes(60));

            CampagneRun ra = ca.start();
            CampagneRun rb = cb.start();
            ra.await();
            rb.await();

            assertThat(ra.progress().doneByThis()).isPositive();
            assertThat(rb.progress().doneByThis()).isPositive();
            assertThat(ra.progress().doneByThis() + rb.progress().doneByThis()).isEqualTo(60);
            assertThat(createdByReference()).hasSize(60).allSatisfy((ref, n) -> assertThat(n).isEqualTo(1L));
            assertThat(a.demandes("split")).allMatch(r -> r.statut() == Statut.DONE);
        }

        @Test
        void rowsOfADeadRunner_areRecovered_thoseOfALiveOneAreNot() throws Exception {
            Journal journal = Journal.jdbc(ds);
            Campagne c = Campagne.builder().nom("dead").client(client).journal(journal).build();
            c.load(demandes(3));
            try (Connection live = ds.getConnection(); Statement s = live.createStatement()) {
                // runner 111 holds its lock (alive) and is creating PG-0; runner 222 died while creating PG-1
                s.execute("SELECT pg_advisory_lock(" + 0x4F4D4547 + ", 111)");
                owned(live, "PG-0", 111, Statut.CREATING);
                owned(live, "PG-1", 222, Statut.CREATING);

                c.run();

                assertThat(journal.demande("dead", "PG-0").orElseThrow().statut()).isEqualTo(Statut.CREATING);
                assertThat(journal.demande("dead", "PG-1").orElseThrow().statut()).isEqualTo(Statut.UNCERTAIN);
                assertThat(journal.demande("dead", "PG-2").orElseThrow().statut()).isEqualTo(Statut.DONE);
                assertThat(createdByReference()).containsOnlyKeys("PG-2");
                s.execute("SELECT pg_advisory_unlock_all()");
            }
        }

        private void owned(Connection c, String ref, long owner, Statut statut) throws Exception {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campagne_demande SET owner = ?, statut = ? "
                    + "WHERE campagne = 'dead' AND reference_demande = ?")) {
                ps.setLong(1, owner);
                ps.setString(2, statut.name());
                ps.setString(3, ref);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    @Nested
    class ThreeProcesses {
        @TempDir
        Path dir;

        @Test
        void threeProcessesOnOneJournal_splitTheCampaign_neverCreateTwice_allDone() throws Exception {
            StringBuilder sb = new StringBuilder("reference,pce,code,date\n");
            for (CreerDemande d : demandes(150)) {
                sb.append(d.referenceDemande()).append(',').append(d.numeroPce()).append(",206,")
                        .append(d.rdvDate()).append('\n');
            }
            Path csv = dir.resolve("partage.csv");
            Files.writeString(csv, sb);
            Map<String, String> env = Map.of("OMEGA_JOURNAL_URL", pg.getJdbcUrl("postgres", "postgres"));
            List<CampagneProcess> children = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                children.add(CampagneProcess.start(sim.url(), dir, env, csv.toString(), "--concurrency", "3",
                        "--rate", "60", "--progress", "none"));
            }
            for (CampagneProcess p : children) {
                assertThat(p.await(90)).as(p.err()).isIn(0, 4);
            }

            assertThat(createdByReference()).hasSize(150).allSatisfy((ref, n) -> assertThat(n).isEqualTo(1L));
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(150);
            Journal journal = Journal.jdbc(ds);
            assertThat(journal.demandes("partage")).hasSize(150).allMatch(r -> r.statut() == Statut.DONE);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(DISTINCT owner) FROM campagne_appel")) {
                r.next();
                assertThat(r.getInt(1)).as("processes that created demandes").isGreaterThanOrEqualTo(2);
            }
        }
    }
}
