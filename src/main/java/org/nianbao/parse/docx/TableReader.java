package org.nianbao.parse.docx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.model.Location;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;

/**
 * Builds the logical grid of a {@code w:tbl} as it streams past: rows start at their {@code w:gridBefore} offset, a
 * cell covers {@code w:gridSpan} slots, {@code w:vMerge} continue cells extend the cell above, legacy
 * {@code w:hMerge} continue cells widen the cell to their left. Rows and cells wrapped in content controls or custom
 * XML are read where they sit. A table nested in a cell is read where it starts and returned after its parent,
 * marked nested (so tables come in the order they start, each index one more than the last).
 */
final class TableReader {
    /** Tables nested deeper than this are left out: a bound that keeps a hostile file from recursing without end. */
    private static final int MAX_NESTING = 8;
    private final ParagraphXml paragraphs;
    private final ReadBudget budget;
    private final List<RawTable> out = new ArrayList<>();
    private int nextIndex;

    /** @param firstIndex the 1-based index the next table read gets */
    TableReader(ParagraphXml paragraphs, ReadBudget budget, int firstIndex) {
        this.paragraphs = paragraphs;
        this.budget = budget;
        this.nextIndex = firstIndex;
    }

    /** Reads a table (from its start to its end) and the tables nested in it; returns them parent first. */
    List<RawTable> read(XMLStreamReader r) throws ReadFailure, XMLStreamException {
        out.clear();
        readTable(r, false, 0);
        return List.copyOf(out);
    }

    private void readTable(XMLStreamReader r, boolean nested, int depth) throws ReadFailure, XMLStreamException {
        Grid grid = new Grid(nextIndex++, depth);
        int position = out.size();
        out.add(null);
        rows(r, grid, 0);
        Location source = new Location(null, grid.index, null, null, null, null, null, null, null);
        out.set(position, new RawTable(grid.index, grid.rowIndex, grid.finish(), grid.raw, nested, source));
    }

    /** The rows of a table, or of a content control or custom XML element among its rows. */
    private void rows(XMLStreamReader r, Grid grid, int wrapping) throws ReadFailure, XMLStreamException {
        boolean gridSeen = false;
        while (WordXml.nextChild(r)) {
            if (!WordXml.isWord(r)) {
                WordXml.skip(r);
                continue;
            }
            switch (r.getLocalName()) {
                case "tr" -> row(r, grid);
                case "tblGrid" -> {
                    if (wrapping == 0 && !gridSeen) {
                        gridSeen = true;
                        int columns = 0;
                        while (WordXml.nextChild(r)) {
                            if (WordXml.is(r, "gridCol")) {
                                columns++;
                            }
                            WordXml.skip(r);
                        }
                        grid.width = Math.max(grid.width, columns);
                    } else {
                        WordXml.skip(r);
                    }
                }
                case "sdt", "customXml", "sdtContent" -> {
                    if (wrapping < WordBody.MAX_WRAPPING) {
                        rows(r, grid, wrapping + 1);
                    } else {
                        WordXml.skip(r);
                    }
                }
                default -> WordXml.skip(r);
            }
        }
    }

    private void row(XMLStreamReader r, Grid grid) throws ReadFailure, XMLStreamException {
        Row row = new Row();
        boolean propertiesSeen = false;
        while (WordXml.nextChild(r)) {
            if (WordXml.is(r, "trPr") && !propertiesSeen) {
                propertiesSeen = true;
                row.col = gridBefore(r);
            } else {
                cells(r, grid, row, 0);
            }
        }
        grid.endRow(row);
    }

    /** A child of a row: a cell, or a content control or custom XML element around cells. */
    private void cells(XMLStreamReader r, Grid grid, Row row, int wrapping) throws ReadFailure, XMLStreamException {
        if (!WordXml.isWord(r)) {
            WordXml.skip(r);
            return;
        }
        switch (r.getLocalName()) {
            case "tc" -> cell(r, grid, row);
            case "sdt", "customXml", "sdtContent" -> {
                if (wrapping < WordBody.MAX_WRAPPING) {
                    while (WordXml.nextChild(r)) {
                        cells(r, grid, row, wrapping + 1);
                    }
                } else {
                    WordXml.skip(r);
                }
            }
            default -> WordXml.skip(r);
        }
    }

