package org.nianbao.parse.doc;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.nianbao.model.Location;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;

/**
 * Turns a Word 97 table into a grid of {@link RawCell}s. Columns come from {@link ColumnEdges}; a vertically
 * merged cell ({@code isFirstVerticallyMerged} followed by {@code isVerticallyMerged} cells in the same column)
 * becomes one cell with a row span; a legacy horizontal merge ({@code isFirstMerged}/{@code isMerged}) widens the
 * cell it continues. Two cells claiming the same grid slot make the table unreadable rather than guessed.
 */
final class DocTableReader {

    private DocTableReader() {
    }

    static RawTable read(Table table, int tableIndex) throws ReadFailure {
        ColumnEdges edges = ColumnEdges.of(table);
        int rows = table.numRows();
        int cols = edges.columnCount();
        CellBuilder[][] owner = new CellBuilder[rows][cols];
        List<CellBuilder> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            TableRow row = table.getRow(r);
            CellBuilder previousInRow = null;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int start = edges.lineOf(cell.getLeftEdge());
                int end = Math.max(start + 1, edges.lineOf(cell.getLeftEdge() + cell.getWidth()));
                CellBuilder target = continued(cell, r, start, owner, previousInRow);
                if (target == null) {
                    target = new CellBuilder(r, start, textOf(cell));
                    cells.add(target);
                }
                target.cover(r, end);
                claim(owner, target, r, start, end, tableIndex);
                previousInRow = target;
            }
        }
        List<RawCell> raw = new ArrayList<>(cells.size());
        for (CellBuilder b : cells) {
            raw.add(b.build(tableIndex));
        }
        return new RawTable(tableIndex, rows, cols, raw, table.getTableLevel() > 1,
            new Location(null, tableIndex, null, null, null, null, null, null, null));
    }

    /** The cell this one continues (a vertical or legacy horizontal merge), or null when it starts a cell. */
    private static CellBuilder continued(TableCell cell, int r, int start, CellBuilder[][] owner,
            CellBuilder previousInRow) {
        if (cell.isMerged() && !cell.isFirstMerged() && previousInRow != null) {
            return previousInRow;
        }
        if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && r > 0 && start < owner[r - 1].length) {
            CellBuilder above = owner[r - 1][start];
            if (above != null && above.col == start) {
                return above;
            }
        }
        return null;
    }

    private static void claim(CellBuilder[][] owner, CellBuilder target, int r, int start, int end, int tableIndex)
            throws ReadFailure {
        for (int col = start; col < end; col++) {
            CellBuilder there = owner[r][col];
            if (there != null && there != target) {
                throw new ReadFailure(InputProblem.UNREADABLE, "table " + tableIndex + " row " + (r + 1)
                    + ": two cells claim grid column " + (col + 1));
            }
            owner[r][col] = target;
        }
    }

    /** The cell's paragraphs joined with {@code \n}; the cell mark is dropped. */
    private static String textOf(TableCell cell) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            Paragraph p = cell.getParagraph(i);
            if (i > 0) {
                text.append('\n');
            }
            text.append(DocText.of(p));
        }
        return text.toString().strip();
    }

    /** A cell being assembled: its top-left slot and how far it reaches. */
    private static final class CellBuilder {
        final int row;
        final int col;
        final String text;
        int lastRow;
        int endCol;

        CellBuilder(int row, int col, String text) {
            this.row = row;
            this.col = col;
            this.text = text;
            this.lastRow = row;
            this.endCol = col + 1;
        }

        void cover(int r, int end) {
            lastRow = Math.max(lastRow, r);
            endCol = Math.max(endCol, end);
        }

        RawCell build(int tableIndex) {
            return new RawCell(row, col, lastRow - row + 1, endCol - col, text,
                Location.tableCell(null, tableIndex, row + 1, col + 1));
        }
    }
}
