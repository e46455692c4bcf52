/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.simulator.OmegaSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's start-up, as a user sees it: one {@code verifier} (and, for reference, one {@code catalogue},
 * which starts no SOAP client) against a simulator on loopback, each a new process, started the README's way
 * ({@code java -jar target/omega-dit-cli.jar}) and through the launcher script the build writes beside the jar
 * ({@code target/omega-dit}: class-data-sharing archive, quick JIT tier). Variants interleaved; wall time from the
 * parent, CPU time (user + system) from {@code /usr/bin/time} when the machine has it.
 */
final class CliStart {

    /** The runs of one command line. */
    record Runs(String label, List<Double> wallMs, List<Double> cpuMs) {
        double medianWall() {
            return Stat.of(wallMs).median();
        }

        double medianCpu() {
            return cpuMs.isEmpty() ? Double.NaN : Stat.of(cpuMs).median();
        }
    }

    private CliStart() {}

    static Map<String, Runs> measure(Path target, int runs) throws Exception {
        Path jar = target.resolve("omega-dit-cli.jar").toAbsolutePath();
        Path script = target.resolve("omega-dit").toAbsolutePath();
        if (!Files.isRegularFile(jar) || !Files.isExecutable(script)) {
            throw new IllegalStateException("run after 'package': " + jar + " and " + script + " are needed");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path time = Path.of("/usr/bin/time");
        boolean cpu = Files.isExecutable(time);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        List<String> verifier = List.of("verifier", "--pce", OmegaSimulator.PCE_6M);
        commands.put("java -jar omega-dit-cli.jar verifier", concat(List.of(java, "-jar", jar.toString()), verifier));
        commands.put("target/omega-dit verifier", concat(List.of(script.toString()), verifier));
        commands.put("java -jar omega-dit-cli.jar catalogue", List.of(java, "-jar", jar.toString(), "catalogue"));
        commands.put("target/omega-dit catalogue", List.of(script.toString(), "catalogue"));
        Map<String, Runs> result = new LinkedHashMap<>();
        commands.keySet().forEach(k -> result.put(k, new Runs(k, new ArrayList<>(), new ArrayList<>())));
        Path times = Files.createTempFile("omega-dit-cli-time", ".txt");
        try (OmegaSimulator sim = OmegaSimulator.builder().build().start()) {
            for (int r = 0; r < runs; r++) {
                for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                    List<String> cmd = cpu ? concat(List.of(time.toString(), "-f", "%U %S", "-o", times.toString()),
                            c.getValue()) : c.getValue();
                    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                    pb.environment().put("OMEGA_ENDPOINT", sim.url().toString());
                    pb.environment().put("OMEGA_DN_ENTREPRISE", OmegaSimulator.DEMO_DN_ENTREPRISE);
                    pb.environment().put("OMEGA_NUMERO_CAD", OmegaSimulator.DEMO_NUMERO_CAD);
                    pb.environment().put("OMEGA_LOGIN", OmegaSimulator.DEMO_LOGIN);
                    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
                    long start = System.nanoTime();
                    int code = pb.start().waitFor();
                    double wall = (System.nanoTime() - start) / 1e6;
                    if (code != 0) {
                        throw new IllegalStateException(c.getKey() + " exited with " + code);
                    }
                    Runs runsOf = result.get(c.getKey());
                    runsOf.wallMs().add(wall);
                    if (cpu) {
                        runsOf.cpuMs().add(cpuMs(times));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(times);
        }
        return result;
    }

    private static double cpuMs(Path times) throws IOException {
        List<String> lines = Files.readAllLines(times, StandardCharsets.UTF_8);
        String[] parts = lines.get(lines.size() - 1).trim().split("\\s+");
        return (Double.parseDouble(parts[0]) + Double.parseDouble(parts[1])) * 1000;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
