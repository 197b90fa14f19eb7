package org.nianbao.web;

import java.util.Optional;
import org.nianbao.model.Lang;
import org.nianbao.report.Html;
import org.nianbao.report.Outcomes;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleSet;

/**
 * A rule id as a person reads it: the rule's title beside its id, its documentation as the tooltip, linked to the
 * rule's page; an unreadable file's outcome ({@code INPUT.NO_TEXT}) in words too. Every page names rules this way.
 */
final class RuleWords {
    private final RuleSet rules;

    RuleWords(RuleSet rules) {
        this.rules = rules;
    }

    /** The rule's (or outcome's) title; the id itself when it names neither (a rule since removed). */
    String title(String id, Lang lang) {
        Optional<RuleDefinition> d = rules.find(id);
        if (d.isPresent()) {
            return d.get().title().in(lang);
        }
        return Outcomes.byCode(id).map(p -> Outcomes.title(p, lang)).orElse(id);
    }

    /** What the tooltip says: the rule's documentation, or what the outcome means; empty when unknown. */
    String doc(String id, Lang lang) {
        Optional<RuleDefinition> d = rules.find(id);
        if (d.isPresent()) {
            return d.get().doc().in(lang).strip();
        }
        return Outcomes.byCode(id).map(p -> Outcomes.explanation(p, lang)).orElse("");
    }

    boolean isRule(String id) {
        return rules.find(id).isPresent();
    }

    /** Title and id as HTML: a link to the rule's page with its documentation as the tooltip. */
    String html(String id, Lang lang) {
        String words = "<span class=\"rule-title\">" + Html.esc(title(id, lang)) + "</span> <span class=\"rule-id\">"
                + Html.esc(id) + "</span>";
        String tip = " title=\"" + Html.esc(doc(id, lang)) + "\"";
        return isRule(id) ? "<a class=\"rule\" href=\"/rules/" + Html.esc(id) + "\"" + tip + ">" + words + "</a>"
                : "<span class=\"rule\"" + tip + ">" + words + "</span>";
    }

    /** Title and id as plain text, for a filter's option or a download: "表格勾稽关系不平衡（T3.BALANCE）". */
    String text(String id, Lang lang) {
        String title = title(id, lang);
        return title.equals(id) ? id : title + (lang == Lang.ZH ? "（" + id + "）" : " (" + id + ")");
    }
}
