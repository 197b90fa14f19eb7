package org.nianbao.run;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.Location;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;

/**
 * The bodies' tables summed cell by cell: a cell is the sum of the bodies' numbers (blank counts as 0); a cell that
 * holds text in some body is left as text ("—") in the sum, since nothing is guessed about it.
 */
public final class RegionSum {
    private RegionSum() {
    }

    public static Report sum(String name, Integer year, List<Report> bodies) {
        Report out = new Report().agency(name).year(year).inputFormat("sum");
        for (TableId id : TableId.values()) {
            Table sum = new Table(id, Location.NONE);
            boolean any = false;
            for (Report r : bodies) {
                Table t = r.table(id).orElse(null);
                if (t == null) {
                    continue;
                }
                any = true;
                for (String row : t.rowIds()) {
                    t.row(row).forEach((column, cell) -> sum.put(row, column, Cell.of(add(
                            sum.cell(row, column).map(Cell::value).orElse(CellValue.blank()), cell.value()))));
                }
            }
            if (any) {
                out.putTable(sum);
            }
        }
        return out;
    }

    private static CellValue add(CellValue a, CellValue b) {
        if (a instanceof CellValue.Written || b instanceof CellValue.Written) {
            return CellValue.written("—");
        }
        return CellValue.number(number(a).add(number(b)));
    }

    private static BigDecimal number(CellValue v) {
        return v instanceof CellValue.Number n ? n.value() : BigDecimal.ZERO;
    }
}
