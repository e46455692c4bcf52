/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.demoEnv;
import static io.github.omegadit.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.simulator.OmegaSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulator}: runs until its shutdown hook runs, and serves the dialogue commands meanwhile. */
class SimulatorCommandTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Thread> hooks = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        hooks.forEach(Thread::run);
        executor.shutdownNow();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void simulator_printsItsAddresses_servesCalls_andStopsCleanlyOnItsShutdownHook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        Future<Integer> code = executor.submit(() -> Main.run(new String[] {"simulator", "--today", "2026-11-30"},
                printed, printed, Map.of(), hooks::add));
        URI endpoint = awaitEndpoint(out, code);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("OMEGA CreerDIT simulator at " + endpoint, "today 2026-11-30",
                "WSDL:     " + endpoint + "?wsdl", "Admin:    " + endpoint.resolve("/__admin/"),
                OmegaSimulator.PCE_6M, OmegaSimulator.DEMO_NUMERO_CAD, "Press Ctrl-C to stop.");
        Cli.Run call = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_6M);
        assertThat(call.code()).as(call.toString()).isZero();
        assertThat(code).isNotDone();
        assertThat(hooks).hasSize(1);

        hooks.get(0).run();

        assertThat(code.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("simulator stopped\n");
        Assertions.assertThatThrownBy(() -> new Socket(endpoint.getHost(), endpoint.getPort()).close())
                .isInstanceOf(ConnectException.class);
        hooks.clear();
    }

    @Test
    void simulator_withRecord_writesTheExchangesThere(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        Path record = dir.resolve("exchanges");
        Future<Integer> code = executor.submit(() -> Main.run(new String[] {"simulator", "--record",
                record.toString()}, printed, printed, Map.of(), hooks::add));
        URI endpoint = awaitEndpoint(out, code);

        Cli.Run call = run(demoEnv(endpoint), "verifier", "--pce", OmegaSimulator.PCE_6M);

        assertThat(call.code()).as(call.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Recording exchanges in " + record.toAbsolutePath());
        try (java.util.stream.Stream<Path> files = Files.list(record)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "000001-VerifierRecevabiliteDIT-request.xml", "000001-VerifierRecevabiliteDIT-response.xml");
        }
    }

    @Test
    void simulator_onABusyPort_exits1_sayingWhy() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            Cli.Run r = run(Map.of(), hooks::add, "simulator", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("cannot start the simulator on port " + taken.getLocalPort());
            assertThat(hooks).isEmpty();
        }
    }

    @Test
    void simulator_withAPortOutOfRange_isAUsageError() {
        Cli.Run r = run(Map.of(), hooks::add, "simulator", "--port", "70000");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--port must be 0-65535");
        assertThat(hooks).isEmpty();
    }

    private static URI awaitEndpoint(ByteArrayOutputStream out, Future<Integer> code) throws Exception {
        Pattern endpoint = Pattern.compile("^Endpoint: (\\S+)$", Pattern.MULTILINE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher m = endpoint.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (code.isDone()) {
                throw new AssertionError("the simulator command ended early with " + code.get() + ": " + out);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no endpoint printed: " + out);
    }
}
