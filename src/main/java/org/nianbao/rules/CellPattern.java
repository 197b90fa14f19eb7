package org.nianbao.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.CellRef;
import org.nianbao.model.RowSpec;
import org.nianbao.model.StandardLayouts;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;

/**
 * A set of cells written {@code table/row/column}, where {@code *} matches any row or column and {@code denied.*}
 * any row of a group. E.g. {@code applications/*&#47;total}, {@code proactive/fees/amount}.
 */
public record CellPattern(String table, String row, String column) {
    /** Every standard layout, of both formats. */
    static final List<TableLayout> LAYOUTS = List.of(StandardLayouts.PROACTIVE_2021, StandardLayouts.PROACTIVE_2019,
            StandardLayouts.APPLICATIONS_2021, StandardLayouts.APPLICATIONS_2019, StandardLayouts.REVIEW_LITIGATION);

    public static CellPattern parse(String text) throws InvalidRuleException {
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            throw new InvalidRuleException("'" + text + "' is not a cell pattern table/row/column");
        }
        if (!parts[0].equals("*") && TableId.byId(parts[0]).isEmpty()) {
            throw new InvalidRuleException("'" + text + "': unknown table '" + parts[0] + "'");
        }
        CellPattern p = new CellPattern(parts[0], parts[1], parts[2]);
        if (!p.matchesAnyStandardCell()) {
            throw new InvalidRuleException("'" + text + "' matches no cell of either format");
        }
        return p;
    }

    public static List<CellPattern> parseAll(List<String> texts) throws InvalidRuleException {
        List<CellPattern> out = new ArrayList<>();
        for (String t : texts) {
            out.add(parse(t));
        }
        return out;
    }

    public boolean matches(CellRef ref) {
        return matches(ref.table(), ref.row()) && segment(column, ref.column());
    }

    /** Whether the pattern's table and row match (so it matches some column of that row). */
    public boolean matches(TableId tableId, String rowId) {
        return (table.equals("*") || table.equals(tableId.id())) && segment(row, rowId);
    }

    private static boolean segment(String pattern, String value) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith(".*")) {
            String group = pattern.substring(0, pattern.length() - 2);
            return value.equals(group) || value.startsWith(group + ".");
        }
        return pattern.equals(value);
    }

    private boolean matchesAnyStandardCell() {
        for (TableLayout layout : LAYOUTS) {
            for (RowSpec r : layout.rows()) {
                for (String c : r.columns()) {
                    if (matches(new CellRef(layout.table(), r.id(), c))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
