package org.nianbao.rules.kind;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionId;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Labels;
import org.nianbao.rules.Params;
import org.nianbao.rules.ReadsLastYear;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Where;

/**
 * Kind {@code cross-year}: this report against the same body's report of the year before
 * ({@link Report#previous()}); silent when there is none. {@code params.test}: {@code carry-over} (each column's
 * 上年结转 equals last year's 结转下年度继续办理), {@code in-force} (现行有效 = last year's + 制发 − 废止, rows
 * {@code params.rows}), {@code format-revert} (2021 format last year, 2019 this year), {@code copied-text} (sections
 * {@code params.sections}: the share of last year's character {@code params.n}-grams, default 5, found again this
 * year, punctuation and whitespace ignored, above {@code params.threshold}, default 0.5).
 */
public final class CrossYearKind implements RuleKind {

    @Override
    public String name() {
        return "cross-year";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        String test = p.choice("test", "carry-over", "in-force", "format-revert", "copied-text");
        List<SectionId> sections = new java.util.ArrayList<>();
        for (String id : p.strings("sections")) {
            sections.add(SectionId.byId(id).orElseThrow(() -> new InvalidRuleException("unknown section '" + id + "'")));
        }
        double threshold = p.node().path("threshold").asDouble(0.5);
        return new CrossYearCheck(test, sections, p.strings("rows"), p.integer("n", 5), threshold);
    }

    private record CrossYearCheck(String test, List<SectionId> sections, List<String> rows, int n, double threshold)
            implements Check, DeclaresArguments, ReadsLastYear {

        @Override
        public void keep(Report last, Report digest) {
            switch (test) {
                case "carry-over" -> {
                    for (var col : StandardLayouts.of(TableId.APPLICATIONS, FormatVersion.V2021).columns()) {
                        keepCell(last, digest, TableId.APPLICATIONS, "carriedForward", col.id());
                    }
                }
                case "in-force" -> rows.forEach(row -> keepCell(last, digest, TableId.PROACTIVE, row, "inForce"));
                case "format-revert" -> { } // the format is always kept
                default -> {
                    for (SectionId id : sections) {
                        if (digest.section(id).isEmpty()) { // the first of its id, the one read below
                            last.section(id).ifPresent(s -> digest.addSection(new Section(id, null, s.text(), null)));
                        }
                    }
                }
            }
        }

        private static void keepCell(Report last, Report digest, TableId table, String row, String column) {
            last.table(table).flatMap(t -> t.cell(row, column)).ifPresent(cell -> {
                Table kept = digest.table(table).orElseGet(() -> {
                    Table t = new Table(table, null);
                    digest.putTable(t);
                    return t;
                });
                kept.put(row, column, Cell.of(cell.value())); // the value is what is compared
            });
        }

        @Override
        public Set<String> arguments() {
            return Set.of("where", "this", "last", "lastYear", "share", "section", "expected");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            Report last = report.previous().orElse(null);
            if (last == null) {
                return;
            }
            String lastYear = last.year() == null ? "" : String.valueOf(last.year());
            switch (test) {
                case "carry-over" -> carryOver(report, last, lastYear, out);
                case "in-force" -> inForce(report, last, lastYear, out);
                case "format-revert" -> {
                    if (last.formatVersion() == FormatVersion.V2021 && report.formatVersion() == FormatVersion.V2019) {
                        out.add().arg("lastYear", lastYear).arg("this", "2019").arg("last", "2021")
                                .expected("2021").actual("2019").report();
                    }
                }
                default -> copied(report, last, lastYear, out);
            }
        }

        private void carryOver(Report report, Report last, String lastYear, Findings out) {
            for (var col : StandardLayouts.of(TableId.APPLICATIONS, FormatVersion.V2021).columns()) {
                CellRef now = new CellRef(TableId.APPLICATIONS, "carriedOver", col.id());
                BigDecimal a = CellSums.value(report, now);
                BigDecimal b = CellSums.value(last, new CellRef(TableId.APPLICATIONS, "carriedForward", col.id()));
                if (a != null && b != null && a.compareTo(b) != 0) {
                    out.add().at(Where.cell(TableId.APPLICATIONS, "carriedOver", col.id(), null))
                            .cells(List.of(now)).arg("where", Labels.column(TableId.APPLICATIONS, col.id()))
                            .arg("this", a).arg("last", b).arg("lastYear", lastYear).expected(b).actual(a).report();
                }
            }
        }

        private void inForce(Report report, Report last, String lastYear, Findings out) {
            for (String row : rows) {
                BigDecimal now = CellSums.value(report, new CellRef(TableId.PROACTIVE, row, "inForce"));
                BigDecimal before = CellSums.value(last, new CellRef(TableId.PROACTIVE, row, "inForce"));
                BigDecimal issued = CellSums.value(report, new CellRef(TableId.PROACTIVE, row, "issued"));
                BigDecimal repealed = CellSums.value(report, new CellRef(TableId.PROACTIVE, row, "repealed"));
                if (now == null || before == null || issued == null || repealed == null) {
                    continue;
                }
                BigDecimal expected = before.add(issued).subtract(repealed);
                if (expected.compareTo(now) != 0) {
                    out.add().at(Where.cell(TableId.PROACTIVE, row, "inForce", null))
                            .cells(List.of(new CellRef(TableId.PROACTIVE, row, "inForce")))
                            .arg("where", Labels.row(TableId.PROACTIVE, row)).arg("this", now).arg("last", before)
                            .arg("lastYear", lastYear).arg("expected", expected).expected(expected).actual(now).report();
                }
            }
        }

        private void copied(Report report, Report last, String lastYear, Findings out) {
            for (SectionId id : sections) {
                Section now = report.section(id).orElse(null);
                Section before = last.section(id).orElse(null);
                if (now == null || before == null) {
                    continue;
                }
                Set<String> old = grams(before.text());
                if (old.size() < 20) {
                    continue; // too little text last year to speak of copying
                }
                Set<String> shared = new HashSet<>(grams(now.text()));
                shared.retainAll(old);
                double share = (double) shared.size() / old.size();
                if (share > threshold) {
                    String pct = Math.round(share * 100) + "%";
                    out.add().at(Where.section(id, now.source())).arg("section", id.standardHeading())
                            .arg("share", pct).arg("lastYear", lastYear).actual(pct).report();
                }
            }
        }

        /** The distinct character n-grams of a text without whitespace and punctuation. */
        private Set<String> grams(String text) {
            String t = text == null ? "" : text.replaceAll("[\\s\\p{P}\\p{S}]", "");
            Set<String> out = new HashSet<>();
            for (int i = 0; i + n <= t.length(); i++) {
                out.add(t.substring(i, i + n));
            }
            return out;
        }
    }
}
