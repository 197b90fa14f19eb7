package org.nianbao.rules.kind;

import java.util.Map;
import org.nianbao.model.Lang;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.model.Text;
import org.nianbao.rules.Labels;
import org.nianbao.rules.Where;

/** Turns a JSON pointer into model terms and words: {@code /tables/applications/denied/stateSecret/total}. */
final class PointerWhere {
    private static final Map<String, Text> FIELDS = Map.ofEntries(
            Map.entry("title", Text.of("标题（title）", "the title (title)")),
            Map.entry("agency", Text.of("机关名称（agency）", "the agency (agency)")),
            Map.entry("year", Text.of("报告年度（year）", "the report year (year)")),
            Map.entry("level", Text.of("机关层级（level）", "the level (level)")),
            Map.entry("period", Text.of("统计期限（period）", "the statistics period (period)")),
            Map.entry("issued", Text.of("落款日期（issued）", "the date of issue (issued)")),
            Map.entry("published", Text.of("发布日期（published）", "the publication date (published)")),
            Map.entry("signatory", Text.of("落款机关（signatory）", "the signatory (signatory)")),
            Map.entry("formatVersion", Text.of("格式版本（formatVersion）", "the format version (formatVersion)")),
            Map.entry("sections", Text.of("章节列表（sections）", "the sections (sections)")),
            Map.entry("tables", Text.of("统计表（tables）", "the tables (tables)")));

    private PointerWhere() {
    }

    private record Parsed(TableId table, String row, String column) {
    }

    static Where of(Location source) {
        String pointer = source == null ? null : source.pointer();
        Parsed p = parse(pointer);
        if (p == null || p.table == null) {
            return Where.at(source);
        }
        return Where.cell(p.table, p.row, p.column, source);
    }

    static Text describe(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("null")) {
            return Text.of("报告的最外层", "the top level of the report");
        }
        String[] parts = pointer.substring(1).split("/");
        Parsed p = parse(pointer);
        if (p != null && p.table != null) {
            Text table = p.table.displayName();
            if (p.row == null) {
                return Text.of("「" + table.zh() + "」", "the " + table.in(Lang.EN));
            }
            Text row = Labels.row(p.table, p.row);
            if (p.column == null) {
                return Text.of("「" + table.zh() + "」的「" + row.zh() + "」行",
                        "row '" + row.in(Lang.EN) + "' of the " + table.in(Lang.EN));
            }
            Text cell = Labels.cell(p.table, p.row, p.column);
            return Text.of("「" + table.zh() + "」" + cell.zh(), cell.in(Lang.EN) + " of the " + table.in(Lang.EN));
        }
        if (parts[0].equals("sections") && parts.length >= 2 && parts[1].matches("\\d+")) {
            int n = Integer.parseInt(parts[1]) + 1;
            String field = parts.length > 2 ? " " + parts[2] : "";
            return Text.of("第 " + n + " 个章节" + field, "section no. " + n + field);
        }
        Text field = FIELDS.get(parts[0]);
        String rest = parts.length > 1 ? " " + String.join("/", java.util.Arrays.copyOfRange(parts, 1, parts.length))
                : "";
        return field == null ? Text.of("字段 " + pointer, "field " + pointer)
                : Text.of(field.zh() + rest, field.in(Lang.EN) + rest);
    }

    private static Parsed parse(String pointer) {
        if (pointer == null || !pointer.startsWith("/tables/")) {
            return null;
        }
        String[] parts = pointer.substring(1).split("/");
        TableId table = parts.length > 1 ? TableId.byId(parts[1]).orElse(null) : null;
        if (table == null) {
            return null;
        }
        if (parts.length == 2) {
            return new Parsed(table, null, null);
        }
        String row = parts[2];
        int next = 3;
        if (parts.length > 3 && Labels.column(table, parts[3]).zh().equals(parts[3])) {
            // not a column id: a sub-row of a group such as denied/stateSecret
            row = row + "." + parts[3];
            next = 4;
        }
        String column = parts.length > next ? parts[next] : null;
        return new Parsed(table, row, column);
    }
}
