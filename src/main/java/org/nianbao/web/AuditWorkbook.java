package org.nianbao.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.model.Lang;
import org.nianbao.store.Audits;

/**
 * An audit as a workbook: 核查情况, one row per roster body as the audit page shows it (submitted, on time, state,
 * errors, the problems by rule title), then the reports placed on no body; header frozen, filters on.
 */
final class AuditWorkbook {
    private AuditWorkbook() {
    }

    static byte[] write(Audits.Audit audit, AuditStatus.View view, RuleWords words, Lang lang) throws IOException {
        boolean zh = lang == Lang.ZH;
        LocalDate today = LocalDate.now();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font font = wb.createFont();
            font.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(font);
            Sheet s = wb.createSheet(zh ? "核查情况" : "Status");
            List<String> head = zh ? List.of("序号", "机关", "层级", "联系人", "截止日期", "发布日期", "是否逾期", "状态", "错误",
                    "警告", "问题", "报送次数", "退回时间", "文件")
                    : List.of("#", "body", "level", "contact", "deadline", "published", "late", "state", "errors",
                            "warnings", "problems", "versions", "sent back", "file");
            int[] widths = {6, 32, 8, 20, 12, 12, 10, 18, 8, 8, 60, 10, 18, 40};
            Row h = s.createRow(0);
            for (int i = 0; i < head.size(); i++) {
                h.createCell(i).setCellValue(head.get(i));
                h.getCell(i).setCellStyle(bold);
                s.setColumnWidth(i, widths[i] * 256);
            }
            int n = 1;
            for (AuditStatus.Line l : view.lines()) {
                Row r = s.createRow(n++);
                Audits.RosterBody b = l.body();
                r.createCell(0).setCellValue(b.seq() + 1);
                r.createCell(1).setCellValue(b.name());
                put(r, 2, b.level() == null ? null : b.level().equals("government") ? (zh ? "政府" : "government")
                        : (zh ? "部门" : "department"));
                put(r, 3, b.contact());
                put(r, 4, l.deadline() == null ? null : l.deadline().toString());
                put(r, 5, l.published() == null ? null : l.published().toString());
                put(r, 6, l.late() ? (zh ? "逾期" : "late") : l.overdue(today) ? (zh ? "逾期未报送" : "overdue")
                        : l.published() == null ? null : (zh ? "按时" : "on time"));
                put(r, 7, zh ? l.state().zh : l.state().en);
                if (l.current() != null) {
                    var res = l.current().result();
                    r.createCell(8).setCellValue(res.errors());
                    r.createCell(9).setCellValue(res.warnings());
                    put(r, 10, String.join(zh ? "；" : "; ", res.rules().stream().map(id -> words.text(id, lang))
                            .toList()));
                    put(r, 13, res.fileName());
                }
                r.createCell(11).setCellValue(l.submissions().size());
                put(r, 12, b.sentBack() == null ? null : Page.dateTime(b.sentBack()));
            }
            for (AuditStatus.Submission u : view.unplaced()) {
                Row r = s.createRow(n++);
                put(r, 1, (u.result().agency() == null ? "" : u.result().agency())
                        + (zh ? "（未对应到名单）" : " (not on the roster)"));
                put(r, 7, u.result().status());
                r.createCell(8).setCellValue(u.result().errors());
                r.createCell(9).setCellValue(u.result().warnings());
                put(r, 13, u.result().fileName());
            }
            s.createFreezePane(0, 1);
            s.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, head.size() - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void put(Row r, int col, String value) {
        if (value != null) {
            r.createCell(col).setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
        }
    }
}
