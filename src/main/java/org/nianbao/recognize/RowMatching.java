package org.nianbao.recognize;

import java.util.List;
import org.nianbao.parse.RawCell;

/** Picks the row a written label stands for, using the written group labels to settle a tie. */
final class RowMatching {
    private RowMatching() {
    }

    /**
     * The match, or null when no row or more than one row fits. A label written with its group in front
     * ({@code （三）不予公开 1.属于国家秘密}, as in tables without merged cells) is matched by the rest within that group.
     */
    static LabelMatcher.Match<String> rowOf(TableVocabulary vocabulary, RawCell leaf, List<RawCell> groups) {
        String written = TextNormalizer.normalize(leaf.text());
        for (String group : vocabulary.groups()) {
            String prefix = vocabulary.normalizedGroup(group);
            if (written.startsWith(prefix) && written.length() > prefix.length()) {
                List<LabelMatcher.Match<String>> inGroup = vocabulary.rows().match(written.substring(prefix.length()))
                        .stream().filter(m -> group.equals(vocabulary.groupOf(m.key()))).toList();
                if (inGroup.size() == 1) {
                    return inGroup.get(0);
                }
            }
        }
        return rowOf(vocabulary, leaf.text(), groups);
    }

    private static LabelMatcher.Match<String> rowOf(TableVocabulary vocabulary, String leaf, List<RawCell> groups) {
        List<LabelMatcher.Match<String>> matches = vocabulary.rows().match(leaf);
        if (matches.size() <= 1) {
            return matches.isEmpty() ? null : matches.get(0);
        }
        List<LabelMatcher.Match<String>> inGroup = matches.stream()
                .filter(m -> groupFits(vocabulary, vocabulary.groupOf(m.key()), groups)).toList();
        return inGroup.size() == 1 ? inGroup.get(0) : null;
    }

    private static boolean groupFits(TableVocabulary vocabulary, String standardGroup, List<RawCell> groups) {
        if (standardGroup == null) {
            return groups.isEmpty();
        }
        return groups.stream().anyMatch(g -> vocabulary.namesGroup(g.text(), standardGroup));
    }
}
