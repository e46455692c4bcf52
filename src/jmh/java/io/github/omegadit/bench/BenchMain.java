/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of issue 7 in one go and writes the figures, the ratios and the verdict on each target to
 * {@code <out>/summary.md} (and the console). Started by {@code mvn -Pbench -DskipTests verify}.
 *
 * <p>Usage: {@code BenchMain <out-dir> [full|quick] [section...]}; sections are {@code calls build fresh knobs
 * dialogues}, all of them when none is named, and {@code pieces} (DitClient's per-call work without I/O, for
 * profiling), run only when named; {@code campagne} is {@link CampagneBench}. {@code quick} runs each with the fewest iterations (a smoke test of
 * the harness; its figures mean little).
 *
 * <p>Per-call benchmarks run in rounds of one fork each, every contender once per round, so that background load on
 * a small machine falls on all contenders alike instead of on whichever ran during a burst.
 */
public final class BenchMain {

    static final String PACKAGE = "io.github.omegadit.bench.";
    /**
     * Warm-up iterations of 1 s per fork: on this 2-core machine, CXF's and JAXB's code takes about 15-20 s of calls
     * before the JIT has settled (time and CPU per call still fall by half after 5 s).
     */
    static final int WARMUP_ITERATIONS = 15;
    static final List<String> CONTENDERS = List.of("Raw", "Cxf", "CxfWsdl", "DitClient");
    static final List<String> OPERATIONS = List.of("verifier", "pair");
    static final List<String> THREADS = List.of("OneThread", "EightThreads");

    /** Knob variants for the CXF transport: label, JVM options. */
    static final Map<String, List<String>> KNOBS = new LinkedHashMap<>();

    static {
        KNOBS.put("defaults of this run (JDK HttpClient conduit, HTTP/1.1, no chunking)", List.of());
        KNOBS.put("HttpURLConnection conduit (-Dorg.apache.cxf.transport.http.forceURLConnection=true)",
                List.of("-Dorg.apache.cxf.transport.http.forceURLConnection=true"));
        KNOBS.put("chunking allowed (plain CXF only; DitClient keeps it off)", List.of("-Dbench.cxf.chunking=true"));
        KNOBS.put("HTTP version left to CXF (plain CXF only; DitClient forces 1.1)",
                List.of("-Dbench.cxf.version=auto"));
        KNOBS.put("plain CXF given DitClient's StAX limits and thread-local request context",
                List.of("-Dbench.cxf.asDitClient=true"));
    }

    private final Path out;
    private final boolean quick;
    private final StringBuilder report = new StringBuilder();

    /** The primary score's key in {@link #metrics}. */
    static final String PRIMARY = "time";

    /** metric → benchmark → samples (one per measurement iteration), over all rounds. */
    private final Map<String, Map<String, List<Double>>> metrics = new LinkedHashMap<>();

