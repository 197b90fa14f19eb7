package org.nianbao.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows and columns one table has in one format version. See {@link StandardLayouts} for the official ones. */
public final class TableLayout {
    private final TableId table;
    private final FormatVersion version;
    private final Map<String, RowSpec> rows = new LinkedHashMap<>();
    private final Map<String, ColumnSpec> columns = new LinkedHashMap<>();

    TableLayout(TableId table, FormatVersion version, List<ColumnSpec> columns, List<RowSpec> rows) {
        this.table = table;
        this.version = version;
        columns.forEach(c -> this.columns.put(c.id(), c));
        rows.forEach(r -> this.rows.put(r.id(), r));
    }

    public TableId table() {
        return table;
    }

    public FormatVersion version() {
        return version;
    }

    /** Rows in printed order. */
    public List<RowSpec> rows() {
        return List.copyOf(rows.values());
    }

    /** Every column any row has, in printed order. */
    public List<ColumnSpec> columns() {
        return List.copyOf(columns.values());
    }

    public Optional<RowSpec> row(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    public Optional<ColumnSpec> column(String id) {
        return Optional.ofNullable(columns.get(id));
    }

    public boolean hasCell(String row, String column) {
        RowSpec r = rows.get(row);
        return r != null && r.columns().contains(column);
    }

    /**
     * The rows a name stands for: {@code denied.*} is every row of the group {@code denied}; a plain id is that row.
     * A group without sub-rows in this format (2019's single {@code otherHandling}) stands for its own row.
     */
    public List<String> expandRows(String name) {
        if (name.endsWith(".*")) {
            String group = name.substring(0, name.length() - 2);
            List<String> out = new ArrayList<>();
            for (String id : rows.keySet()) {
                if (id.startsWith(group + ".")) {
                    out.add(id);
                }
            }
            if (out.isEmpty() && rows.containsKey(group)) {
                out.add(group);
            }
            return out;
        }
        return rows.containsKey(name) ? List.of(name) : List.of();
    }

    /** Column ids matching a name: {@code *} is every column, otherwise the one named (if it exists). */
    public List<String> expandColumns(String name) {
        if (name.equals("*")) {
            return List.copyOf(columns.keySet());
        }
        return columns.containsKey(name) ? List.of(name) : List.of();
    }
}
