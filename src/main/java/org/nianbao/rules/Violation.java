package org.nianbao.rules;

import java.util.List;
import java.util.Map;
import org.nianbao.model.CellRef;
import org.nianbao.model.Lang;
import org.nianbao.model.Text;

/**
 * A rule that does not hold for a report, or that could not be judged.
 *
 * @param rule       the rule
 * @param severity   the severity of this finding (usually the rule's; some rules soften a case)
 * @param assessable false when the rule could not be judged (a cell it needs holds text), which is never a pass
 * @param variant    which message template applies, or null for the main one
 * @param args       named values for the message template
 * @param where      where in the report
 * @param expected   what was expected, as a person would write it, in both languages (null: nothing to say)
 * @param actual     what was found (null: nothing was there)
 * @param cells      the cells involved (for a balance, every cell on both sides)
 * @param suggestion the likely wrong cell(s), attached to failed balances by {@link Localizer}; null when none
 */
public record Violation(RuleDefinition rule, Severity severity, boolean assessable, String variant,
        Map<String, Object> args, Where where, Text expected, Text actual, List<CellRef> cells,
        Suggestion suggestion) {

    /** A violation without a suggestion. */
    public Violation(RuleDefinition rule, Severity severity, boolean assessable, String variant,
            Map<String, Object> args, Where where, Text expected, Text actual, List<CellRef> cells) {
        this(rule, severity, assessable, variant, args, where, expected, actual, cells, null);
    }

    /** This violation with a suggestion attached. */
    public Violation withSuggestion(Suggestion value) {
        return new Violation(rule, severity, assessable, variant, args, where, expected, actual, cells, value);
    }

    public Violation {
        args = Map.copyOf(args);
        cells = List.copyOf(cells);
    }

    public String ruleId() {
        return rule.id();
    }

    /** The message in a language, placeholders filled. */
    public String message(Lang lang) {
        return MessageFormatter.format(rule.template(variant).in(lang), args, lang);
    }

    /** What was expected, in a language, or null. */
    public String expected(Lang lang) {
        return expected == null ? null : expected.in(lang);
    }

    /** What was found, in a language, or null. */
    public String actual(Lang lang) {
        return actual == null ? null : actual.in(lang);
    }

    /** How to fix it, in a language, placeholders filled. */
    public String fix(Lang lang) {
        return MessageFormatter.format(rule.fix().in(lang), args, lang);
    }
}