    private BenchMain(Path out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BenchMain <out-dir> [full|quick] [calls] [build] [fresh] [knobs] [dialogues]"
                    + " [pieces] [campagne]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        boolean quick = false;
        Set<String> sections = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            for (String a : args[i].trim().split("[\\s,]+")) {
                switch (a) {
                    case "", "full" -> { }
                    case "quick" -> quick = true;
                    case "calls", "build", "fresh", "knobs", "dialogues", "pieces", "campagne" -> sections.add(a);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
        }
        if (sections.isEmpty()) {
            sections.addAll(List.of("calls", "build", "fresh", "knobs", "dialogues", "campagne"));
        }
        new BenchMain(out, quick).run(sections);
    }

    private void run(Set<String> sections) throws Exception {
        long start = System.nanoTime();
        line("# omega-dit benchmarks (" + (quick ? "QUICK smoke run: figures not meaningful" : "full run") + ")");
        line("");
        machine();
        List<String> verdicts = new ArrayList<>();
        if (sections.contains("calls")) {
            calls(verdicts);
        }
        if (sections.contains("build")) {
            build(verdicts);
        }
        if (sections.contains("fresh")) {
            fresh(verdicts);
        }
        if (sections.contains("knobs")) {
            knobs();
        }
        if (sections.contains("dialogues")) {
            dialogues();
        }
        if (sections.contains("pieces")) {
            pieces();
        }
        if (sections.contains("campagne")) {
            CampagneBench.run(out, quick).forEach(this::line);
        }
        if (!verdicts.isEmpty()) {
            line("## Targets");
            line("");
            line("| target | measured | verdict |");
            line("|---|---|---|");
            verdicts.forEach(this::line);
            line("");
        }
        line(String.format(Locale.ROOT, "Whole run: %.1f min; load average at the end: %s.",
                (System.nanoTime() - start) / 60e9, loadAverage()));
        Path summary = out.resolve("summary.md");
        Files.writeString(summary, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + summary.toAbsolutePath());
    }

    // ------------------------------------------------------------------ sections

    private void machine() throws IOException {
        line("## Machine");
        line("");
        line("- CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available to the JVM");
        line("- RAM: " + memTotal());
        line("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        line("- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        line("- started " + Instant.now() + ", load average " + loadAverage());
        line("");
    }

    private void calls(List<String> verdicts) throws Exception {
        int rounds = quick ? 1 : 2;
        int wi = quick ? 1 : WARMUP_ITERATIONS;
        int mi = quick ? 2 : 5;
        for (int r = 1; r <= rounds; r++) {
            System.out.println("=== per-call benchmarks, round " + r + " of " + rounds);
            collect(jmh(options(PACKAGE + "Calls\\..*", "calls-round-" + r, List.of())
                    .forks(1).warmupIterations(wi).measurementIterations(mi)
                    .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1))
                    .addProfiler(GCProfiler.class).addProfiler(ClientCostProfiler.class)));
        }
        String runs = String.format(Locale.ROOT, "Mean ± 99.9%% confidence half-interval over %d rounds × 1 fork "
                + "× %d measurement iterations of 1 s (%d warm-up iterations per fork).", rounds, mi, wi);

        line("## Wall-clock time per call (µs/op, lower is better)");
        line("");
        line(runs + " With 8 threads, the time is each thread's; calls/s = threads / time.");
        line("");
        ratioTable(PRIMARY, 1, true);

        line("## CPU time per call, client only (µs/op, lower is better)");
        line("");
        line("CPU time of the benchmark JVM per call (every thread: caller, HTTP client threads, JIT, GC) less the "
                + "in-process server's threads (`ClientCostProfiler`). Far less disturbed by other work on the "
                + "machine than wall-clock time. " + runs);
        line("");
        ratioTable("cpu.client.norm", 1, true);
        line("Server's own CPU per call, for reference: " + serverShare("cpu.server.norm", 1) + " µs/op.");
        line("");

        line("## Bytes allocated per call (B/op, lower is better)");
        line("");
        line("As `-prof gc` reports it (`gc.alloc.rate.norm`, which counts every thread of the JVM, the in-process "
                + "server's included):");
        line("");
        ratioTable("gc.alloc.rate.norm", 0, false);
        line("Client only (`alloc.client.norm`: the same less the server's threads, whose share is "
                + serverShare("alloc.server.norm", 0) + " B/op):");
        line("");
        ratioTable("alloc.client.norm", 0, false);

        for (String threads : THREADS) {
            for (String op : OPERATIONS) {
                Stat wallDit = stat(PRIMARY, threads, op, "DitClient");
                Stat wallCxf = stat(PRIMARY, threads, op, "Cxf");
                Stat.Ratio wall = wallDit.over(wallCxf);
                Stat.Ratio cpu = stat("cpu.client.norm", threads, op, "DitClient")
                        .over(stat("cpu.client.norm", threads, op, "Cxf"));
                String verdict;
                if (cpu.value() > 1.10) {
                    verdict = verdict(false);
                } else if (wall.value() <= 1.10) {
                    verdict = verdict(true);
                } else if (wall.value() - wall.error() <= 1.10) {
                    verdict = "**met** on CPU; wall clock within its noise";
                } else {
                    verdict = "**missed** on wall clock, met on CPU";
                }
                verdicts.add("| DitClient per call ≤ 1.10 × plain CXF (" + opName(op) + ", " + threadCount(threads)
                        + " thread" + (threads.equals("OneThread") ? "" : "s") + ") | wall " + wall.format() + " ("
                        + wallDit.format(0) + " vs " + wallCxf.format(0) + " µs); CPU " + cpu.format() + " | "
                        + verdict + " |");
            }
        }
        for (String op : OPERATIONS) {
            Stat dit = stat("cpu.client.norm", "EightThreads", op, "DitClient");
            Stat.Ratio overCxf = dit.over(stat("cpu.client.norm", "EightThreads", op, "CxfWsdl"));
            Stat.Ratio overFast = dit.over(stat("cpu.client.norm", "EightThreads", op, "Cxf"));
            Stat.Ratio overRaw = dit.over(stat("cpu.client.norm", "EightThreads", op, "Raw"));
            verdicts.add("| DitClient CPU per call ≤ 0.5 × plain CXF with CXF's defaults (" + opName(op)
                    + ", 8 threads) | " + overCxf.format() + " (× the fast stub: " + overFast.format() + ") | "
                    + verdict(overCxf.value() <= 0.5) + " |");
            verdicts.add("| DitClient CPU per call ≤ 2 × the raw HttpClient floor (" + opName(op) + ", 8 threads) | "
                    + overRaw.format() + " | " + verdict(overRaw.value() <= 2) + " |");
        }
        StringBuilder races = new StringBuilder();
        for (String c : CONTENDERS) {
            long hits = 0;
            for (String threads : THREADS) {
                for (String op : OPERATIONS) {
                    for (double v : metrics.getOrDefault("race.hits", Map.of()).getOrDefault(key(threads, op, c),
                            List.of())) {
                        hits += Math.round(v);
                    }
                }
            }
            races.append(races.length() == 0 ? "" : ", ").append(c).append(' ').append(hits);
        }
        line("Requests hit by the JDK HttpClient's pool race (JDK-8338569, `PoolRace`) in the measured iterations: "
                + races + " (raw and plain CXF retried them; for DitClient, creations answered `ResultatIncertain`).");
        line("");
        for (String op : OPERATIONS) {
            Stat dit = stat("alloc.client.norm", "OneThread", op, "DitClient");
            Stat cxf = stat("alloc.client.norm", "OneThread", op, "Cxf");
            Stat.Ratio r = dit.over(cxf);
            Stat.Ratio asMeasured = stat("gc.alloc.rate.norm", "OneThread", op, "DitClient")
                    .over(stat("gc.alloc.rate.norm", "OneThread", op, "Cxf"));
            verdicts.add("| allocations per call ≤ 1.15 × plain CXF (" + opName(op) + ", 1 thread) | client only "
                    + r.format() + String.format(Locale.ROOT, " (%.0f vs %.0f B/op); as -prof gc reports it ",
                    dit.mean(), cxf.mean()) + asMeasured.format() + " | " + verdict(r.value() <= 1.15) + " |");
        }
    }

