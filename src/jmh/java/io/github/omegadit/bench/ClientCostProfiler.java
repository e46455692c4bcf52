/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time and allocated bytes per operation, with the {@link LocalServer}'s own share taken out, per iteration.
 *
 * <ul>
 * <li>{@code cpu.norm}: CPU time of the whole benchmark JVM (every thread: client, server, JIT, GC) per op;</li>
 * <li>{@code cpu.client.norm}: the same minus the server's threads;</li>
 * <li>{@code alloc.client.norm}: bytes allocated by every thread but the server's, per op (what
 *     {@code gc.alloc.rate.norm} counts, less the server);</li>
 * <li>{@code cpu.server.norm}, {@code alloc.server.norm}: the server's share.</li>
 * </ul>
 *
 * <p>On a small machine shared with other work, wall-clock time per call mostly measures how long the several
 * threads of one call wait for a core; the CPU a call consumes is far less disturbed, and is what decides how many
 * calls per second a saturated machine can make.
 */
public final class ClientCostProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long cpu;
    private Map<Long, Long> serverCpu;
    private Map<Long, Long> allocated;
    private Map<Long, Long> serverAllocated;
    private long raceHits;

    @Override
    public String getDescription() {
        return "CPU time and allocations per op, client and in-process server apart";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        long[] server = LocalServer.serverThreadIds();
        serverCpu = cpuByThread(server);
        serverAllocated = allocatedByThread(server);
        allocated = allocatedByThread(threads.getAllThreadIds());
        cpu = os.getProcessCpuTime();
        raceHits = PoolRace.hits();
    }

    @Override
    public List<Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpuNow = os.getProcessCpuTime();
        long allocatedDelta = delta(allocated, allocatedByThread(threads.getAllThreadIds()));
        long[] server = LocalServer.serverThreadIds();
        long serverAllocatedDelta = delta(serverAllocated, allocatedByThread(server));
        long serverCpuDelta = delta(serverCpu, cpuByThread(server));
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0) {
            return List.of();
        }
        double cpuPerOp = (double) (cpuNow - cpu) / ops;
        double serverCpuPerOp = (double) serverCpuDelta / ops;
        double serverAllocPerOp = (double) serverAllocatedDelta / ops;
        double allocPerOp = (double) allocatedDelta / ops;
        return List.of(
                new ScalarResult("cpu.norm", cpuPerOp / 1000, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.client.norm", (cpuPerOp - serverCpuPerOp) / 1000, "us/op",
                        AggregationPolicy.AVG),
                new ScalarResult("cpu.server.norm", serverCpuPerOp / 1000, "us/op", AggregationPolicy.AVG),
                new ScalarResult("alloc.client.norm", allocPerOp - serverAllocPerOp, "B/op", AggregationPolicy.AVG),
                new ScalarResult("alloc.server.norm", serverAllocPerOp, "B/op", AggregationPolicy.AVG),
                new ScalarResult("race.hits", PoolRace.hits() - raceHits, "#", AggregationPolicy.SUM));
    }

    private Map<Long, Long> allocatedByThread(long[] ids) {
        return byThread(ids, threads.getThreadAllocatedBytes(ids));
    }

    private Map<Long, Long> cpuByThread(long[] ids) {
        return byThread(ids, threads.getThreadCpuTime(ids));
    }

    private static Map<Long, Long> byThread(long[] ids, long[] values) {
        Map<Long, Long> m = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (values[i] >= 0) {
                m.put(ids[i], values[i]);
            }
        }
        return m;
    }

    /**
     * What the threads alive at the end added since the start (a thread that started meanwhile counts whole); a
     * thread that ended during the iteration is lost, as in JMH's GC profiler, rather than subtracted.
     */
    private static long delta(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }
}
