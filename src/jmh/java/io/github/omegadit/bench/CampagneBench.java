/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.campagne.AppointmentPolicy;
import io.github.omegadit.campagne.Campagne;
import io.github.omegadit.campagne.Journal;
import io.github.omegadit.campagne.Progress;
import io.github.omegadit.campagne.Statut;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.SimulatedPce;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Campaign benchmarks (issue 13), a benchmark main rather than JMH: a campaign is a long batch, measured whole.
 * <ul>
 * <li>the journal's cost per demande: the same demandes run by a plain thread pool (the dialogue, no journal) and by
 *     {@link Campagne} with the embedded SQLite journal and with PostgreSQL (embedded server, HikariCP pool), in
 *     rounds that alternate the contenders so background load falls on all of them;</li>
 * <li>a 10,000-demande campaign with the SQLite journal: demandes per second.</li>
 * </ul>
 * All against the in-process simulator, 8 concurrent demandes. The demandes are 90 % JJ/MM PCEs (T / DmdOkDD at
 * creation: two calls) and 10 % 6M PCEs stopped at their requested date (AbandonnerRdv: three calls, one more
 * journalled intent), so the simulator's calendar never runs out.
 */
final class CampagneBench {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final int CONCURRENCY = 8;

    private CampagneBench() {}

