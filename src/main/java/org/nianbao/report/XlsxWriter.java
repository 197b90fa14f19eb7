package org.nianbao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nianbao.model.Cell;
import org.nianbao.model.CellValue;
import org.nianbao.model.ColumnSpec;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Lang;
import org.nianbao.model.Report;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;

/**
 * An Excel workbook for an auditor, streamed with POI's SXSSF so memory stays flat: 汇总 (one row per file),
 * 问题清单 (one row per violation, suppressed ones marked) and 表三数据 (the applications table of every report).
 *
 * <p>表三数据 has one row per report × table row, the applicant columns side by side, numbers as numbers: a
 * statistician filters on the row id (or label) and sums a column over all reports, or builds a pivot table, without
 * reshaping. Text written in a cell ({@code —}, {@code 无}) stays text. Headers are frozen, filters on, widths set.
 *
 * <p>SXSSF keeps each sheet's rows in a temporary file from the moment the workbook is made; {@link #close()}
 * deletes them, whether or not the workbook was written.
 */
public final class XlsxWriter implements ResultWriter {
    private static final TableLayout APPLICATIONS = StandardLayouts.of(TableId.APPLICATIONS, FormatVersion.V2021);

    private final OutputStream out;
    private final Lang lang;
    private final boolean zh;
    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final CellStyle bold;
    private final SXSSFSheet summary;
    private final SXSSFSheet problems;
    private final SXSSFSheet data;
    private int summaryRow;
    private int problemRow;
    private int dataRow;

    public XlsxWriter(OutputStream out, Lang lang) {
        this.out = out;
        this.lang = lang;
        this.zh = lang == Lang.ZH;
        Font font = wb.createFont();
        font.setBold(true);
        bold = wb.createCellStyle();
        bold.setFont(font);
        summary = wb.createSheet(zh ? "汇总" : "Summary");
        problems = wb.createSheet(zh ? "问题清单" : "Problems");
        data = wb.createSheet(zh ? "表三数据" : "Applications table");
    }

    @Override
    public void start() {
        header(summary, zh ? List.of("文件", "机关", "年度", "格式", "层级", "结果", "错误", "警告", "提示", "已豁免")
                : List.of("file", "agency", "year", "format", "level", "status", "errors", "warnings", "infos",
                        "suppressed"), new int[] {40, 30, 8, 10, 10, 10, 8, 8, 8, 8});
        header(problems, zh ? List.of("文件", "机关", "规则", "级别", "问题", "位置", "应为", "实为", "豁免理由")
                : List.of("file", "agency", "rule", "severity", "message", "location", "expected", "actual",
                        "suppressed because"), new int[] {40, 30, 18, 10, 60, 40, 12, 12, 30});
        List<String> dataHead = new java.util.ArrayList<>(zh ? List.of("文件", "机关", "年度", "行代码", "行")
                : List.of("file", "agency", "year", "row id", "row"));
        int[] widths = new int[5 + APPLICATIONS.columns().size()];
        System.arraycopy(new int[] {40, 30, 8, 24, 40}, 0, widths, 0, 5);
        for (int i = 0; i < APPLICATIONS.columns().size(); i++) {
            dataHead.add(APPLICATIONS.columns().get(i).label().in(lang));
            widths[5 + i] = 12;
        }
        header(data, dataHead, widths);
        summaryRow = problemRow = dataRow = 1;
    }

