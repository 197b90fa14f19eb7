package org.nianbao.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.Proofreader;
import org.nianbao.model.Report;
import org.nianbao.model.Table;

/**
 * Asks the balances ({@link Proofreader}) to settle the unsure cells of a scanned report among the readings OCR
 * allows, and puts each settled reading in the model as a number, noting that the balances chose it.
 */
final class OcrProofreading {
    private OcrProofreading() {
    }

    static void settle(Report report, Proofreader proofreader) {
        Map<CellRef, List<BigDecimal>> candidates = new LinkedHashMap<>();
        for (Table t : report.tables().values()) {
            for (String row : t.rowIds()) {
                for (Map.Entry<String, Cell> e : t.row(row).entrySet()) {
                    Cell c = e.getValue();
                    if (!c.unsure()) {
                        continue;
                    }
                    List<BigDecimal> values = new ArrayList<>();
                    for (String a : c.ocr().alternatives()) {
                        if (CellValues.parse(a) instanceof CellValue.Number n && !values.contains(n.value())) {
                            values.add(n.value());
                        }
                    }
                    if (!values.isEmpty()) {
                        candidates.put(new CellRef(t.id(), row, e.getKey()), values);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        proofreader.settle(report, candidates).forEach((ref, value) -> report.table(ref.table()).ifPresent(t -> {
            Cell old = t.cell(ref.row(), ref.column()).orElseThrow();
            t.put(ref.row(), ref.column(), new Cell(CellValue.number(value), old.source(),
                    old.ocr().settledOn(value.toPlainString())));
        }));
    }
}
