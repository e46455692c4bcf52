/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time from a fresh JVM to its first successful call: starts the {@link LocalServer} here, then launches child JVMs
 * ({@link FirstCall}, same java, same class path), the contenders interleaved so that a burst of background load
 * hits them alike. Each child reports JVM start to end of first call; this side also notes the wall time from
 * spawning the process to reading that report (which adds the launcher and the process start).
 */
public final class FreshJvm {

    /**
     * One contender's runs: per run, JVM start to end of first call, and its parts (JVM start to {@code main},
     * building the client, the first call), and the parent's spawn-to-report wall time.
     */
    public record Runs(String contender, List<Long> jvmToCallMs, List<Long> bootMs, List<Long> buildMs,
            List<Long> callMs, List<Long> spawnToReportMs) {
        public long medianJvmToCall() {
            return median(jvmToCallMs);
        }

        public long medianBoot() {
            return median(bootMs);
        }

        public long medianBuild() {
            return median(buildMs);
        }

        public long medianCall() {
            return median(callMs);
        }

        public long medianSpawnToReport() {
            return median(spawnToReportMs);
        }
    }

    private FreshJvm() {}

    /**
     * Runs {@code runs} fresh JVMs per contender.
     *
     * @param jvmArgs extra JVM options for the children (knob experiments), may be empty
     */
    public static Map<String, Runs> measure(List<String> contenders, int runs, List<String> jvmArgs, Path logDir)
            throws IOException, InterruptedException {
        Map<String, Runs> out = new LinkedHashMap<>();
        for (String c : contenders) {
            out.put(c, new Runs(c, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>()));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (LocalServer server = LocalServer.start()) {
            for (int i = 0; i < runs; i++) {
                for (String c : contenders) {
                    List<String> cmd = new ArrayList<>();
                    cmd.add(java);
                    cmd.addAll(jvmArgs);
                    cmd.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"),
                            FirstCall.class.getName(), c, server.endpoint().toString()));
                    ProcessBuilder pb = new ProcessBuilder(cmd);
                    if (logDir != null) {
                        pb.redirectError(ProcessBuilder.Redirect.appendTo(
                                logDir.resolve("first-call-" + c + ".log").toFile()));
                    } else {
                        pb.redirectErrorStream(true);
                    }
                    long spawn = System.nanoTime();
                    Process p = pb.start();
                    long[] ms = null;
                    long report = 0;
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            if (line.startsWith(FirstCall.MARKER)) {
                                report = System.nanoTime();
                                ms = Arrays.stream(line.substring(FirstCall.MARKER.length()).trim().split(" "))
                                        .mapToLong(Long::parseLong).toArray();
                            }
                        }
                    }
                    if (!p.waitFor(60, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                    if (ms == null) {
                        throw new IllegalStateException("child " + c + " reported no first call (exit "
                                + p.exitValue() + ")");
                    }
                    Runs got = out.get(c);
                    got.jvmToCallMs().add(ms[0]);
                    got.bootMs().add(ms[1]);
                    got.buildMs().add(ms[2]);
                    got.callMs().add(ms[3]);
                    got.spawnToReportMs().add(TimeUnit.NANOSECONDS.toMillis(report - spawn));
                }
            }
        }
        return out;
    }

    static long median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Standalone: {@code FreshJvm [runs]}. */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Map<String, Runs> m = measure(List.of("raw", "cxf", "cxfWsdl", "ditClient"), runs, List.of(), null);
        for (Runs r : m.values()) {
            System.out.printf("%-10s median %5d ms = boot %4d + build %4d + call %4d (spawn to report %5d ms) %s%n",
                    r.contender(), r.medianJvmToCall(), r.medianBoot(), r.medianBuild(), r.medianCall(),
                    r.medianSpawnToReport(), r.jvmToCallMs());
        }
    }
}