    private void header(SXSSFSheet sheet, List<String> names, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            org.apache.poi.ss.usermodel.Cell c = row.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void file(FileResult r) throws IOException {
        Report rep = r.report();
        String file = r.file().toString();
        String agency = rep == null ? null : rep.agency();
        Row row = summary.createRow(summaryRow++);
        put(row, 0, file);
        put(row, 1, agency);
        if (rep != null && rep.year() != null) {
            row.createCell(2).setCellValue(rep.year());
        }
        put(row, 3, r.inputFormat());
        put(row, 4, rep == null || rep.level() == null ? null : rep.level().displayName().in(lang));
        put(row, 5, r.unreadable() != null ? r.unreadable().problem().code() : status(r.status()));
        row.createCell(6).setCellValue(r.count(Severity.ERROR));
        row.createCell(7).setCellValue(r.count(Severity.WARNING));
        row.createCell(8).setCellValue(r.count(Severity.INFO));
        row.createCell(9).setCellValue(r.suppressed().size());
        if (r.unreadable() != null) {
            Row p = problems.createRow(problemRow++);
            put(p, 0, file);
            put(p, 2, r.unreadable().problem().code());
            put(p, 3, Severity.ERROR.displayName().in(lang));
            put(p, 4, Outcomes.message(r.unreadable(), lang));
            return;
        }
        for (Violation v : r.evaluation().violations()) {
            problem(file, agency, v, null);
        }
        for (FileResult.Suppressed s : r.suppressed()) {
            problem(file, agency, s.violation(), s.reason());
        }
        rep.table(TableId.APPLICATIONS).ifPresent(t -> applications(file, rep, t));
    }

    private void problem(String file, String agency, Violation v, String reason) {
        Row p = problems.createRow(problemRow++);
        put(p, 0, file);
        put(p, 1, agency);
        put(p, 2, v.ruleId());
        put(p, 3, v.assessable() ? v.severity().displayName().in(lang) : (zh ? "无法判断" : "not assessable"));
        put(p, 4, v.message(lang));
        put(p, 5, LocationText.describe(v.where(), lang));
        put(p, 6, ValueText.expected(v, lang));
        put(p, 7, ValueText.actual(v, lang));
        put(p, 8, reason);
    }

    private void applications(String file, Report rep, Table t) {
        for (RowSpec spec : StandardLayouts.of(TableId.APPLICATIONS, t.version() != null ? t.version()
                : rep.formatVersion()).rows()) {
            Row row = data.createRow(dataRow++);
            put(row, 0, file);
            put(row, 1, rep.agency());
            if (rep.year() != null) {
                row.createCell(2).setCellValue(rep.year());
            }
            put(row, 3, spec.id());
            put(row, 4, spec.fullLabel().in(lang));
            List<ColumnSpec> columns = APPLICATIONS.columns();
            for (int i = 0; i < columns.size(); i++) {
                CellValue v = t.cell(spec.id(), columns.get(i).id()).map(Cell::value).orElse(null);
                if (v instanceof CellValue.Number n) {
                    row.createCell(5 + i).setCellValue(n.value().doubleValue());
                } else if (v instanceof CellValue.Written w) {
                    row.createCell(5 + i).setCellValue(w.text());
                }
            }
        }
    }

    private static void put(Row row, int col, String value) {
        if (value != null) {
            // Excel cells hold at most 32,767 characters
            row.createCell(col).setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
        }
    }

    private String status(FileResult.Status s) {
        return switch (s) {
            case PASS -> zh ? "通过" : "pass";
            case FAIL -> zh ? "不通过" : "fail";
            case UNREADABLE -> zh ? "无法读取" : "unreadable";
        };
    }

    @Override
    @SuppressWarnings("deprecation") // dispose: the one call that deletes the temporary files quietly after a write
    public void end(Summary s) throws IOException {
        summary.setAutoFilter(new CellRangeAddress(0, Math.max(0, summaryRow - 1), 0, 9));
        problems.setAutoFilter(new CellRangeAddress(0, Math.max(0, problemRow - 1), 0, 8));
        data.setAutoFilter(new CellRangeAddress(0, Math.max(0, dataRow - 1), 0, 4 + APPLICATIONS.columns().size()));
        wb.write(out);
        out.flush();
        wb.dispose(); // after a write, close alone would flush the sheets again and log a failure
        close();
    }

    @Override
    public void close() throws IOException {
        wb.close(); // deletes the sheets' temporary files (POI 5.5); closing again does nothing
    }
}
