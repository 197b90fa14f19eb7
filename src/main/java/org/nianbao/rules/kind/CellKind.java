package org.nianbao.rules.kind;

import java.math.BigDecimal;
import java.util.List;
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
        return new CellCheck(Test.valueOf(test.toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                new CellSelection(cells, except), maxDecimals, totalColumn);
    }

    /** The tests, as {@code params.test} names them ({@code max-decimals} is {@code MAX_DECIMALS}). */
    private enum Test {
        NUMBER, INTEGER, NON_NEGATIVE, NOT_BLANK, MAX_DECIMALS, OCR_SURE
    }

    private record CellCheck(Test test, CellSelection cells, int maxDecimals, String totalColumn)
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
                    CellSelection.Row selected = cells.row(id, row);
                    if (selected.none()) {
                        continue;
                    }
                    // forEach, not entrySet(): the read-only view wraps no entry
                    table.row(row).forEach((column, cell) -> {
                        if (selected.selects(column)) {
                            test(table, id, row, column, cell, out);
                        }
                    });
                }
            }
        }

        private void test(Table table, TableId id, String row, String column, Cell cell, Findings out) {
            CellValue v = cell.value();
            switch (test) {
                case NUMBER -> {
                    if (v instanceof CellValue.Written w && !cell.unsure()) { // a doubtful scan is ocr-sure's
                        violation(out, id, row, column, cell).actual(w.text()).report();
                    }
                }
                case INTEGER -> {
                    if (v instanceof CellValue.Number n && n.value().stripTrailingZeros().scale() > 0) {
                        violation(out, id, row, column, cell)
                                .expected(n.value().setScale(0, java.math.RoundingMode.HALF_UP)).actual(n.value())
                                .report();
                    }
                }
                case NON_NEGATIVE -> {
                    if (v instanceof CellValue.Number n && n.value().signum() < 0) {
                        violation(out, id, row, column, cell).expected("≥ 0").actual(n.value()).report();
                    }
                }
                case NOT_BLANK -> {
                    if (v instanceof CellValue.Blank) {
                        Findings.Builder b = violation(out, id, row, column, cell).expected("0").actual("");
                        if (column.equals(totalColumn) && rowHasNumbers(table, row, column)) {
                            b.severity(Severity.WARNING).variant("total");
                        }
                        b.report();
                    }
                }
                case OCR_SURE -> {
                    if (cell.unsure()) {
                        List<String> others = cell.ocr().alternatives().stream()
                                .filter(a -> !a.equals(cell.ocr().seen())).toList();
                        violation(out, id, row, column, cell).arg("value", cell.ocr().seen())
                                .arg("alternatives", others.isEmpty() ? Text.of("无", "none")
                                        : Text.of(String.join("、", others), String.join(", ", others)))
                                .report(); // no "found" value: what OCR saw is not what the cell holds
                    }
                }
                case MAX_DECIMALS -> {
                    if (v instanceof CellValue.Number n && decimals(n.value()) > maxDecimals) {
                        violation(out, id, row, column, cell).arg("max", maxDecimals)
                                .arg("decimals", decimals(n.value())).actual(n.value()).report();
                    }
                }
            }
        }

        private static Findings.Builder violation(Findings out, TableId id, String row, String column, Cell cell) {
            return out.add().at(Where.cell(id, row, column, cell.source()))
                    .cells(List.of(new CellRef(id, row, column))).arg("cell", Labels.cell(id, row, column))
                    .arg("value", cell.value().display());
        }

        private static int decimals(BigDecimal value) {
            return Math.max(0, value.stripTrailingZeros().scale());
        }

        private static boolean rowHasNumbers(Table table, String row, String column) {
            return table.row(row).entrySet().stream().anyMatch(e -> !e.getKey().equals(column)
                    && e.getValue().value() instanceof CellValue.Number n && n.value().signum() != 0);
        }
    }
}
