package org.nianbao.parse;

import java.util.List;
import org.nianbao.model.Location;

/**
 * A table as a grid of cells with every span resolved. Each grid slot is covered by at most one cell; a slot no
 * cell covers was absent in the source.
 *
 * @param index   1-based index among the document's tables
 * @param nested  true for a table found inside another table's cell (kept apart, never merged into its parent)
 */
public record RawTable(int index, int rowCount, int columnCount, List<RawCell> cells, boolean nested,
        Location source) implements RawBlock {

    public RawTable {
        cells = List.copyOf(cells);
    }

    /** The cell covering a grid slot, or null. */
    public RawCell at(int row, int col) {
        for (RawCell c : cells) {
            if (row >= c.row() && row < c.row() + c.rowSpan() && col >= c.col() && col < c.col() + c.colSpan()) {
                return c;
            }
        }
        return null;
    }
}
