package org.nianbao.rules.kind;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;

/** Sums of cells for rules that compare numbers with the tables: blank counts as 0, text or absence as unknown. */
final class CellSums {
    private CellSums() {
    }

    /** The sum of the cells, or null when one is missing or holds text. */
    static BigDecimal sum(Report report, List<CellRef> cells) {
        BigDecimal total = BigDecimal.ZERO;
        for (CellRef ref : cells) {
            BigDecimal v = value(report, ref);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    /** One cell's value (blank as 0), or null when it is missing or holds text. */
    static BigDecimal value(Report report, CellRef ref) {
        Cell cell = report.table(ref.table()).flatMap(t -> t.cell(ref.row(), ref.column())).orElse(null);
        if (cell == null || cell.value() instanceof CellValue.Written) {
            return null;
        }
        return cell.value() instanceof CellValue.Number n ? n.value() : BigDecimal.ZERO;
    }
}
