package org.nianbao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.Report;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.rules.Labels;

/** The summed tables of a region as an xlsx workbook: one sheet per table, rows and columns by their printed labels. */
public final class SumWorkbook {
    private SumWorkbook() {
    }

    public static void write(Report sum, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (TableId id : TableId.values()) {
                Table t = sum.table(id).orElse(null);
                if (t == null) {
                    continue;
                }
                Sheet sheet = wb.createSheet(id.id());
                java.util.List<String> columns = new java.util.ArrayList<>();
                t.rowIds().forEach(r -> t.row(r).keySet().stream().filter(c -> !columns.contains(c))
                        .forEach(columns::add));
                Row header = sheet.createRow(0);
                header.createCell(0).setCellValue(id.id());
                for (int c = 0; c < columns.size(); c++) {
                    header.createCell(c + 1).setCellValue(Labels.column(id, columns.get(c)).zh());
                }
                int r = 1;
                for (String row : t.rowIds()) {
                    Row x = sheet.createRow(r++);
                    x.createCell(0).setCellValue(Labels.row(id, row).zh());
                    for (int c = 0; c < columns.size(); c++) {
                        CellValue v = t.cell(row, columns.get(c)).map(Cell::value).orElse(null);
                        if (v instanceof CellValue.Number n) {
                            x.createCell(c + 1).setCellValue(n.value().doubleValue());
                        } else if (v != null) {
                            x.createCell(c + 1).setCellValue(v.display());
                        }
                    }
                }
            }
            wb.write(out);
        }
    }
}
