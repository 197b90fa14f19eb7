package org.nianbao.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.TableId;

/**
 * Lays the three tables out as the official template prints them (format.md §3–5): the 第二十条 table in four or
 * five blocks, the applications table with its 3×3 corner, 申请人情况 over 法人或其他组织 and the 三、本年度办理结果
 * row header spanning its result rows, and the review/litigation table as one row of fifteen numbers. A cell's
 * text may hold a line break typed by hand ({@code \n}).
 */
final class PrintedTables {
    private PrintedTables() {
    }

    static PrintedTable of(GeneratedReport r, String tableId) {
        PrintedTable t = switch (tableId) {
            case "proactive" -> r.format2019 ? proactive2019(r.table(tableId), r.misalignedSpans)
                    : proactive2021(r.table(tableId));
            case "applications" -> applications(r);
            default -> review(r.table(tableId));
        };
        if (r.repeatHeaders && !tableId.equals("proactive")) {
            t.repeatedHeaderRows = 3;
        }
        return t;
    }

    private static PrintedTable proactive2021(Map<String, ? extends Map<String, Object>> t) {
        PrintedTable p = new PrintedTable(170, 150, 150, 150);
        block(p, "第二十条第（一）项", List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        values(p, "规章", t.get("regulations"));
        values(p, "行政规范性文件", t.get("normativeDocuments"));
        block(p, "第二十条第（五）项", List.of("信息内容", "本年处理决定数量"));
        values(p, "行政许可", t.get("licensing"));
        block(p, "第二十条第（六）项", List.of("信息内容", "本年处理决定数量"));
        values(p, "行政处罚", t.get("punishment"));
        values(p, "行政强制", t.get("coercion"));
        block(p, "第二十条第（八）项", List.of("信息内容", "本年收费金额（单位：万元）"));
        values(p, "行政事业性收费", t.get("fees"));
        return p;
    }

    private static PrintedTable proactive2019(Map<String, ? extends Map<String, Object>> t, boolean misaligned) {
        PrintedTable p = misaligned ? new PrintedTable(120, 50, 100, 150, 150) : new PrintedTable(170, 150, 150, 150);
        p.misaligned = misaligned;
        block(p, "第二十条第（一）项", List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
        values(p, "规章", t.get("regulations"));
        values(p, "规范性文件", t.get("normativeDocuments"));
        List<String> items = List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
        block(p, "第二十条第（五）项", items);
        values(p, "行政许可", t.get("licensing"));
        values(p, "其他对外管理服务事项", t.get("otherServices"));
        block(p, "第二十条第（六）项", items);
        values(p, "行政处罚", t.get("punishment"));
        values(p, "行政强制", t.get("coercion"));
        block(p, "第二十条第（八）项", List.of("信息内容", "上一年项目数量", "本年增/减"));
        values(p, "行政事业性收费", t.get("fees"));
        block(p, "第二十条第（九）项", List.of("信息内容", "采购项目数量", "采购总金额"));
        values(p, "政府集中采购", t.get("procurement"));
        return p;
    }

    /** A block's caption across the table, then its header row; the last header cell takes the spare columns. */
    private static void block(PrintedTable p, String caption, List<String> header) {
        p.add(caption, p.newRow(), 0, 1, p.columns, true);
        spread(p, header, true);
    }

    private static void values(PrintedTable p, String label, Map<String, Object> cells) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(label);
        cells.values().forEach(v -> texts.add(GeneratedReport.print(v)));
        spread(p, texts, false);
    }

    /**
     * One grid row; its first cell is always a label. On a grid with one column more than the row has cells (a
     * misaligned table) a header row's second cell and a body row's first cell take the extra column.
     */
    private static void spread(PrintedTable p, List<String> texts, boolean header) {
        int row = p.newRow();
        int wide = !p.misaligned ? -1 : header ? 1 : 0;
        int col = 0;
        for (int i = 0; i < texts.size(); i++) {
            int span = i == texts.size() - 1 ? p.columns - col : i == wide ? 2 : 1;
            p.add(texts.get(i), row, col, 1, span, header || i == 0);
            col += span;
        }
    }

    private static PrintedTable applications(GeneratedReport r) {
        var t = r.table("applications");
        PrintedTable p = r.narrowLabels ? new PrintedTable(28, 44, 96, 52, 52, 52, 52, 52, 52, 52)
                : new PrintedTable(60, 70, 160, 52, 52, 52, 52, 52, 52, 52);
        int h0 = p.newRow();
        int h1 = p.newRow();
        int h2 = p.newRow();
        p.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", h0, 0, 3, 3, true);
        p.add("申请人情况", h0, 3, 1, 7, true);
        p.add("自然人", h1, 3, 2, 1, true);
        p.add("法人或其他组织", h1, 4, 1, 5, true);
        p.add("总计", h1, 9, 2, 1, true);
        List<String> legal = List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        for (int i = 0; i < legal.size(); i++) {
            p.add(legal.get(i), h2, 4 + i, 1, 1, true);
        }
        // the report's own format first; the other fills in a row a hybrid borrows from it (a single （六） row)
        Map<String, RowSpec> specs = new LinkedHashMap<>();
        FormatVersion version = r.format2019 ? FormatVersion.V2019 : FormatVersion.V2021;
        FormatVersion other = r.format2019 ? FormatVersion.V2021 : FormatVersion.V2019;
        for (FormatVersion v : List.of(version, other)) {
            StandardLayouts.of(TableId.APPLICATIONS, v).rows().forEach(s -> specs.putIfAbsent(s.id(), s));
        }
        long resultRows = t.keySet().stream().filter(id -> TableNumbers.isResult(id) || id.equals("totalProcessed"))
                .count();
        String openGroup = null;
        for (var e : t.entrySet()) {
            String id = e.getKey();
            RowSpec spec = specs.get(id);
            int row = p.newRow();
            String group = id.contains(".") ? id.substring(0, id.indexOf('.')) : null;
            if (id.equals("granted")) {
                // split: the label again where （四）无法提供 starts, as a table continued by hand repeats it
                int first = r.splitResultsLabel ? (int) t.keySet().stream().takeWhile(k -> !k.startsWith("unable."))
                        .filter(k -> TableNumbers.isResult(k)).count() : (int) resultRows;
                p.add(r.printed("三、本年度办理结果"), row, 0, first, 1, true);
                if (first < resultRows) {
                    p.add(r.printed("三、本年度办理结果"), row + first, 0, (int) resultRows - first, 1, true);
                }
            }
            String label = id.equals("notProcessed.confirmation") ? "5.要求行政机关确认或重新\n出具已获取信息"
                    : r.printed(spec.label().zh());
            if (!TableNumbers.isResult(id) && !id.equals("totalProcessed")) {
                p.add(label, row, 0, 1, 3, true);
            } else if (group == null) {
                p.add(label, row, 1, 1, 2, true);
            } else {
                if (!group.equals(openGroup)) {
                    long size = t.keySet().stream().filter(k -> k.startsWith(group + ".")).count();
                    p.add(r.printed(spec.group().zh()), row, 1, (int) size, 1, true);
                }
                p.add(label, row, 2, 1, 1, true);
            }
            openGroup = group;
            int col = 3;
            for (Object v : e.getValue().values()) {
                p.add(GeneratedReport.print(v), row, col++, 1, 1, false);
            }
        }
        return p;
    }

    private static PrintedTable review(Map<String, ? extends Map<String, Object>> t) {
        double[] widths = new double[15];
        java.util.Arrays.fill(widths, 40);
        PrintedTable p = new PrintedTable(widths);
        int h0 = p.newRow();
        int h1 = p.newRow();
        int h2 = p.newRow();
        int data = p.newRow();
        p.add("行政复议", h0, 0, 1, 5, true);
        p.add("行政诉讼", h0, 5, 1, 10, true);
        List<String> outcomes = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        // the template breaks some header labels by hand, as the seed does
        List<String> broken = List.of("结果\n维持", "结果纠正", "其他结果", "尚未\n审结", "总\n计");
        for (int i = 0; i < 5; i++) {
            p.add(broken.get(i), h1, i, 2, 1, true);
            p.add(outcomes.get(i), h2, 5 + i, 1, 1, true);
            p.add(outcomes.get(i), h2, 10 + i, 1, 1, true);
        }
        p.add("未经复议直接起诉", h1, 5, 1, 5, true);
        p.add("复议后起诉", h1, 10, 1, 5, true);
        int col = 0;
        for (String row : List.of("review", "litigationDirect", "litigationAfterReview")) {
            for (Object v : t.get(row).values()) {
                p.add(GeneratedReport.print(v), data, col++, 1, 1, false);
            }
        }
        return p;
    }
}