    /** Contenders side by side for one metric, with the ratios. */
    private void ratioTable(String metric, int decimals, boolean vsRaw) {
        line("| operation | threads | raw HttpClient | plain CXF | CXF via WSDL | DitClient | DitClient/CXF | "
                + "CXF/raw | DitClient/raw | DitClient/CXF via WSDL |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String threads : THREADS) {
            for (String op : OPERATIONS) {
                Map<String, Stat> s = new LinkedHashMap<>();
                for (String c : CONTENDERS) {
                    s.put(c, stat(metric, threads, op, c));
                }
                line("| " + opName(op) + " | " + threadCount(threads) + " | " + s.get("Raw").format(decimals) + " | "
                        + s.get("Cxf").format(decimals) + " | " + s.get("CxfWsdl").format(decimals) + " | "
                        + s.get("DitClient").format(decimals) + " | " + s.get("DitClient").over(s.get("Cxf")).format()
                        + " | " + s.get("Cxf").over(s.get("Raw")).format() + " | "
                        + s.get("DitClient").over(s.get("Raw")).format() + " | "
                        + s.get("DitClient").over(s.get("CxfWsdl")).format() + " |");
            }
        }
        line("");
    }

    /** The server's share of a metric, averaged over every per-call benchmark, per request. */
    private String serverShare(String metric, int decimals) {
        List<Double> perRequest = new ArrayList<>();
        for (String threads : THREADS) {
            for (String op : OPERATIONS) {
                for (String c : CONTENDERS) {
                    for (double v : metrics.getOrDefault(metric, Map.of()).getOrDefault(key(threads, op, c),
                            List.of())) {
                        perRequest.add(v / requestsPerOp(op));
                    }
                }
            }
        }
        return Stat.of(perRequest).format(decimals) + " per request (× 2 for the pair)";
    }

