package org.nianbao.parse.odt;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;

/**
 * Builds the grid of a {@code table:table} row by row. Each cell element, covered or not, takes the next column of
 * its row; a cell covers {@code table:number-columns-spanned} × {@code table:number-rows-spanned} slots, and the
 * {@code table:covered-table-cell} elements under it only hold their places. Repeated columns and rows are laid out
 * as often as they say, each copy counted against the limits before it is made, so a repeat count of a billion
 * costs no more than the cell limit allows. Where a broken file's spans would overlap, the earlier cell's span is
 * cut back so that every slot has at most one cell.
 */
final class TableGrid {
    /** A span past any real table's size is hostile; it is cut to this and then to the table's end. */
    private static final int MAX_SPAN = 1000;

    private final ReadBudget budget;
    private final int index;
    private final List<Building> cells = new ArrayList<>();
    /** Cells of earlier rows whose row span reaches the current row or below. */
    private final List<Building> spanning = new ArrayList<>();
    private Building[] row = new Building[0];
    private int rowIndex = -1;
    private int column;
    private long declaredColumns;
    private int width;

    /** One cell element of a row as read: placed once per repeat, once per repeat of its row. */
    record Spec(boolean covered, String text, int rowSpan, int colSpan, int repeat) {
    }

    TableGrid(ReadBudget budget, int index) {
        this.budget = budget;
        this.index = index;
    }

    /** A {@code table:table-column}, repeated as it says. */
    void columns(long repeat) throws ReadFailure {
        declaredColumns += repeat;
        budget.checkGrid(Math.max(1, rowIndex + 1), declaredColumns);
    }

    /** One {@code table:table-row} of cell elements, laid out {@code repeat} times. */
    void row(List<Spec> specs, int repeat) throws ReadFailure {
        long cellsPerRow = 0;
        for (Spec s : specs) {
            cellsPerRow += s.repeat();
        }
        budget.checkGrid(rowIndex + 1L + repeat, Math.max(1, Math.max(width, Math.max(declaredColumns, cellsPerRow))));
        for (int r = 0; r < repeat; r++) {
            startRow();
            for (Spec s : specs) {
                for (int k = 0; k < s.repeat(); k++) {
                    if (s.covered()) {
                        column++;
                    } else {
                        cell(s);
                    }
                }
            }
            width = Math.max(width, column);
        }
    }

    private void startRow() {
        rowIndex++;
        column = 0;
        spanning.removeIf(b -> b.row + b.rowSpan <= rowIndex);
        row = new Building[Math.max(width, row.length)];
        for (Building b : spanning) {
            cover(b, rowIndex);
        }
    }

    private void cell(Spec s) throws ReadFailure {
        budget.addCell();
        int col = column++;
        Building owner = owner(col);
        if (owner != null) {
            cutBack(owner, col);
        }
        Building b = new Building(rowIndex, col, s.text());
        // the span stops before the first slot of this row another cell already holds
        int colSpan = 1;
        while (colSpan < Math.min(s.colSpan(), MAX_SPAN) && owner(col + colSpan) == null) {
            colSpan++;
        }
        b.colSpan = colSpan;
        b.rowSpan = Math.min(s.rowSpan(), MAX_SPAN);
        budget.checkGrid(rowIndex + 1L, (long) col + colSpan);
        cells.add(b);
        cover(b, rowIndex);
        if (b.rowSpan > 1) {
            // no earlier span can reach below into these columns: it would hold a slot of this row
            spanning.add(b);
        }
    }

    /** Cuts a cell's span so that it no longer covers {@code col} of the current row. */
    private void cutBack(Building owner, int col) {
        if (owner.row == rowIndex) {
            for (int c = col; c < owner.col + owner.colSpan; c++) {
                row[c] = null;
            }
            owner.colSpan = col - owner.col;
        } else {
            for (int c = owner.col; c < owner.col + owner.colSpan && c < row.length; c++) {
                row[c] = null;
            }
            owner.rowSpan = rowIndex - owner.row;
            spanning.remove(owner);
        }
    }

    private Building owner(int col) {
        return col < row.length ? row[col] : null;
    }

    private void cover(Building b, int r) {
        int end = b.col + b.colSpan;
        if (end > row.length) {
            Building[] wider = new Building[end];
            System.arraycopy(row, 0, wider, 0, row.length);
            row = wider;
        }
        for (int c = b.col; c < end; c++) {
            if (row[c] == null) {
                row[c] = b;
            }
        }
    }

    /** The table, each span cut to the rows the table has. */
    RawTable build(boolean nested) {
        int rows = rowIndex + 1;
        int columns = (int) Math.max(width, declaredColumns);
        List<RawCell> raw = new ArrayList<>(cells.size());
        for (Building b : cells) {
            raw.add(new RawCell(b.row, b.col, Math.min(b.rowSpan, rows - b.row), b.colSpan, b.text,
                    Location.tableCell(null, index, b.row + 1, b.col + 1)));
            columns = Math.max(columns, b.col + b.colSpan);
        }
        Location source = new Location(null, index, null, null, null, null, null, null, null);
        return new RawTable(index, rows, columns, raw, nested, source);
    }

    /** A cell while its spans may still be cut. */
    private static final class Building {
        final int row;
        final int col;
        final String text;
        int rowSpan = 1;
        int colSpan = 1;

        Building(int row, int col, String text) {
            this.row = row;
            this.col = col;
            this.text = text;
        }
    }
}
