/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.DitClient;
import io.github.omegadit.answer.Recevable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building another client in a JVM that has already built one and made a call with it: the cost an application pays
 * for {@code toBuilder()...build()} variants, or for a client per supplier identity. Plain CXF's fast stub is
 * measured the same way for comparison. {@code second*} is the very second client of a fresh JVM (single shot per
 * fork); {@code another*} is the steady state (average over many).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ClientBuild {

    LocalServer server;
    DitClient first;
    CxfStubs.Stub firstStub;
    AutoCloseable built;

    @Setup(Level.Trial)
    public void warmUp() {
        server = LocalServer.start();
        first = Contenders.Dit.newClient(server.endpoint());
        if (!(first.newDialogue().verifierRecevabilite(Payloads.verifier()) instanceof Recevable)) {
            throw new IllegalStateException("not receivable");
        }
        firstStub = CxfStubs.fast(server.endpoint());
        firstStub.port().verifierRecevabiliteDIT(Payloads.verifierWire());
    }

    @TearDown(Level.Invocation)
    public void closeBuilt() throws Exception {
        if (built != null) {
            built.close();
            built = null;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        first.close();
        firstStub.close();
        server.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object secondDitClient() {
        DitClient c = Contenders.Dit.newClient(server.endpoint());
        built = c;
        return c;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object secondCxfStub() {
        CxfStubs.Stub s = CxfStubs.fast(server.endpoint());
        built = s;
        return s;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object anotherDitClient() {
        DitClient c = Contenders.Dit.newClient(server.endpoint());
        built = c;
        return c;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object anotherCxfStub() {
        CxfStubs.Stub s = CxfStubs.fast(server.endpoint());
        built = s;
        return s;
    }
}
