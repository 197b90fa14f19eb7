package org.nianbao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.nianbao.model.Text;
import org.nianbao.rules.Severity;
import org.nianbao.rules.Violation;
import org.nianbao.run.FileResult;

/**
 * An Excel workbook for an auditor, streamed with POI's SXSSF so memory stays flat: 汇总 (one row per file),
 * 问题清单 (one row per violation with the rule's title, the fix and the cells likely wrong; suppressed ones marked)
 * and 表二数据, 表三数据, 表四数据 (each statistics table of every report).
 *
 * <p>A table's sheet has one row per report × table row, the table's columns side by side, numbers as numbers: a
 * statistician filters on the row id (or label) and sums a column over all reports, or builds a pivot table, without
 * reshaping. A column only the 2019 format has comes after the 2021 format's. Text written in a cell ({@code —},
 * {@code 无}) stays text. Headers are frozen, filters on, widths set.
 *
 * <p>SXSSF keeps each sheet's rows in a temporary file from the moment the workbook is made; {@link #close()}
 * deletes them, whether or not the workbook was written.
 */
public final class XlsxWriter implements ResultWriter {
    /** The sheets' names, by table: 表二数据 …. */
    private static final Map<TableId, Text> SHEETS = Map.of(
            TableId.PROACTIVE, Text.of("表二数据", "Proactive table"),
            TableId.APPLICATIONS, Text.of("表三数据", "Applications table"),
            TableId.REVIEW_LITIGATION, Text.of("表四数据", "Review table"));
    private static final int DATA_LEFT = 5;

