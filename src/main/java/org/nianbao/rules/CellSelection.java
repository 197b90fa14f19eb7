package org.nianbao.rules;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CellRef;
import org.nianbao.model.ColumnSpec;
import org.nianbao.model.RowSpec;
import org.nianbao.model.TableId;
import org.nianbao.model.TableLayout;

/**
 * The cells a rule's patterns select ({@code params.cells}) minus its exceptions ({@code params.except}), decided
 * for every standard row and column when the rule loads, so that a report's cells are looked up instead of matched
 * against each pattern. A cell outside the standard layouts is matched against the patterns as written.
 */
public final class CellSelection {
    private final List<CellPattern> include;
    private final List<CellPattern> except;
    /** Table → row → column → selected, for every row and column of the table's standard layouts. */
    private final Map<TableId, Map<String, Map<String, Boolean>>> standard = new EnumMap<>(TableId.class);

    public CellSelection(List<CellPattern> include, List<CellPattern> except) {
        this.include = List.copyOf(include);
        this.except = List.copyOf(except);
        for (TableLayout layout : CellPattern.LAYOUTS) {
            Map<String, Map<String, Boolean>> rows = standard.computeIfAbsent(layout.table(), t -> new HashMap<>());
            for (TableLayout any : CellPattern.LAYOUTS) {
                if (any.table() != layout.table()) {
                    continue;
                }
                for (RowSpec r : layout.rows()) {
                    Map<String, Boolean> columns = rows.computeIfAbsent(r.id(), x -> new HashMap<>());
                    for (ColumnSpec c : any.columns()) {
                        columns.put(c.id(), matches(new CellRef(layout.table(), r.id(), c.id())));
                    }
                }
            }
        }
    }

    /** Whether the cell is selected. */
    public boolean selects(TableId table, String row, String column) {
        return row(table, row).selects(column);
    }

    /** The selection within one row, for going through the row's cells. */
    public Row row(TableId table, String row) {
        return new Row(table, row, standard.getOrDefault(table, Map.of()).get(row));
    }

    /** The selection within one row of a table. */
    public final class Row {
        private final TableId table;
        private final String row;
        private final Map<String, Boolean> columns;

        private Row(TableId table, String row, Map<String, Boolean> columns) {
            this.table = table;
            this.row = row;
            this.columns = columns;
        }

        public boolean selects(String column) {
            Boolean known = columns == null ? null : columns.get(column);
            return known != null ? known : matches(new CellRef(table, row, column));
        }
    }

    private boolean matches(CellRef ref) {
        return include.stream().anyMatch(p -> p.matches(ref)) && except.stream().noneMatch(p -> p.matches(ref));
    }
}
