/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per call of each contender against the {@link LocalServer}: VerifierRecevabiliteDIT alone, and the pair
 * VerifierRecevabiliteDIT + CreerDemandeDIT. The pair is what a DitClient dialogue must do before it may create (one
 * creation per dialogue, and STRICT mode checks the (code, motif) against the receivability answer), so every
 * contender makes the same two calls and the comparison stays like for like; CreerDemandeDIT alone is the pair minus
 * the verifier.
 *
 * <p>{@link OneThread} and {@link EightThreads} run these methods with 1 and 8 threads sharing one client.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public abstract class Calls {

    @Benchmark
    public byte[] verifierRaw(Contenders.Raw c) throws Exception {
        return c.post(c.verifier);
    }

    @Benchmark
    public Object verifierCxf(Contenders.Cxf c) {
        return c.verifier();
    }

    @Benchmark
    public Object verifierCxfWsdl(Contenders.CxfWsdl c) {
        return c.verifier();
    }

    @Benchmark
    public RecevabiliteReponse verifierDitClient(Contenders.Dit c) {
        return c.verifier();
    }

    @Benchmark
    public byte[] pairRaw(Contenders.Raw c) throws Exception {
        c.post(c.verifier);
        return c.post(c.creer);
    }

    @Benchmark
    public Object pairCxf(Contenders.Cxf c) {
        return c.pair();
    }

    @Benchmark
    public Object pairCxfWsdl(Contenders.CxfWsdl c) {
        return c.pair();
    }

    @Benchmark
    public CreationReponse pairDitClient(Contenders.Dit c) {
        return c.pair();
    }

    /** One thread. */
    @Threads(1)
    public static class OneThread extends Calls {}

    /** Eight threads sharing each client (and the server's eight workers). */
    @Threads(8)
    public static class EightThreads extends Calls {}
}
