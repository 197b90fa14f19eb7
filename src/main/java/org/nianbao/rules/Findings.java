package org.nianbao.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CellRef;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.model.Text;

/** Collects what one rule finds in one report. A check adds violations through {@link #add()}. */
public final class Findings {
    /** Longer expected or found values (a whole section, a JSON object) are cut here, with an ellipsis. */
    static final int SHOWN_CHARS = 80;

    private final RuleDefinition rule;
    private final List<Violation> out;
    private final SharedReadings shared;

    public Findings(RuleDefinition rule, List<Violation> out) {
        this(rule, out, new SharedReadings());
    }

    /** Findings of one rule in an evaluation whose rules share what they read ({@code shared}). */
    public Findings(RuleDefinition rule, List<Violation> out, SharedReadings shared) {
        this.rule = rule;
        this.out = out;
        this.shared = shared;
    }

    public RuleDefinition rule() {
        return rule;
    }

    /** What the rules of this evaluation read of the report once and share. */
    public SharedReadings shared() {
        return shared;
    }

    /** Starts a violation of this rule at its default severity. */
    public Builder add() {
        return new Builder();
    }

    /** How a finding is taken on a report read by OCR, when its rule has a {@code scan} variant. */
    private enum OnScan {
        /** As on any report. */
        AS_ON_ANY,
        /** The scan variant, not assessable: what OCR did not find or may have misread. */
        NOT_ASSESSABLE,
        /** The scan variant, judged at its severity: it says the text was read from the scan. */
        TOLD
    }

    /** Builds one violation; {@link #report()} adds it. */
    public final class Builder {
        private Severity severity = rule.severity();
        private boolean assessable = true;
        private OnScan onScan = OnScan.AS_ON_ANY;
        private boolean readByOcr;
        private String variant;
        private final Map<String, Object> args = new LinkedHashMap<>();
        private Where where = Where.REPORT;
        private Text expected;
        private Text actual;
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

        /**
         * Marks this finding as resting on what was read of {@code report}: a table, row, column or heading not
         * found. On a report read by OCR the scan may have lost what the paper has, so when the rule has a
         * {@code scan} variant (for a finding of variant {@code v}, {@code scan-v} first) the finding takes it and
         * is not assessable: the part is to be checked by hand, never an error built on what OCR missed.
         */
        public Builder unreadOnScan(Report report) {
            return onScan(report, OnScan.NOT_ASSESSABLE);
        }

        /**
         * Marks this finding as resting on narrative text OCR read (a number, a date, a name, a year), where one
         * misread character alone could make it: on a report read by OCR it takes the rule's {@code scan} variant
         * as {@link #unreadOnScan} does and is not assessable, to be checked by hand against the original.
         */
        public Builder misreadOnScan(Report report) {
            return onScan(report, OnScan.NOT_ASSESSABLE);
        }

        /**
         * Marks this finding as resting on narrative text OCR read where a misreading alone could hardly make it
         * (a whole phrase found, headings in an order): on a report read by OCR it keeps its severity and is
         * judged, and takes the rule's {@code scan} variant, which says the text was read from the scan and asks
         * for a look.
         */
        public Builder seenOnScan(Report report) {
            return onScan(report, OnScan.TOLD);
        }

        private Builder onScan(Report report, OnScan how) {
            onScan = how;
            readByOcr = report.readByOcr();
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

        /**
         * What was expected: a {@link Text}, a number, a list (written as words), or text; null or empty for nothing
         * to say.
         */
        public Builder expected(Object value) {
            expected = "".equals(value) ? null : shown(value);
            return this;
        }

        /** What was found, as {@link #expected}; null when nothing was there. */
        public Builder actual(Object value) {
            actual = shown(value);
            return this;
        }

        public Builder cells(List<CellRef> refs) {
            cells.addAll(refs);
            return this;
        }

        private static Text shown(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof Collection<?> list) {
                List<String> zh = new ArrayList<>();
                List<String> en = new ArrayList<>();
                list.forEach(x -> {
                    zh.add(MessageFormatter.render(x, Lang.ZH));
                    en.add(MessageFormatter.render(x, Lang.EN));
                });
                return Text.of(cut(String.join("、", zh)), cut(String.join(", ", en)));
            }
            return Text.of(cut(MessageFormatter.render(value, Lang.ZH)), cut(MessageFormatter.render(value, Lang.EN)));
        }

        private static String cut(String s) {
            return s.codePointCount(0, s.length()) <= SHOWN_CHARS ? s
                    : s.substring(0, s.offsetByCodePoints(0, SHOWN_CHARS)) + "…";
        }

        public void report() {
            String scan = readByOcr && onScan != OnScan.AS_ON_ANY ? scanVariant() : null;
            boolean judged = assessable && (scan == null || onScan == OnScan.TOLD);
            out.add(new Violation(rule, severity, judged, scan == null ? variant : scan, args, where, expected,
                    actual, cells));
        }

        private String scanVariant() {
            if (variant != null && rule.variants().containsKey("scan-" + variant)) {
                return "scan-" + variant;
            }
            return rule.variants().containsKey("scan") ? "scan" : null;
        }
    }
}
