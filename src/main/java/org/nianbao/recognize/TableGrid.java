package org.nianbao.recognize;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.CellValue;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/** Read-only views of a {@link RawTable} the table readers share: the distinct cells of a row, label text. */
final class TableGrid {
    private final RawTable table;
    private final RawCell[][] slots;

    TableGrid(RawTable table) {
        this.table = table;
        // one pass over the cells instead of a search per slot
        slots = new RawCell[table.rowCount()][table.columnCount()];
        for (RawCell cell : table.cells()) {
            for (int r = Math.max(0, cell.row()); r < Math.min(table.rowCount(), cell.row() + cell.rowSpan()); r++) {
                for (int c = Math.max(0, cell.col()); c < Math.min(table.columnCount(), cell.col() + cell.colSpan());
                        c++) {
                    if (slots[r][c] == null) {
                        slots[r][c] = cell;
                    }
                }
            }
        }
    }

    int rows() {
        return table.rowCount();
    }

    /** The distinct cells covering a row, left to right (a cell spanning rows appears in each of them). */
    List<RawCell> cellsIn(int row) {
        List<RawCell> out = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            RawCell cell = slots[row][c];
            if (cell != null && (out.isEmpty() || out.get(out.size() - 1) != cell)) {
                out.add(cell);
            }
        }
        return out;
    }

    /** The cells that start in a row, left to right. */
    List<RawCell> startingIn(int row) {
        return cellsIn(row).stream().filter(c -> c.row() == row).toList();
    }

    /** The cells covering a row within columns {@code [from, to)}, left to right, non-blank only. */
    List<RawCell> labelCells(int row, int from, int to) {
        List<RawCell> out = new ArrayList<>();
        for (RawCell c : cellsIn(row)) {
            if (c.col() < to && c.col() + c.colSpan() > from && !c.text().isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * True when the row holds a number that is a value, as {@link #hasNumber}, except on a scan a row of column
     * labels: numbers OCR read where more cells name columns than hold numbers (two at least) are headings misread
     * (总计 seen as 3), and the row is still the header.
     */
    boolean hasValue(int row, LabelMatcher<String> columns) {
        List<RawCell> cells = startingIn(row);
        List<RawCell> numbers = cells.stream()
                .filter(c -> CellValues.parse(c.text()) instanceof CellValue.Number).toList();
        if (numbers.isEmpty() || numbers.stream().anyMatch(c -> c.ocr() == null)) {
            return !numbers.isEmpty();
        }
        long naming = cells.stream().filter(c -> columns.unique(c.text()) != null).count();
        return naming < 2 || naming <= numbers.size();
    }

    /** True when some cell starting in the row holds a number. */
    boolean hasNumber(int row) {
        return startingIn(row).stream().anyMatch(c -> CellValues.parse(c.text()) instanceof CellValue.Number);
    }

    /** True when a cell covering the grid column, in a row from {@code fromRow} on, holds a number. */
    boolean holdsNumber(int col, int fromRow) {
        for (int r = Math.max(0, fromRow); r < rows(); r++) {
            RawCell cell = col >= 0 && col < slots[r].length ? slots[r][col] : null;
            if (cell != null && cell.row() == r && CellValues.parse(cell.text()) instanceof CellValue.Number) {
                return true;
            }
        }
        return false;
    }

    /** The leftmost non-blank cell starting in the row, or null. */
    RawCell firstLabel(int row) {
        return startingIn(row).stream().filter(c -> !c.text().isBlank()).findFirst().orElse(null);
    }
}
