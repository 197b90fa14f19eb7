package org.nianbao.report;

import java.util.Map;
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

/** Draws one statistics table as HTML in its standard layout, marking the cells violations name. */
final class TableHtml {
    private TableHtml() {
    }

    /**
     * @param hit cells to highlight, each with the expected value to show in it (null: highlight only)
     */
    static String draw(Table table, FormatVersion version, Map<CellRef, String> hit, Lang lang) {
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
                boolean marked = hit.containsKey(ref);
                sb.append("<td class=\"").append(value instanceof CellValue.Number ? "num" : "text")
                        .append(marked ? " hit" : "").append("\" data-cell=\"").append(Html.esc(ref.toString()))
                        .append("\">").append(value == null ? "" : Html.esc(value.display()));
                if (marked && hit.get(ref) != null) {
                    sb.append("<span class=\"exp\">").append(lang == Lang.ZH ? "应为 " : "expected ")
                            .append(Html.esc(hit.get(ref))).append("</span>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }
}
