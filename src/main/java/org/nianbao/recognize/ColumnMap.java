package org.nianbao.recognize;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.nianbao.model.Table;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/**
 * Which column id each grid column carries, read from header cells by their labels. A lower header cell
 * overrides a higher one over its span. A data cell gets a column only when its span covers exactly one id.
 */
final class ColumnMap {
    private final String[] ids;

    ColumnMap(int width) {
        ids = new String[width];
    }

    /** Tries a header cell; returns true when its label names a column. */
    boolean offer(RawCell cell, LabelMatcher<String> columns, Table table, RawTable raw) {
        if (cell.text().isBlank()) {
            return false;
        }
        LabelMatcher.Match<String> match = columns.unique(cell.text());
        if (match == null) {
            return false;
        }
        for (int c = cell.col(); c < cell.col() + cell.colSpan() && c < ids.length; c++) {
            ids[c] = match.key();
        }
        CellPlacer.columnLabel(table, raw, match.key(), cell, match);
        return true;
    }

    int width() {
        return ids.length;
    }

    boolean isEmpty() {
        return Arrays.stream(ids).allMatch(id -> id == null);
    }

    /** The first grid column with an id, or the width when none has one. */
    int firstMapped() {
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] != null) {
                return c;
            }
        }
        return ids.length;
    }

    /** The single column id a cell's span covers, or null when it covers none or several. */
    String idOf(RawCell cell) {
        Set<String> found = new LinkedHashSet<>();
        for (int c = cell.col(); c < cell.col() + cell.colSpan() && c < ids.length; c++) {
            if (ids[c] != null) {
                found.add(ids[c]);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Forgets every column, for a table whose blocks each have their own header row. */
    void clear() {
        Arrays.fill(ids, null);
    }
}