    private void cell(XMLStreamReader r, Grid grid, Row row) throws ReadFailure, XMLStreamException {
        int span = 1;
        boolean verticalContinue = false;
        boolean horizontalContinue = false;
        StringBuilder text = new StringBuilder();
        boolean first = true;
        boolean propertiesSeen = false;
        Building cell = null;
        while (WordXml.nextChild(r)) {
            if (WordXml.is(r, "tcPr") && !propertiesSeen) {
                propertiesSeen = true;
                boolean spanSeen = false;
                boolean vSeen = false;
                boolean hSeen = false;
                while (WordXml.nextChild(r)) {
                    if (WordXml.is(r, "gridSpan") && !spanSeen) {
                        spanSeen = true;
                        Integer value = clamp(WordXml.val(r));
                        span = value == null ? 1 : Math.max(1, value);
                    } else if (WordXml.is(r, "vMerge") && !vSeen) {
                        vSeen = true;
                        verticalContinue = isContinue(WordXml.val(r));
                    } else if (WordXml.is(r, "hMerge") && !hSeen) {
                        hSeen = true;
                        horizontalContinue = isContinue(WordXml.val(r));
                    }
                    WordXml.skip(r);
                }
            } else {
                first = content(r, grid, text, first, 0);
            }
        }
        Building owner = row.col < grid.above.length ? grid.above[row.col] : null;
        if (verticalContinue && owner != null && owner.col == row.col) {
            owner.rowSpan = grid.rowIndex - owner.row + 1;
            row.left = owner;
        } else if (horizontalContinue && row.left != null && row.left.row == grid.rowIndex) {
            row.left.colSpan += span;
        } else {
            budget.addCell();
            cell = new Building(grid.rowIndex, row.col, span, text.toString());
            budget.addText(cell.text);
            grid.cells.add(cell);
            row.left = cell;
        }
        for (int i = 0; i < span; i++) {
            row.covering.add(null);
        }
        while (row.covering.size() < row.col + span) {
            row.covering.add(null);
        }
        for (int i = row.col; i < row.col + span; i++) {
            row.covering.set(i, row.left);
        }
        row.col += span;
    }

    /**
     * A child of a cell: a paragraph's text joins the cell's text ({@code \n} between paragraphs); a nested table is
     * read now, after its parent in the output; content controls and custom XML are opened. Returns whether no
     * paragraph has been read yet.
     */
    private boolean content(XMLStreamReader r, Grid grid, StringBuilder text, boolean first, int wrapping)
            throws ReadFailure, XMLStreamException {
        if (!WordXml.isWord(r)) {
            WordXml.skip(r);
            return first;
        }
        switch (r.getLocalName()) {
            case "p" -> {
                if (!first) {
                    text.append('\n');
                }
                text.append(paragraphs.read(r).text());
                return false;
            }
            case "tbl" -> {
                if (grid.depth < MAX_NESTING) {
                    readTable(r, true, grid.depth + 1);
                } else {
                    WordXml.skip(r);
                }
                return first;
            }
            case "sdt", "customXml", "sdtContent" -> {
                boolean stillFirst = first;
                if (wrapping < WordBody.MAX_WRAPPING) {
                    while (WordXml.nextChild(r)) {
                        stillFirst = content(r, grid, text, stillFirst, wrapping + 1);
                    }
                } else {
                    WordXml.skip(r);
                }
                return stillFirst;
            }
            default -> {
                WordXml.skip(r);
                return first;
            }
        }
    }

    /** The first {@code w:gridBefore} of a row's properties, from the properties' start to their end. */
    private static int gridBefore(XMLStreamReader r) throws XMLStreamException {
        Integer before = null;
        boolean seen = false;
        while (WordXml.nextChild(r)) {
            if (WordXml.is(r, "gridBefore") && !seen) {
                seen = true;
                before = clamp(WordXml.val(r));
            }
            WordXml.skip(r);
        }
        return before == null ? 0 : before;
    }

    /** A merge element without a value, or with "continue", continues the cell before it. */
    private static boolean isContinue(String val) {
        return val == null || val.equals("continue");
    }

    /** Spans beyond a real table's width are hostile; cap them so the grid stays bounded. Null when not a number. */
    private static Integer clamp(String value) {
        java.math.BigInteger n = RunXml.number(value);
        return n == null ? null : n.min(java.math.BigInteger.valueOf(1000)).max(java.math.BigInteger.ZERO).intValue();
    }

    /** One table's grid while it is read. */
    private final class Grid {
        final int index;
        final int depth;
        final List<Building> cells = new ArrayList<>();
        final List<RawCell> raw = new ArrayList<>();
        Building[] above = new Building[0];
        int rowIndex;
        int width;

        Grid(int index, int depth) {
            this.index = index;
            this.depth = depth;
        }

        void endRow(Row row) throws ReadFailure {
            width = Math.max(width, row.col);
            budget.checkGrid(rowIndex + 1L, width);
            above = row.covering.toArray(new Building[0]);
            rowIndex++;
        }

        /** The cells as read (spans final), and the table's width. */
        int finish() {
            for (Building b : cells) {
                raw.add(new RawCell(b.row, b.col, b.rowSpan, b.colSpan, b.text,
                        Location.tableCell(null, index, b.row + 1, b.col + 1)));
                width = Math.max(width, b.col + b.colSpan);
            }
            return width;
        }
    }

    /** One row while it is read: the next grid column, the cell to the left, the cell covering each slot. */
    private static final class Row {
        final List<Building> covering = new ArrayList<>();
        int col;
        Building left;
    }

    /** A cell while its spans are still growing. */
    private static final class Building {
        final int row;
        final int col;
        final String text;
        int rowSpan = 1;
        int colSpan;

        Building(int row, int col, int colSpan, String text) {
            this.row = row;
            this.col = col;
            this.colSpan = colSpan;
            this.text = text;
        }
    }
}
