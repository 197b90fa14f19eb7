package org.nianbao.rules.kind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.model.Text;
import org.nianbao.rules.CellPattern;
import org.nianbao.rules.CellSelection;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.InvalidRuleException;
import org.nianbao.rules.Labels;
import org.nianbao.rules.Params;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Where;

/**
 * Kind {@code cell}: a test on every data cell matching {@code params.cells} and none of {@code params.except}.
 * {@code params.test}: {@code number} (not text), {@code integer} (no fraction), {@code non-negative},
 * {@code not-blank} (a blank in {@code params.totalColumn} while its row has numbers is a warning),
 * {@code max-decimals} ({@code params.maxDecimals}), {@code ocr-sure} (a cell of a scan that OCR could not read for
 * certain: {@code value} is what was seen, {@code alternatives} the other readings the image allows).
 */
public final class CellKind implements RuleKind {

    @Override
    public String name() {
        return "cell";
    }

    @Override
    public Check compile(RuleDefinition rule) throws InvalidRuleException {
        Params p = new Params(rule);
        String test = p.choice("test", "number", "integer", "non-negative", "not-blank", "max-decimals", "ocr-sure");
        List<CellPattern> cells = CellPattern.parseAll(p.strings("cells"));
        if (cells.isEmpty()) {
            throw new InvalidRuleException("params.cells must name at least one cell pattern");
        }
        List<CellPattern> except = CellPattern.parseAll(p.strings("except"));
        int maxDecimals = p.integer("maxDecimals", 4);
        String totalColumn = p.string("totalColumn", null);
        return new CellCheck(test, new CellSelection(cells, except), maxDecimals, totalColumn);
    }

    private record CellCheck(String test, CellSelection cells, int maxDecimals, String totalColumn)
            implements Check, DeclaresArguments {

        @Override
        public Set<String> arguments() {
            return Set.of("cell", "value", "max", "decimals", "alternatives");
        }

        @Override
        public void evaluate(Report report, Findings out) {
            for (TableId id : TableId.values()) { // in the order of the ids, as the tables are printed
                Table table = report.table(id).orElse(null);
                if (table == null) {
                    continue;
                }
                for (String row : table.rowIds()) {
                    for (Map.Entry<String, Cell> e : table.row(row).entrySet()) {
                        if (cells.selects(id, row, e.getKey())) {
                            test(table, new CellRef(id, row, e.getKey()), e.getValue(), out);
                        }
                    }
                }
            }
        }

        private void test(Table table, CellRef ref, Cell cell, Findings out) {
            CellValue v = cell.value();
            Where where = Where.cell(ref.table(), ref.row(), ref.column(), cell.source());
            switch (test) {
                case "number" -> {
                    if (v instanceof CellValue.Written w && !cell.unsure()) { // a doubtful scan is ocr-sure's
                        violation(out, ref, where, v).actual(w.text()).report();
                    }
                }
                case "integer" -> {
                    if (v instanceof CellValue.Number n && n.value().stripTrailingZeros().scale() > 0) {
                        violation(out, ref, where, v).expected(n.value().setScale(0, java.math.RoundingMode.HALF_UP))
                                .actual(n.value()).report();
                    }
                }
                case "non-negative" -> {
                    if (v instanceof CellValue.Number n && n.value().signum() < 0) {
                        violation(out, ref, where, v).expected("≥ 0").actual(n.value()).report();
                    }
                }
                case "not-blank" -> {
                    if (v instanceof CellValue.Blank) {
                        Findings.Builder b = violation(out, ref, where, v).expected("0").actual("");
                        if (ref.column().equals(totalColumn) && rowHasNumbers(table, ref)) {
                            b.severity(Severity.WARNING).variant("total");
                        }
                        b.report();
                    }
                }
                case "ocr-sure" -> {
                    if (cell.unsure()) {
                        List<String> others = cell.ocr().alternatives().stream()
                                .filter(a -> !a.equals(cell.ocr().seen())).toList();
                        violation(out, ref, where, v).arg("value", cell.ocr().seen())
                                .arg("alternatives", others.isEmpty() ? Text.of("无", "none")
                                        : Text.of(String.join("、", others), String.join(", ", others)))
                                .actual(cell.ocr().seen()).report();
                    }
                }
                default -> {
                    if (v instanceof CellValue.Number n && decimals(n.value()) > maxDecimals) {
                        violation(out, ref, where, v).arg("max", maxDecimals).arg("decimals", decimals(n.value()))
                                .actual(n.value()).report();
                    }
                }
            }
        }

        private static Findings.Builder violation(Findings out, CellRef ref, Where where, CellValue v) {
            return out.add().at(where).cells(List.of(ref)).arg("cell", Labels.cell(ref.table(), ref.row(),
                    ref.column())).arg("value", v.display());
        }

        private static int decimals(BigDecimal value) {
            return Math.max(0, value.stripTrailingZeros().scale());
        }

        private static boolean rowHasNumbers(Table table, CellRef ref) {
            return table.row(ref.row()).entrySet().stream().anyMatch(e -> !e.getKey().equals(ref.column())
                    && e.getValue().value() instanceof CellValue.Number n && n.value().signum() != 0);
        }
    }
}
