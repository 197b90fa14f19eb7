package org.nianbao.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.Cell;
import org.nianbao.model.CellRef;
import org.nianbao.model.CellValue;
import org.nianbao.model.ColumnSpec;
import org.nianbao.model.FormatVersion;
import org.nianbao.model.Lang;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.Table;
import org.nianbao.model.TableLayout;
import org.nianbao.rules.Suggestion;
import org.nianbao.rules.Violation;

/**
 * Draws one statistics table as HTML in its standard layout. Every cell a violation names is highlighted and marked
 * with the violation's number (as in the file's list of violations); a violation about one cell shows its expected
 * value in that cell; one over several cells (a balance) is listed under the table with expected and found, since
 * no single cell holds its expected value.
 */
final class TableHtml {
    private TableHtml() {
    }

    /** @param violations the file's violations; a violation's number is its index + 1 */
    static String draw(Table table, FormatVersion version, List<Violation> violations, Lang lang) {
        boolean zh = lang == Lang.ZH;
        Map<CellRef, Set<Integer>> marks = new HashMap<>();
        Map<CellRef, String> expected = new HashMap<>();
        Map<CellRef, String> likely = new HashMap<>();
        List<Integer> notes = new ArrayList<>();
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            boolean here = v.where().table() == table.id();
            for (CellRef c : v.cells()) {
                if (c.table() == table.id()) {
                    marks.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(i + 1);
                    here = true;
                }
            }
            if (v.where().table() == table.id() && v.where().row() != null && v.where().column() != null) {
                CellRef at = new CellRef(table.id(), v.where().row(), v.where().column());
                marks.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(i + 1);
                if (v.expected() != null) {
                    expected.put(at, ValueText.expected(v, lang));
                }
            } else if (here) {
                notes.add(i + 1);
            }
            if (v.suggestion() != null) {
                for (Suggestion.Change c : v.suggestion().changes()) {
                    if (c.cell().table() == table.id()) {
                        likely.put(c.cell(), c.likely().toPlainString());
                    }
                }
            }
        }
        TableLayout layout = StandardLayouts.of(table.id(), version);
        StringBuilder sb = new StringBuilder();
        sb.append("<table class=\"data\" data-table=\"").append(Html.esc(table.id().id())).append("\"><caption>")
                .append(Html.esc(table.id().displayName().in(lang))).append("</caption>\n<tr><th></th>");
        for (ColumnSpec c : layout.columns()) {
            sb.append("<th>").append(Html.esc(c.label().in(lang))).append("</th>");
        }
        sb.append("</tr>\n");
        for (RowSpec row : layout.rows()) {
            sb.append("<tr><th>").append(Html.esc(row.fullLabel().in(lang))).append("</th>");
            for (ColumnSpec c : layout.columns()) {
                if (!row.columns().contains(c.id())) {
                    sb.append("<td></td>");
                    continue;
                }
                CellRef ref = new CellRef(table.id(), row.id(), c.id());
                CellValue value = table.cell(row.id(), c.id()).map(Cell::value).orElse(null);
                Set<Integer> m = marks.get(ref);
                sb.append("<td class=\"").append(value instanceof CellValue.Number ? "num" : "text")
                        .append(m != null ? " hit" : "").append("\" data-cell=\"").append(Html.esc(ref.toString()))
                        .append("\">").append(value == null ? "" : Html.esc(value.display()));
                if (m != null) {
                    sb.append("<sup class=\"mark\">");
                    m.forEach(n -> sb.append('[').append(n).append(']'));
                    sb.append("</sup>");
                }
                if (expected.containsKey(ref)) {
                    sb.append("<span class=\"exp\">").append(zh ? "应为 " : "expected ")
                            .append(Html.esc(expected.get(ref))).append("</span>");
                } else if (likely.containsKey(ref)) {
                    // the likely wrong cell of a failed balance (see Localizer)
                    sb.append("<span class=\"exp likely\">").append(zh ? "可能应为 " : "likely ")
                            .append(Html.esc(likely.get(ref))).append("</span>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        for (int n : notes) {
            Violation v = violations.get(n - 1);
            sb.append("<p class=\"note\">[").append(n).append("] ").append(Html.esc(v.ruleId())).append(' ')
                    .append(Html.esc(LocationText.describe(v.where(), lang)));
            String e = ValueText.expected(v, lang);
            String a = ValueText.actual(v, lang);
            if (a != null) {
                sb.append(zh ? "：" : ": ");
                if (e != null) {
                    sb.append(zh ? "应为 " : "expected ").append(Html.esc(e)).append(zh ? "，" : ", ");
                }
                sb.append(zh ? "实为 " : "found ").append(Html.esc(a));
            }
            sb.append("</p>\n");
        }
        return sb.toString();
    }
}
