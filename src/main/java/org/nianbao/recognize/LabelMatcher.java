package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches a label as written to one of a set of known labels, tolerant of spacing, width, ordinals, truncation
 * and small typos, in tiers: equal after normalising, then one containing the other (within bounds), then a small
 * edit distance. Only the best tier counts; when it holds more than one key the caller must decide or give up.
 *
 * @param <K> what a label stands for (a row id, a column id, a section)
 */
final class LabelMatcher<K> {
    private final List<Known<K>> known = new ArrayList<>();
    /** The known labels by their normalised form and by their words, for the first tier without a scan. */
    private final Map<String, List<Integer>> byFull = new HashMap<>();
    private final Map<String, List<Integer>> byBody = new HashMap<>();

    /** One match: the key, the standard label it was matched to, and whether it was equal after normalising. */
    record Match<K>(K key, String standard, boolean exact) {
    }

    private record Known<K>(K key, String label, String full, String body) {
    }

    LabelMatcher<K> add(K key, String label) {
        Known<K> k = new Known<>(key, label, TextNormalizer.normalize(label), TextNormalizer.withoutOrdinal(label));
        byFull.computeIfAbsent(k.full, f -> new ArrayList<>()).add(known.size());
        byBody.computeIfAbsent(k.body, b -> new ArrayList<>()).add(known.size());
        known.add(k);
        return this;
    }

    /** The best matches of one tier, at most one per key; empty when nothing is close enough. */
    List<Match<K>> match(String written) {
        String full = TextNormalizer.normalize(written);
        String body = TextNormalizer.stripOrdinal(full);
        if (body.isEmpty()) {
            return List.of();
        }
        List<Match<K>> equal = equal(full, body);
        if (!equal.isEmpty()) {
            return distinctKeys(equal);
        }
        List<Match<K>> containing = new ArrayList<>();
        List<Match<K>> close = new ArrayList<>();
        long bestDistance = Long.MAX_VALUE;
        for (Known<K> k : known) {
            if (contains(body, k.body) || contains(k.body, body)) {
                containing.add(new Match<>(k.key, k.label, false));
            } else if (containing.isEmpty()) { // (once a label contains, the edit distances no longer count)
                int bound = Math.max(1, k.body.length() / 5);
                int bodyDistance = EditDistance.within(body, k.body, bound);
                if (bodyDistance > bound) {
                    continue;
                }
                // ties on the words are settled by the whole label, ordinal included: (六)其他处理 against 3.其他
                long d = bodyDistance * 1000L + EditDistance.within(full, k.full, 999);
                if (d <= bestDistance) {
                    if (d < bestDistance) {
                        close.clear();
                        bestDistance = d;
                    }
                    close.add(new Match<>(k.key, k.label, false));
                }
            }
        }
        return distinctKeys(!containing.isEmpty() ? containing : close);
    }

    /** The first tier: the known labels equal in normalised form or in words, in the order they were added. */
    private List<Match<K>> equal(String full, String body) {
        List<Integer> sameFull = byFull.getOrDefault(full, List.of());
        List<Integer> sameBody = byBody.getOrDefault(body, List.of());
        if (sameFull.isEmpty() && sameBody.isEmpty()) {
            return List.of();
        }
        TreeSet<Integer> indexes = new TreeSet<>(sameFull);
        indexes.addAll(sameBody);
        List<Match<K>> equal = new ArrayList<>();
        for (int i : indexes) {
            Known<K> k = known.get(i);
            equal.add(new Match<>(k.key, k.label, k.full.equals(full)));
        }
        return equal;
    }

    /** The single key the label stands for, or null when there is none or more than one. */
    Match<K> unique(String written) {
        List<Match<K>> matches = match(written);
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /**
     * Whether {@code outer} contains {@code inner} closely enough to be the same label: a few extra characters
     * (a suffix such as 统计表) or a truncation that keeps most of it.
     */
    private static boolean contains(String outer, String inner) {
        if (inner.length() < 3 || !outer.contains(inner)) {
            return false;
        }
        int extra = outer.length() - inner.length();
        return extra <= Math.max(2, inner.length() / 2) && inner.length() * 5 >= outer.length() * 3;
    }

    private static <K> List<Match<K>> distinctKeys(List<Match<K>> matches) {
        Set<K> seen = new LinkedHashSet<>();
        List<Match<K>> out = new ArrayList<>();
        for (Match<K> m : matches) {
            if (seen.add(m.key())) {
                out.add(m);
            }
        }
        return out;
    }
}