    private Stat stat(String metric, String threads, String op, String contender) {
        return Stat.of(metrics.getOrDefault(metric, Map.of()).getOrDefault(key(threads, op, contender), List.of()));
    }

    private void build(List<String> verdicts) throws Exception {
        int ssForks = quick ? 2 : 10;
        System.out.println("=== building a second client in a warm JVM");
        Collection<RunResult> ss = jmh(options(PACKAGE + "ClientBuild\\.second.*", "build-second", List.of())
                .forks(ssForks));
        ChainedOptionsBuilder avg = options(PACKAGE + "ClientBuild\\.another.*", "build-another", List.of())
                .forks(quick ? 1 : 2);
        if (quick) {
            avg.warmupIterations(1).measurementIterations(2);
        }
        Collection<RunResult> avgt = jmh(avg);
        line("## Building another client in a warm JVM (ms)");
        line("");
        line("The JVM has built one DitClient and one plain-CXF stub and called with each. *second*: the very next "
                + "build, one shot per fork over " + ssForks + " forks (median, and mean ± error); *steady*: "
                + "average time of further builds (each closed after).");
        line("");
        line("| client | second (median) | second (mean) | steady (avgt) |");
        line("|---|---|---|---|");
        Map<String, Stat> second = new LinkedHashMap<>();
        for (String c : List.of("DitClient", "CxfStub")) {
            Stat s = Stat.of(samples(ss, "ClientBuild.second" + c));
            Stat a = Stat.of(samples(avgt, "ClientBuild.another" + c));
            second.put(c, s);
            line("| " + (c.equals("DitClient") ? "DitClient" : "plain CXF stub (fast way)") + " | "
                    + String.format(Locale.ROOT, "%.1f", s.median()) + " | " + s.format(1) + " | " + a.format(2)
                    + " |");
        }
        line("");
        Stat d = second.get("DitClient");
        verdicts.add("| a second DitClient in a warm JVM < 50 ms | " + String.format(Locale.ROOT,
                "median %.1f ms, mean %s ms", d.median(), d.format(1)) + " | " + verdict(d.median() < 50) + " |");
    }

    private void fresh(List<String> verdicts) throws Exception {
        int runs = quick ? 2 : 7;
        System.out.println("=== fresh JVM to first call, " + runs + " processes per contender");
        Map<String, FreshJvm.Runs> m = FreshJvm.measure(List.of("raw", "cxf", "cxfWsdl", "ditClient"), runs,
                List.of(), out);
        int hackRuns = quick ? 1 : 5;
        System.out.println("=== fresh JVM with -Dorg.apache.cxf.JDKBugHacks.all=true, " + hackRuns + " processes");
        Map<String, FreshJvm.Runs> hacks = FreshJvm.measure(List.of("cxf", "ditClient"), hackRuns,
                List.of("-Dorg.apache.cxf.JDKBugHacks.all=true"), out);
        line("## Fresh JVM to first successful call (ms)");
        line("");
        line("Median of " + runs + " child JVMs per contender (interleaved), same java and class path, default JVM "
                + "options; from the child's JVM start (RuntimeMXBean start time) to the end of its first "
                + "VerifierRecevabiliteDIT, split at `main` and at the client built (parts are medians of their own, so "
                + "they need not add up exactly); *spawn to report* is the parent's wall time from starting the process to "
                + "reading the child's report (adds the launcher).");
        line("");
        line("| contender | JVM start → first call (median) | of which: JVM start → main | build the client | "
                + "first call | all runs | spawn → report (median) |");
        line("|---|---|---|---|---|---|---|");
        for (FreshJvm.Runs r : m.values()) {
            freshRow(r.contender(), r);
        }
        for (FreshJvm.Runs r : hacks.values()) {
            freshRow(r.contender() + ", JDKBugHacks.all=true", r);
        }
        line("");
        double ratio = (double) m.get("ditClient").medianJvmToCall() / m.get("cxf").medianJvmToCall();
        verdicts.add("| fresh JVM first call, DitClient ≤ 1.2 × plain CXF | " + String.format(Locale.ROOT,
                "%.2f (%d vs %d ms)", ratio, m.get("ditClient").medianJvmToCall(), m.get("cxf").medianJvmToCall())
                + " | " + verdict(ratio <= 1.2) + " |");
        cli(verdicts);
    }

