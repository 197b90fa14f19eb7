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
    /** Table → row → the selection in that row, for every row of the table's standard layouts. */
    private final Map<TableId, Map<String, Row>> standard = new EnumMap<>(TableId.class);

    public CellSelection(List<CellPattern> include, List<CellPattern> except) {
        this.include = List.copyOf(include);
        this.except = List.copyOf(except);
        for (TableLayout layout : CellPattern.LAYOUTS) {
            Map<String, Row> rows = standard.computeIfAbsent(layout.table(), t -> new HashMap<>());
            for (RowSpec r : layout.rows()) {
                rows.computeIfAbsent(r.id(), x -> newRow(layout.table(), x));
            }
        }
    }

    /** Whether the cell is selected. */
    public boolean selects(TableId table, String row, String column) {
        return row(table, row).selects(column);
    }

    /** The selection within one row, for going through the row's cells. */
    public Row row(TableId table, String row) {
        Row known = standard.getOrDefault(table, Map.of()).get(row);
        return known != null ? known : newRow(table, row);
    }

    private Row newRow(TableId table, String row) {
        boolean anyIncluded = include.stream().anyMatch(p -> p.matches(table, row));
        boolean everyColumn = include.stream().anyMatch(p -> p.matches(table, row) && p.column().equals("*"))
                && except.stream().noneMatch(p -> p.matches(table, row));
        Map<String, Boolean> columns = new HashMap<>();
        if (anyIncluded && !everyColumn) {
            for (TableLayout layout : CellPattern.LAYOUTS) {
                if (layout.table() == table) {
                    for (ColumnSpec c : layout.columns()) {
                        columns.put(c.id(), matches(new CellRef(table, row, c.id())));
                    }
                }
            }
        }
        return new Row(table, row, !anyIncluded ? Boolean.FALSE : everyColumn ? Boolean.TRUE : null, columns);
    }

    private boolean matches(CellRef ref) {
        return include.stream().anyMatch(p -> p.matches(ref)) && except.stream().noneMatch(p -> p.matches(ref));
    }

    /** The selection within one row of a table: all of it, none of it, or column by column. */
    public final class Row {
        private final TableId table;
        private final String row;
        private final Boolean every;
        private final Map<String, Boolean> columns;

        private Row(TableId table, String row, Boolean every, Map<String, Boolean> columns) {
            this.table = table;
            this.row = row;
            this.every = every;
            this.columns = columns;
        }

        /** Whether no cell of the row is selected, whatever its column. */
        public boolean none() {
            return Boolean.FALSE.equals(every);
        }

        public boolean selects(String column) {
            if (every != null) {
                return every;
            }
            Boolean known = columns.get(column);
            return known != null ? known : matches(new CellRef(table, row, column));
        }
    }
}
