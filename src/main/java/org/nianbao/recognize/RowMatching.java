package org.nianbao.recognize;

import java.util.List;
import org.nianbao.parse.RawCell;

/** Picks the row a written label stands for, using the written group labels to settle a tie. */
final class RowMatching {
    private RowMatching() {
    }

    /** The match, or null when no row or more than one row fits. */
    static LabelMatcher.Match<String> rowOf(TableVocabulary vocabulary, RawCell leaf, List<RawCell> groups) {
        List<LabelMatcher.Match<String>> matches = vocabulary.rows().match(leaf.text());
        if (matches.size() <= 1) {
            return matches.isEmpty() ? null : matches.get(0);
        }
        List<LabelMatcher.Match<String>> inGroup = matches.stream()
                .filter(m -> groupFits(vocabulary.groupOf(m.key()), groups)).toList();
        return inGroup.size() == 1 ? inGroup.get(0) : null;
    }

    private static boolean groupFits(String standardGroup, List<RawCell> groups) {
        if (standardGroup == null) {
            return groups.isEmpty();
        }
        LabelMatcher<Boolean> group = new LabelMatcher<Boolean>().add(Boolean.TRUE, standardGroup);
        return groups.stream().anyMatch(g -> group.unique(g.text()) != null);
    }
}