    /** The command line's start-up: the README's {@code java -jar} against the launcher script, same run. */
    private void cli(List<String> verdicts) throws Exception {
        int runs = quick ? 2 : 7;
        System.out.println("=== command line start-up, " + runs + " processes per command line");
        Map<String, CliStart.Runs> m = CliStart.measure(Path.of("target"), runs);
        line("## Command line: one call in a new process (ms)");
        line("");
        line("Median of " + runs + " processes per command line (interleaved) against an `OmegaSimulator` on loopback; "
                + "wall time from the parent (start of the process to its exit), CPU time (user + system) from "
                + "`/usr/bin/time`. `target/omega-dit` is the launcher script the build writes beside the jar: the "
                + "class-data-sharing archive made at package time, and the JIT's quick tier.");
        line("");
        line("| command line | wall (median) | CPU (median) | all walls |");
        line("|---|---|---|---|");
        for (CliStart.Runs r : m.values()) {
            line(String.format(Locale.ROOT, "| `%s` | %.0f | %.0f | %s |", r.label(), r.medianWall(), r.medianCpu(),
                    r.wallMs().stream().map(w -> String.format(Locale.ROOT, "%.0f", w)).toList()));
        }
        line("");
        CliStart.Runs jar = m.get("java -jar omega-dit-cli.jar verifier");
        CliStart.Runs script = m.get("target/omega-dit verifier");
        double wall = script.medianWall() / jar.medianWall();
        double cpu = script.medianCpu() / jar.medianCpu();
        verdicts.add(String.format(Locale.ROOT, "| CLI `verifier` wall ≤ 0.5 × today's (`java -jar`) | wall %.2f (%.0f vs "
                + "%.0f ms), CPU %.2f (%.0f vs %.0f ms) | %s |", wall, script.medianWall(), jar.medianWall(), cpu,
                script.medianCpu(), jar.medianCpu(), verdict(wall <= 0.5)));
    }

    private void freshRow(String label, FreshJvm.Runs r) {
        line("| " + label + " | " + r.medianJvmToCall() + " | " + r.medianBoot() + " | " + r.medianBuild() + " | "
                + r.medianCall() + " | " + r.jvmToCallMs() + " | " + r.medianSpawnToReport() + " |");
    }

