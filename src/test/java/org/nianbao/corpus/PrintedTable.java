package org.nianbao.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as printed: cells placed on a grid with row and column spans, the way the official template merges them,
 * and relative column widths. HTML, docx and PDF each render this one description.
 */
final class PrintedTable {
    /** A cell at its top-left grid position; {@code header} cells are labels, the others hold values. */
    record Cell(String text, int row, int col, int rowSpan, int colSpan, boolean header) {
        boolean covers(int r, int c) {
            return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
        }
    }

    final int columns;
    final double[] widths;
    /** Header rows a word processor repeats at the top of each page the table continues on (0: none). */
    int repeatedHeaderRows;
    /** One grid column more than the rows have cells: headers and bodies span it differently (see PrintedTables). */
    boolean misaligned;
    final List<Cell> cells = new ArrayList<>();
    private int rows;

    PrintedTable(double... widths) {
        this.columns = widths.length;
        this.widths = widths;
    }

    int rows() {
        return rows;
    }

    /** Starts a new grid row and returns its index. */
    int newRow() {
        return rows++;
    }

    void add(String text, int row, int col, int rowSpan, int colSpan, boolean header) {
        cells.add(new Cell(text, row, col, rowSpan, colSpan, header));
    }

    /** The cells whose top-left corner is in this row, left to right. */
    List<Cell> startingIn(int row) {
        return cells.stream().filter(c -> c.row() == row).sorted((a, b) -> a.col() - b.col()).toList();
    }

    /** The cell covering a grid slot, or null. */
    Cell at(int row, int col) {
        for (Cell c : cells) {
            if (c.covers(row, col)) {
                return c;
            }
        }
        return null;
    }
}