    private final OutputStream out;
    private final Lang lang;
    private final boolean zh;
    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final CellStyle bold;
    private final SXSSFSheet summary;
    private final SXSSFSheet problems;
    private final Map<TableId, SXSSFSheet> data = new EnumMap<>(TableId.class);
    private final Map<TableId, List<ColumnSpec>> dataColumns = new EnumMap<>(TableId.class);
    private final Map<TableId, Integer> dataRows = new EnumMap<>(TableId.class);
    private int summaryRow;
    private int problemRow;

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
        for (TableId t : TableId.values()) {
            data.put(t, wb.createSheet(SHEETS.get(t).in(lang)));
            dataColumns.put(t, columns(t));
        }
    }

    /** A table's columns in the 2021 format, then those only the 2019 format has. */
    private static List<ColumnSpec> columns(TableId table) {
        Map<String, ColumnSpec> out = new LinkedHashMap<>();
        for (FormatVersion v : List.of(FormatVersion.V2021, FormatVersion.V2019)) {
            StandardLayouts.of(table, v).columns().forEach(c -> out.putIfAbsent(c.id(), c));
        }
        return List.copyOf(out.values());
    }

    @Override
    public void start() {
        header(summary, zh ? List.of("文件", "机关", "年度", "格式", "层级", "结果", "错误", "警告", "提示", "已豁免")
                : List.of("file", "agency", "year", "format", "level", "status", "errors", "warnings", "infos",
                        "suppressed"), new int[] {40, 30, 8, 10, 10, 10, 8, 8, 8, 8});
        header(problems, zh ? PROBLEM_HEAD_ZH : PROBLEM_HEAD_EN, new int[] {40, 30, 18, 24, 10, 60, 40, 12, 12, 50,
            40, 30});
        for (TableId t : TableId.values()) {
            List<ColumnSpec> columns = dataColumns.get(t);
            List<String> dataHead = new ArrayList<>(zh ? List.of("文件", "机关", "年度", "行代码", "行")
                    : List.of("file", "agency", "year", "row id", "row"));
            int[] widths = new int[DATA_LEFT + columns.size()];
            System.arraycopy(new int[] {40, 30, 8, 24, 40}, 0, widths, 0, DATA_LEFT);
            for (int i = 0; i < columns.size(); i++) {
                dataHead.add(columns.get(i).label().in(lang));
                widths[DATA_LEFT + i] = 12;
            }
            header(data.get(t), dataHead, widths);
            dataRows.put(t, 1);
        }
        summaryRow = problemRow = 1;
    }

    private static final List<String> PROBLEM_HEAD_ZH = List.of("文件", "机关", "规则", "规则名称", "级别", "问题", "位置",
            "应为", "实为", "修改建议", "可能的错误", "豁免理由");
    private static final List<String> PROBLEM_HEAD_EN = List.of("file", "agency", "rule", "rule title", "severity",
            "message", "location", "expected", "actual", "fix", "likely wrong", "suppressed because");

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
        put(row, 3, FormatNames.of(r.inputFormat(), lang));
        put(row, 4, rep == null || rep.level() == null ? null : rep.level().displayName().in(lang));
        put(row, 5, r.unreadable() != null ? status(r.status()) + (zh ? "：" : ": ")
                + Outcomes.title(r.unreadable().problem(), lang) : status(r.status()));
        row.createCell(6).setCellValue(r.count(Severity.ERROR));
        row.createCell(7).setCellValue(r.count(Severity.WARNING));
        row.createCell(8).setCellValue(r.count(Severity.INFO));
        row.createCell(9).setCellValue(r.suppressed().size());
        if (r.unreadable() != null) {
            Row p = problems.createRow(problemRow++);
            put(p, 0, file);
            put(p, 2, r.unreadable().problem().code());
            put(p, 3, Outcomes.title(r.unreadable().problem(), lang));
            put(p, 4, Severity.ERROR.displayName().in(lang));
            put(p, 5, Outcomes.message(r.unreadable(), lang));
            return;
        }
        for (Violation v : r.evaluation().violations()) {
            problem(file, agency, v, null);
        }
        for (FileResult.Suppressed s : r.suppressed()) {
            problem(file, agency, s.violation(), s.reason());
        }
        for (TableId id : TableId.values()) {
            rep.table(id).ifPresent(t -> tableRows(file, rep, t));
        }
    }

    private void problem(String file, String agency, Violation v, String reason) {
        Row p = problems.createRow(problemRow++);
        put(p, 0, file);
        put(p, 1, agency);
        put(p, 2, v.ruleId());
        put(p, 3, v.rule().title().in(lang));
        put(p, 4, v.assessable() ? v.severity().displayName().in(lang) : (zh ? "无法判断" : "not assessable"));
        put(p, 5, v.message(lang));
        put(p, 6, LocationText.describe(v.where(), lang));
        put(p, 7, ValueText.expected(v, lang));
        put(p, 8, ValueText.actual(v, lang));
        put(p, 9, v.fix(lang));
        put(p, 10, v.suggestion() == null ? null : v.suggestion().text(lang));
        put(p, 11, reason);
    }

    private void tableRows(String file, Report rep, Table t) {
        SXSSFSheet sheet = data.get(t.id());
        List<ColumnSpec> columns = dataColumns.get(t.id());
        for (RowSpec spec : StandardLayouts.of(t.id(), t.version() != null ? t.version()
                : rep.formatVersion()).rows()) {
            int at = dataRows.get(t.id());
            dataRows.put(t.id(), at + 1);
            Row row = sheet.createRow(at);
            put(row, 0, file);
            put(row, 1, rep.agency());
            if (rep.year() != null) {
                row.createCell(2).setCellValue(rep.year());
            }
            put(row, 3, spec.id());
            put(row, 4, spec.fullLabel().in(lang));
            for (int i = 0; i < columns.size(); i++) {
                CellValue v = t.cell(spec.id(), columns.get(i).id()).map(Cell::value).orElse(null);
                if (v instanceof CellValue.Number n) {
                    row.createCell(DATA_LEFT + i).setCellValue(n.value().doubleValue());
                } else if (v instanceof CellValue.Written w) {
                    row.createCell(DATA_LEFT + i).setCellValue(w.text());
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
        problems.setAutoFilter(new CellRangeAddress(0, Math.max(0, problemRow - 1), 0, PROBLEM_HEAD_ZH.size() - 1));
        for (TableId t : TableId.values()) {
            data.get(t).setAutoFilter(new CellRangeAddress(0, Math.max(0, dataRows.get(t) - 1), 0,
                    DATA_LEFT - 1 + dataColumns.get(t).size()));
        }
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
