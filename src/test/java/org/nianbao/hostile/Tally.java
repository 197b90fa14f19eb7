package org.nianbao.hostile;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts, per reader, how many hostile inputs were tried and what became of each; printed at the end of the suite. */
final class Tally {
    private static final ConcurrentMap<String, ConcurrentMap<String, AtomicLong>> COUNTS = new ConcurrentHashMap<>();

    private Tally() {
    }

    static void add(String reader, HostileRun.Outcome outcome) {
        COUNTS.computeIfAbsent(reader, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome.kind(), k -> new AtomicLong()).incrementAndGet();
    }

    static String summary() {
        StringBuilder out = new StringBuilder("Hostile inputs per reader (seed format → what became of them):\n");
        long all = 0;
        for (Map.Entry<String, ConcurrentMap<String, AtomicLong>> reader : new TreeMap<>(COUNTS).entrySet()) {
            Map<String, Long> kinds = new TreeMap<>();
            reader.getValue().forEach((k, v) -> kinds.put(k, v.get()));
            long total = kinds.values().stream().mapToLong(Long::longValue).sum();
            all += total;
            out.append(String.format("  %-5s %6d tried: %s%n", reader.getKey(), total, kinds));
        }
        return out.append(String.format("  all   %6d tried%n", all)).toString();
    }
}
