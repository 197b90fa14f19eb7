package org.nianbao.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CellRef;

/** Collects what one rule finds in one report. A check adds violations through {@link #add()}. */
public final class Findings {
    private final RuleDefinition rule;
    private final List<Violation> out;

    public Findings(RuleDefinition rule, List<Violation> out) {
        this.rule = rule;
        this.out = out;
    }

    public RuleDefinition rule() {
        return rule;
    }

    /** Starts a violation of this rule at its default severity. */
    public Builder add() {
        return new Builder();
    }

    /** Builds one violation; {@link #report()} adds it. */
    public final class Builder {
        private Severity severity = rule.severity();
        private boolean assessable = true;
        private String variant;
        private final Map<String, Object> args = new LinkedHashMap<>();
        private Where where = Where.REPORT;
        private String expected;
        private String actual;
        private final List<CellRef> cells = new ArrayList<>();

        public Builder severity(Severity value) {
            severity = value;
            return this;
        }

        /** Marks the rule as not judged here (a needed cell holds text): reported, never counted as a pass. */
        public Builder notAssessable() {
            assessable = false;
            return this;
        }

        public Builder variant(String value) {
            variant = value;
            return this;
        }

        public Builder arg(String name, Object value) {
            args.put(name, value == null ? "" : value);
            return this;
        }

        public Builder at(Where value) {
            where = value;
            return this;
        }

        public Builder expected(Object value) {
            expected = value == null ? null : MessageFormatter.render(value, org.nianbao.model.Lang.ZH);
            return this;
        }

        public Builder actual(Object value) {
            actual = value == null ? null : MessageFormatter.render(value, org.nianbao.model.Lang.ZH);
            return this;
        }

        public Builder cells(List<CellRef> refs) {
            cells.addAll(refs);
            return this;
        }

        public void report() {
            out.add(new Violation(rule, severity, assessable, variant, args, where, expected, actual, cells));
        }
    }
}