    /** Alone: {@code CampagneBench <out-dir> [quick]}; prints the Markdown section. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        List<String> md = run(out, args.length > 1 && args[1].equals("quick"));
        System.out.println();
        md.forEach(System.out::println);
    }

    static List<String> run(Path out, boolean quick) throws Exception {
        int perRound = quick ? 200 : 1000;
        int rounds = quick ? 1 : 5;
        int big = quick ? 1000 : 10_000;
        List<String> md = new ArrayList<>();
        Map<String, List<Double>> msPerDemande = new LinkedHashMap<>();
        for (String c : List.of("no journal", "SQLite journal", "PostgreSQL journal")) {
            msPerDemande.put(c, new ArrayList<>());
        }
        double bigRate;
        Progress bigEnd;
        try (OmegaSimulator sim = simulator(); EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("synchronous_commit", "on").start();
                HikariDataSource ds = pool(pg); DitClient client = client(sim)) {
            warmUp(client, sim, out);
            for (int r = 1; r <= rounds; r++) {
                System.out.println("=== campaign benchmarks, round " + r + " of " + rounds);
                List<CreerDemande> d = demandes("R" + r + "-", perRound);
                sim.reset();
                msPerDemande.get("no journal").add(plain(client, d) / perRound);
                sim.reset();
                Path file = out.resolve("bench-" + r + ".db");
                Files.deleteIfExists(file);
                try (Journal j = Journal.sqlite(file)) {
                    msPerDemande.get("SQLite journal").add(campagne(client, j, "sqlite", d) / perRound);
                }
                sim.reset();
                clear(ds);
                try (Journal j = Journal.jdbc(ds)) {
                    msPerDemande.get("PostgreSQL journal").add(campagne(client, j, "pg", d) / perRound);
                }
            }
            System.out.println("=== campaign of " + big + " demandes");
            sim.reset();
            Path file = out.resolve("bench-big.db");
            Files.deleteIfExists(file);
            try (Journal j = Journal.sqlite(file)) {
                Campagne c = Campagne.builder().nom("big").client(client).journal(j).concurrency(CONCURRENCY)
                        .appointmentPolicy(AppointmentPolicy.stopAtRequestedDate()).build();
                c.load(demandes("B-", big));
                long t0 = System.nanoTime();
                bigEnd = c.run();
                bigRate = big / ((System.nanoTime() - t0) / 1e9);
            }
        }
        md.add("## Campaigns: the journal's cost, and a " + String.format(Locale.ROOT, "%,d", big)
                + "-demande campaign");
        md.add("");
        md.add("Against the in-process simulator, " + CONCURRENCY + " demandes at once, each its whole dialogue: 90 % "
                + "JJ/MM PCEs (VerifierRecevabiliteDIT, CreerDemandeDIT → DmdOkDD), 10 % 6M PCEs stopped at the "
                + "requested date (… → ListeDP or DatePlageH → AbandonnerRdv → DmdOkDD). \"No journal\" runs the "
                + "same dialogues on a plain thread pool; the campaigns add, per demande, a claim (shared by a "
                + "batch), the intent and the answer of each state-changing call (each one committed transaction, "
                + "fsynced for SQLite: WAL, synchronous=FULL). PostgreSQL is the embedded server (zonky, with "
                + "synchronous_commit=on: each commit waits for its WAL flush) through a HikariCP pool. " + rounds + " rounds of " + perRound + " demandes, contenders "
                + "alternated in each round.");
        md.add("");
        md.add("| contender | ms per demande (wall, 8 at once): median [min – max] | demandes/s (median) | "
                + "overhead per demande vs no journal (median) | ratio to no journal, same round: median [min – max] |");
        md.add("|---|---|---|---|---|");
        List<Double> base = msPerDemande.get("no journal");
        for (Map.Entry<String, List<Double>> e : msPerDemande.entrySet()) {
            List<Double> v = e.getValue();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                ratios.add(v.get(i) / base.get(i));
            }
            md.add(String.format(Locale.ROOT, "| %s | %.2f [%.2f – %.2f] | %.0f | %+.2f ms | %.2f [%.2f – %.2f] |",
                    e.getKey(), median(v), min(v), max(v), 1000 / median(v), median(v) - median(base),
                    median(ratios), min(ratios), max(ratios)));
        }
        md.add("");
        md.add(String.format(Locale.ROOT, "A campaign of %,d demandes, SQLite journal: **%.0f demandes/s** (%s).", big,
                bigRate, bigEnd.byStatut().get(Statut.DONE) + " DONE, " + bigEnd.uncertain() + " UNCERTAIN"));
        md.add("");
        return md;
    }

    static double median(List<Double> v) {
        List<Double> sorted = v.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static OmegaSimulator simulator() {
        OmegaSimulator sim = OmegaSimulator.builder().today(TODAY).workerThreads(16).build().start();
        for (int i = 0; i < 100; i++) {
            sim.addPce(new SimulatedPce(String.format("GJ%06d", i), Segment.JJ_JM_MM,
                    i % 2 == 0 ? "59000" : "31000", "", OmegaSimulator.DEMO_NUMERO_CAD));
            sim.addPce(new SimulatedPce(String.format("GM%06d", i), Segment.SIX_M, "75011", "Paris",
                    OmegaSimulator.DEMO_NUMERO_CAD));
        }
        return sim;
    }

    private static DitClient client(OmegaSimulator sim) {
        return DitClient.builder().endpoint(sim.url()).dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE)
                .numeroCad(OmegaSimulator.DEMO_NUMERO_CAD).login(OmegaSimulator.DEMO_LOGIN)
                .retry(RetryPolicy.none()).build();
    }

    private static HikariDataSource pool(EmbeddedPostgres pg) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        c.setMaximumPoolSize(CONCURRENCY + 4);
        return new HikariDataSource(c);
    }

    private static void clear(HikariDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS campagne_appel, campagne_demande, campagne_schema");
        }
    }

    static List<CreerDemande> demandes(String prefix, int n) {
        List<CreerDemande> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate date = TODAY.plusDays(7 + i % 20);
            CreerDemande.Builder b = CreerDemande.builder().referenceDemande(prefix + i);
            if (i % 10 == 9) {
                b.numeroPce(String.format("GM%06d", i % 100)).codeIntervention("34").codeMotif("23").rdv(date, "MATIN");
            } else {
                b.numeroPce(String.format("GJ%06d", i % 100)).codeIntervention("206").rdvDate(date);
            }
            out.add(b.build());
        }
        return out;
    }

    /** The campaign's dialogues without a journal; returns the wall time in ms. */
    private static double plain(DitClient client, List<CreerDemande> demandes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < CONCURRENCY; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < demandes.size()) {
                    CreerDemande d = demandes.get(i);
                    Dialogue dit = client.newDialogue();
                    dit.verifierRecevabilite(new VerifierRecevabilite(d.numeroPce(), d.codePostal()));
                    dit.creerDemande(d);
                    if (dit.numeroDemande().isPresent() && dit.state().allows(Operation.ABANDONNER_RDV)) {
                        dit.abandonnerRdv();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The same dialogues as a campaign with this journal; returns the wall time in ms. */
    private static double campagne(DitClient client, Journal journal, String nom, List<CreerDemande> demandes) {
        Campagne c = Campagne.builder().nom(nom).client(client).journal(journal).concurrency(CONCURRENCY)
                .appointmentPolicy(AppointmentPolicy.stopAtRequestedDate()).build();
        c.load(demandes);
        long t0 = System.nanoTime();
        Progress end = c.run();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (end.byStatut().get(Statut.DONE) != demandes.size()) {
            throw new IllegalStateException("campaign " + nom + " did not finish every demande: " + end.byStatut());
        }
        return ms;
    }

    /** JIT and connection warm-up, for every contender. */
    private static void warmUp(DitClient client, OmegaSimulator sim, Path out) throws Exception {
        System.out.println("=== campaign benchmarks, warm-up");
        plain(client, demandes("W-", 1500));
        Path file = out.resolve("bench-warm.db");
        Files.deleteIfExists(file);
        try (Journal j = Journal.sqlite(file)) {
            campagne(client, j, "warm", demandes("W-", 1500));
        }
        sim.reset();
    }
}
