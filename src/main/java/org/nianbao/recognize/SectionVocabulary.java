package org.nianbao.recognize;

import java.util.List;
import java.util.Map;
import org.nianbao.model.SectionId;

/**
 * The words section headings are written with: the standard heading, the variants seen in published reports
 * (format.md §2), and for each section the key words that any wording of its heading keeps.
 */
final class SectionVocabulary {
    private static final Map<SectionId, List<String>> VARIANTS = Map.of(
            SectionId.OVERVIEW, List.of("总体情况", "政府信息公开工作总体情况"),
            SectionId.PROACTIVE, List.of("主动公开政府信息情况", "行政机关主动公开政府信息情况",
                    "主动公开政府信息情况统计表"),
            SectionId.APPLICATIONS, List.of("收到和处理政府信息公开申请情况", "行政机关收到和处理政府信息公开申请情况"),
            SectionId.REVIEW_LITIGATION, List.of("政府信息公开行政复议、行政诉讼情况",
                    "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议、行政诉讼情况统计表"),
            SectionId.PROBLEMS, List.of("存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况",
                    "存在的主要问题及整改措施", "存在的主要问题及整改情况"),
            SectionId.OTHER_MATTERS, List.of("其他需要报告的事项"));

    /** Words that, all present in a short heading, name the section whatever the rest of its wording. */
    private static final Map<SectionId, List<List<String>>> KEY_WORDS = Map.of(
            SectionId.OVERVIEW, List.of(List.of("总体情况")),
            SectionId.PROACTIVE, List.of(List.of("主动公开", "政府信息情况")),
            SectionId.APPLICATIONS, List.of(List.of("收到", "处理", "申请")),
            SectionId.REVIEW_LITIGATION, List.of(List.of("行政复议", "行政诉讼")),
            SectionId.PROBLEMS, List.of(List.of("问题", "改进"), List.of("问题", "整改")),
            SectionId.OTHER_MATTERS, List.of(List.of("其他", "需要报告")));

    private final LabelMatcher<SectionId> matcher = new LabelMatcher<>();

    SectionVocabulary() {
        VARIANTS.forEach((id, labels) -> labels.forEach(label -> matcher.add(id, label)));
    }

    /**
     * Whether a text is one of the known headings (or close to one) and begins with its words: not merely
     * containing key words, and not a sentence holding the heading after words of its own (无其他需要报告的事项).
     */
    boolean beginsLikeKnownHeading(String heading) {
        String body = TextNormalizer.trimPunctuation(TextNormalizer.withoutOrdinal(heading));
        LabelMatcher.Match<SectionId> match = matcher.unique(body);
        return match != null && body.indexOf(TextNormalizer.withoutOrdinal(match.standard())) <= 0;
    }

    /** Whether a text's words are a known heading's (or close to them), by those words, not by key words alone. */
    boolean namesKnownHeading(String heading) {
        return matcher.unique(TextNormalizer.trimPunctuation(TextNormalizer.withoutOrdinal(heading))) != null;
    }

    /** The section a heading's words name, or null. */
    SectionId sectionOf(String heading) {
        String body = TextNormalizer.trimPunctuation(TextNormalizer.withoutOrdinal(heading));
        LabelMatcher.Match<SectionId> match = matcher.unique(body);
        if (match != null) {
            return match.key();
        }
        SectionId found = null;
        for (Map.Entry<SectionId, List<List<String>>> e : KEY_WORDS.entrySet()) {
            for (List<String> words : e.getValue()) {
                if (words.stream().allMatch(body::contains)) {
                    if (found != null && found != e.getKey()) {
                        return null;
                    }
                    found = e.getKey();
                }
            }
        }
        return found;
    }
}
