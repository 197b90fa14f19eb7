package org.nianbao.rules.kind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.rules.Check;
import org.nianbao.rules.DeclaresArguments;
import org.nianbao.rules.Findings;
import org.nianbao.rules.Labels;
import org.nianbao.rules.RuleDefinition;
import org.nianbao.rules.RuleKind;
import org.nianbao.rules.Where;

/**
 * Kind {@code aggregate}: a government's report against the sum of its bodies' reports, cell by cell. It needs a
 * region ({@code nianbao aggregate MANIFEST}), so in {@code check} it is silent; the aggregate command calls
 * {@link #compare}. No params.
 */
public final class AggregateKind implements RuleKind {

    @Override
    public String name() {
        return "aggregate";
    }

    @Override
    public Check compile(RuleDefinition rule) {
        return new Silent();
    }

    /** In {@code check} there is no region: nothing to say. */
    private static final class Silent implements Check, DeclaresArguments {
        @Override
        public void evaluate(Report report, Findings out) {
        }

        @Override
        public Set<String> arguments() {
            return Set.of("cell", "government", "sum");
        }
    }

    /** Reports each numeric cell where the government's report differs from the sum of the bodies'. */
    public static void compare(Report government, Report sum, Findings out) {
        for (Table s : sum.tables().values()) {
            Table g = government.table(s.id()).orElse(null);
            if (g == null) {
                continue;
            }
            for (String row : s.rowIds()) {
                s.row(row).forEach((column, cell) -> {
                    BigDecimal total = cell.value() instanceof CellValue.Number n ? n.value() : null;
                    BigDecimal gov = g.cell(row, column).map(Cell::value)
                            .map(v -> v instanceof CellValue.Number n ? n.value()
                                    : v instanceof CellValue.Blank ? BigDecimal.ZERO : null).orElse(null);
                    if (total != null && gov != null && total.compareTo(gov) != 0) {
                        out.add().at(Where.cell(s.id(), row, column,
                                g.cell(row, column).map(Cell::source).orElse(null)))
                                .cells(List.of(new CellRef(s.id(), row, column)))
                                .arg("cell", Labels.cell(s.id(), row, column)).arg("government", gov)
                                .arg("sum", total).expected(total).actual(gov).report();
                    }
                });
            }
        }
    }
}
