package io.github.omegadit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A contender and the {@link LocalServer} it talks to, one of each per benchmark fork, shared by the benchmark's
 * threads. Checks the contender's first answer before measuring, and records the server's own allocations during
 * measurement iterations so that they can be taken out of the {@code -prof gc} figures.
 */
@State(Scope.Benchmark)
public abstract class ServedState {

    /** System property: directory where forks append their side figures ({@code server-alloc.tsv}). */
    public static final String OUT_DIR = "bench.out";

    protected LocalServer server;

    private long iterationBytes;
    private long iterationRequests;
    private long measuredBytes;
    private long measuredRequests;

    /** Builds the contender for the server's endpoint. */
    protected abstract void open(URI endpoint) throws Exception;

    /** One call of each kind the benchmarks make; throws when an answer is not the expected one. */
    protected abstract void check() throws Exception;

    /** Releases the contender. */
    protected abstract void closeContender() throws Exception;

    @Setup(Level.Trial)
    public final void startTrial() throws Exception {
        server = LocalServer.start();
        open(server.endpoint());
        check();
        if (server.unknownRequests() > 0) {
            throw new IllegalStateException("the server could not tell which operation a request called");
        }
    }

    @Setup(Level.Iteration)
    public final void startIteration() {
        iterationBytes = server.allocatedBytes();
        iterationRequests = server.requests();
    }

    @TearDown(Level.Iteration)
    public final void endIteration(IterationParams iteration) {
        if (iteration.getType() == IterationType.MEASUREMENT) {
            measuredBytes += server.allocatedBytes() - iterationBytes;
            measuredRequests += server.requests() - iterationRequests;
        }
    }

    @TearDown(Level.Trial)
    public final void endTrial(BenchmarkParams benchmark) throws Exception {
        try {
            closeContender();
        } finally {
            server.close();
        }
        if (server.unknownRequests() > 0) {
            throw new IllegalStateException(server.unknownRequests() + " requests matched no operation");
        }
        String dir = System.getProperty(OUT_DIR);
        if (dir != null && measuredRequests > 0) {
            String line = benchmark.getBenchmark() + "\t" + benchmark.getThreads() + "\t" + measuredRequests + "\t"
                    + measuredBytes + "\n";
            try {
                Path file = Path.of(dir, "server-alloc.tsv");
                Files.createDirectories(file.getParent());
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