    private void knobs() throws Exception {
        int rounds = 1;
        // knob → contender → metric → samples
        Map<String, Map<String, Map<String, List<Double>>>> m = new LinkedHashMap<>();
        List<String> shown = List.of(PRIMARY, "cpu.client.norm", "alloc.client.norm");
        for (int r = 1; r <= rounds; r++) {
            int k = 0;
            for (Map.Entry<String, List<String>> knob : KNOBS.entrySet()) {
                k++;
                System.out.println("=== CXF knob " + k + " (" + knob.getKey() + "), round " + r + " of " + rounds);
                Collection<RunResult> rr = jmh(options(PACKAGE + "Calls\\.OneThread\\.verifier(Cxf|DitClient)$",
                        "knob-" + k + "-round-" + r, knob.getValue())
                        .forks(1).warmupIterations(quick ? 1 : WARMUP_ITERATIONS).measurementIterations(quick ? 2 : 5)
                        .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1))
                        .addProfiler(ClientCostProfiler.class));
                for (String c : List.of("Cxf", "DitClient")) {
                    Map<String, List<Double>> byMetric = m.computeIfAbsent(knob.getKey(), x -> new LinkedHashMap<>())
                            .computeIfAbsent(c, x -> new LinkedHashMap<>());
                    String name = "Calls.OneThread.verifier" + c;
                    byMetric.computeIfAbsent(PRIMARY, x -> new ArrayList<>()).addAll(samples(rr, name));
                    for (String metric : shown.subList(1, shown.size())) {
                        byMetric.computeIfAbsent(metric, x -> new ArrayList<>()).addAll(secondary(rr, name, metric));
                    }
                }
            }
        }
        line("## CXF knobs (VerifierRecevabiliteDIT, 1 thread)");
        line("");
        line("Each variant is a JVM option on the benchmark forks; " + rounds + " fork per variant and contender, "
                + "run one after the other. CPU and allocations are the client's only (server's share taken out).");
        line("");
        line("| variant | plain CXF wall µs | DitClient wall µs | plain CXF CPU µs | DitClient CPU µs | "
                + "DitClient/CXF CPU | plain CXF B/op | DitClient B/op |");
        line("|---|---|---|---|---|---|---|---|");
        for (String knob : KNOBS.keySet()) {
            Map<String, List<Double>> c = m.get(knob).get("Cxf");
            Map<String, List<Double>> d = m.get(knob).get("DitClient");
            line("| " + knob + " | " + Stat.of(c.get(PRIMARY)).format(0) + " | " + Stat.of(d.get(PRIMARY)).format(0)
                    + " | " + Stat.of(c.get("cpu.client.norm")).format(0) + " | "
                    + Stat.of(d.get("cpu.client.norm")).format(0) + " | "
                    + Stat.of(d.get("cpu.client.norm")).over(Stat.of(c.get("cpu.client.norm"))).format() + " | "
                    + Stat.of(c.get("alloc.client.norm")).format(0) + " | "
                    + Stat.of(d.get("alloc.client.norm")).format(0) + " |");
        }
        line("");
    }

    private void dialogues() throws Exception {
        // two rounds of the same forks: on a shared machine the spread between rounds says more than one error bar
        List<Collection<RunResult>> rounds = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            System.out.println("=== dialogues against the simulator, round " + round);
            ChainedOptionsBuilder o = options(PACKAGE + "Dialogues\\..*", "dialogues-" + round, List.of()).forks(1);
            if (quick) {
                o.warmupIterations(1).measurementIterations(2);
            }
            rounds.add(jmh(o));
        }
        line("## Full dialogues against the in-process simulator (dialogues/s, higher is better)");
        line("");
        line("`OmegaSimulator` (today fixed, two plages of unlimited capacity, reset before each iteration); each "
                + "dialogue is VerifierRecevabiliteDIT → CreerDemandeDIT (ListeDP) → AccepterRdv of the first slot "
                + "(DmdOkDP). Plain CXF's fast stub makes the same three calls; raw posts the same three envelopes "
                + "with the JDK HttpClient (the simulator over HTTP with the cheapest client); simulator alone is "
                + "its own work without HTTP (read and validate each request, run the dialogue, write the answer).");
        line("");
        line("| round | threads | DitClient | plain CXF | raw | simulator alone | DitClient/raw |");
        line("|---|---|---|---|---|---|---|");
        Stat eight = null;
        for (int round = 0; round < rounds.size(); round++) {
            Collection<RunResult> rr = rounds.get(round);
            for (String t : List.of("1Thread", "8Threads")) {
                Stat d = Stat.of(samples(rr, "Dialogues.ditClient" + t));
                Stat c = Stat.of(samples(rr, "Dialogues.cxf" + t));
                Stat r = Stat.of(samples(rr, "Dialogues.raw" + t));
                Stat w = Stat.of(samples(rr, "Dialogues.simulatorWork" + t));
                line("| " + (round + 1) + " | " + t.charAt(0) + " | " + d.format(1) + " | " + c.format(1) + " | "
                        + r.format(1) + " | " + w.format(0) + " | " + d.over(r).format() + " |");
                if (t.equals("8Threads") && (eight == null || d.mean() > eight.mean())) {
                    eight = d;
                }
            }
        }
        line("");
        if (eight != null) {
            line("Target ≥ 500 DitClient dialogues/s on 8 threads (issue 11): best round " + eight.format(1) + ", "
                    + (eight.mean() >= 500 ? "**met**" : "**missed**") + ".");
            line("");
        }
    }

    private void pieces() throws Exception {
        System.out.println("=== DitClient's per-call pieces, without I/O");
        ChainedOptionsBuilder o = options(PACKAGE + "Pieces\\..*", "pieces", List.of()).addProfiler(GCProfiler.class);
        if (quick) {
            o.forks(1).warmupIterations(1).measurementIterations(2);
        }
        Collection<RunResult> rr = jmh(o);
        line("## DitClient's per-call work without I/O (ns/op, B/op)");
        line("");
        line("| piece | time ns/op | allocated B/op |");
        line("|---|---|---|");
        for (RunResult r : rr) {
            String name = shortName(r.getParams().getBenchmark());
            line("| " + name + " | " + Stat.of(samples(rr, name)).format(0) + " | "
                    + Stat.of(secondary(rr, name, "gc.alloc.rate.norm")).format(0) + " |");
        }
        line("");
    }

    // ------------------------------------------------------------------ JMH plumbing

    private ChainedOptionsBuilder options(String include, String resultName, List<String> extraJvmArgs) {
        List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
        jvm.addAll(extraJvmArgs);
        return new OptionsBuilder()
                .include(include)
                .shouldFailOnError(true)
                .jvmArgsAppend(jvm.toArray(String[]::new))
                .result(out.resolve(resultName + ".json").toString())
                .resultFormat(ResultFormatType.JSON);
    }

    private static Collection<RunResult> jmh(ChainedOptionsBuilder options) throws Exception {
        return new Runner(options.build()).run();
    }

    private void collect(Collection<RunResult> results) {
        for (RunResult rr : results) {
            String name = shortName(rr.getParams().getBenchmark());
            for (BenchmarkResult br : rr.getBenchmarkResults()) {
                for (IterationResult ir : br.getIterationResults()) {
                    add(PRIMARY, name, ir.getPrimaryResult().getScore());
                    for (String metric : ir.getSecondaryResults().keySet()) {
                        add(metric, name, ir.getSecondaryResults().get(metric).getScore());
                    }
                }
            }
        }
    }

    private void add(String metric, String benchmark, double value) {
        metrics.computeIfAbsent(metric, k -> new LinkedHashMap<>()).computeIfAbsent(benchmark, k -> new ArrayList<>())
                .add(value);
    }

    private static List<Double> samples(Collection<RunResult> results, String name) {
        List<Double> s = new ArrayList<>();
        for (RunResult rr : results) {
            if (shortName(rr.getParams().getBenchmark()).equals(name)) {
                for (BenchmarkResult br : rr.getBenchmarkResults()) {
                    for (IterationResult ir : br.getIterationResults()) {
                        s.add(ir.getPrimaryResult().getScore());
                    }
                }
            }
        }
        return s;
    }

    private static List<Double> secondary(Collection<RunResult> results, String name, String label) {
        List<Double> s = new ArrayList<>();
        for (RunResult rr : results) {
            if (shortName(rr.getParams().getBenchmark()).equals(name)) {
                for (BenchmarkResult br : rr.getBenchmarkResults()) {
                    for (IterationResult ir : br.getIterationResults()) {
                        if (ir.getSecondaryResults().containsKey(label)) {
                            s.add(ir.getSecondaryResults().get(label).getScore());
                        }
                    }
                }
            }
        }
        return s;
    }

    private static String shortName(String benchmark) {
        return benchmark.startsWith(PACKAGE) ? benchmark.substring(PACKAGE.length()) : benchmark;
    }

    private static String key(String threads, String op, String contender) {
        return "Calls." + threads + "." + op + contender;
    }

    private static int requestsPerOp(String op) {
        return op.equals("pair") ? 2 : 1;
    }

    private static String opName(String op) {
        return op.equals("pair") ? "VerifierRecevabiliteDIT + CreerDemandeDIT" : "VerifierRecevabiliteDIT";
    }

    private static String threadCount(String threads) {
        return threads.equals("OneThread") ? "1" : "8";
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**missed**";
    }

    // ------------------------------------------------------------------ machine facts

    private static String cpuModel() throws IOException {
        Path p = Path.of("/proc/cpuinfo");
        if (Files.isReadable(p)) {
            for (String l : Files.readAllLines(p)) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memTotal() throws IOException {
        Path p = Path.of("/proc/meminfo");
        if (Files.isReadable(p)) {
            for (String l : Files.readAllLines(p)) {
                if (l.startsWith("MemTotal")) {
                    long kb = Long.parseLong(l.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        }
        return "unknown";
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private void line(String s) {
        report.append(s).append('\n');
    }
}
