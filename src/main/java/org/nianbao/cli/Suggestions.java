package org.nianbao.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean": only names close to what was typed (a slip of one or two letters, or a unique start), so a wild
 * guess is never offered as a suggestion.
 */
final class Suggestions {
    private Suggestions() {
    }

    /** The names close to {@code typed}, closest first; empty when none is close. */
    static List<String> closeTo(String typed, Collection<String> names) {
        String t = typed.toLowerCase(Locale.ROOT);
        int allowed = t.replaceFirst("^-+", "").length() <= 4 ? 1 : 2;
        List<String> prefixed = names.stream()
                .filter(n -> t.replaceFirst("^-+", "").length() >= 3 && n.toLowerCase(Locale.ROOT).startsWith(t))
                .toList();
        if (prefixed.size() == 1) {
            return prefixed;
        }
        return names.stream().filter(n -> distance(t, n.toLowerCase(Locale.ROOT)) <= allowed)
                .sorted(Comparator.comparingInt(n -> distance(t, n.toLowerCase(Locale.ROOT)))).limit(3).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
