package org.nianbao.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.TableLayout;

/** Every standard row and column label, mutated the ways real reports write them, still maps to its own id. */
class LabelMutationTest {
    private static final List<UnaryOperator<String>> MUTATIONS = List.of(
            s -> String.join(" ", s.split("")),
            s -> s.substring(0, s.length() / 2) + "\n" + s.substring(s.length() / 2),
            LabelMutationTest::swapWidth,
            s -> replaceInBody(s, "某"),
            s -> replaceInBody(s, ""),
            s -> s.replaceFirst("^(\\d)\\.", "$1、"),
            s -> " " + s + "\u3000");

    @Test
    void mutatedLabelsMapToTheSameId() {
        int checked = 0;
        for (Case c : cases()) {
            for (UnaryOperator<String> mutation : MUTATIONS) {
                String written = mutation.apply(c.label);
                LabelMatcher.Match<String> match = c.matcher.unique(written);
                assertThat(match).as("%s → %s", c.label, written).isNotNull();
                assertThat(match.key()).as("%s → %s", c.label, written).isEqualTo(c.id);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void clearlyDifferentLabelsDoNotMap() {
        List<String> others = List.of("信息内容", "申请人情况", "法人或其他组织", "备注", "序号", "项目名称",
                "本年度工作要点", "行政诉讼", "第二十条第（一）项", "本列数据的勾稽关系");
        for (Case c : cases()) {
            for (String other : others) {
                assertThat(c.matcher.match(other)).as("%s must not map", other).isEmpty();
            }
        }
    }

    private record Case(LabelMatcher<String> matcher, String id, String label) {
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        add(cases, TableVocabulary.proactive(), StandardLayouts.PROACTIVE_2021, StandardLayouts.PROACTIVE_2019);
        add(cases, TableVocabulary.applications(), StandardLayouts.APPLICATIONS_2021,
                StandardLayouts.APPLICATIONS_2019);
        add(cases, TableVocabulary.reviewLitigation(), StandardLayouts.REVIEW_LITIGATION);
        return cases;
    }

    private static void add(List<Case> cases, TableVocabulary vocabulary, TableLayout... layouts) {
        for (TableLayout layout : layouts) {
            layout.rows().forEach(r -> cases.add(new Case(vocabulary.rows(), r.id(), r.label().zh())));
            layout.columns().forEach(c -> cases.add(new Case(vocabulary.columns(), c.id(), c.label().zh())));
        }
    }

    /** Full-width brackets, colons and digits become half-width, and half-width digits full-width. */
    private static String swapWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                sb.append((char) (ch - '0' + '０'));
            } else if (ch == '（') {
                sb.append('(');
            } else if (ch == '）') {
                sb.append(')');
            } else if (ch == '：') {
                sb.append(':');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** One character of the words (not of the ordinal) replaced, or dropped when the replacement is empty. */
    private static String replaceInBody(String label, String replacement) {
        String body = TextNormalizer.withoutOrdinal(label);
        int at = label.lastIndexOf(body.substring(0, 1)) >= 0 ? label.indexOf(body.charAt(0)) : 0;
        int index = at + body.length() / 2;
        return label.substring(0, index) + replacement + label.substring(index + 1);
    }
}
