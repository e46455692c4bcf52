/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import io.github.omegadit.simulator.OmegaSimulator;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code omega-dit campagne run} in a child JVM (the real command line, the test's class path without its logging
 * binding), to be killed with SIGKILL or waited for. Its error stream is kept; a latch opens when the run starts
 * (the line saying how many demandes were loaded).
 */
final class CampagneProcess {

    private final Process process;
    private final StringBuffer err = new StringBuffer();
    private final CountDownLatch started = new CountDownLatch(1);

    private CampagneProcess(Process process) {
        this.process = process;
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    err.append(line).append('\n');
                    if (line.contains("already in the journal")) {
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                // the child died: what it printed is kept
            }
        }, "campagne-child-stderr");
        t.setDaemon(true);
        t.start();
    }

    /** Starts {@code campagne run <args>} against the simulator at {@code endpoint}, as the demo supplier. */
    static CampagneProcess start(URI endpoint, Path workDir, Map<String, String> extraEnv, String... args) {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("logback")).collect(Collectors.joining(File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true", "-cp", classPath,
                "io.github.omegadit.cli.Main", "campagne", "run"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMEGA_ENDPOINT", endpoint.toString());
        pb.environment().put("OMEGA_DN_ENTREPRISE", OmegaSimulator.DEMO_DN_ENTREPRISE);
        pb.environment().put("OMEGA_NUMERO_CAD", OmegaSimulator.DEMO_NUMERO_CAD);
        pb.environment().put("OMEGA_LOGIN", OmegaSimulator.DEMO_LOGIN);
        pb.environment().putAll(extraEnv);
        try {
            return new CampagneProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the run has loaded the file and started (or the child ended). */
    boolean awaitStarted(long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (started.await(50, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
        }
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Unix); true when it was still running. */
    boolean kill() throws InterruptedException {
        boolean alive = process.isAlive();
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
        return alive;
    }

    /** Waits for the exit code. */
    int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("campagne run did not end within " + seconds + " s:\n" + err);
        }
        return process.exitValue();
    }

    String err() {
        return err.toString();
    }
}
