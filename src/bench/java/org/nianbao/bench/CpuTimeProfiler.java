package org.nianbao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
 * A JMH profiler ({@code -prof org.nianbao.bench.CpuTimeProfiler}) giving, beside the wall-clock ms/op, the CPU
 * time the benchmark thread itself spent per operation: the score times the share of the iteration's wall time
 * that the worker thread was on a core. On a machine where other processes compete for the cores the wall clock
 * counts the time the thread waited for one; this does not. JIT and GC threads are not counted.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = new HashMap<>();
    private long wallBefore;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark thread per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workerCpuTimes();
        wallBefore = System.nanoTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long wall = System.nanoTime() - wallBefore;
        long cpu = 0;
        for (Map.Entry<Long, Long> e : workerCpuTimes().entrySet()) {
            cpu += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        double share = wall <= 0 ? Double.NaN : Math.min(1.0, (double) cpu / wall);
        double score = result.getPrimaryResult().getScore();
        return List.of(new ScalarResult("cpu", score * share, result.getScoreUnit(), AggregationPolicy.AVG),
                new ScalarResult("cpu.share", share, "", AggregationPolicy.AVG));
    }

    /** CPU nanoseconds so far of each JMH worker thread, by thread id. */
    private static Map<Long, Long> workerCpuTimes() {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("jmh-worker")) {
                long cpu = THREADS.getThreadCpuTime(t.getThreadId());
                if (cpu >= 0) {
                    out.put(t.getThreadId(), cpu);
                }
            }
        }
        return out;
    }
}
