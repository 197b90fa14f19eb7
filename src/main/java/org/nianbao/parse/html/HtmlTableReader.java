package org.nianbao.parse.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.nianbao.model.Location;
import org.nianbao.parse.InputProblem;
import org.nianbao.parse.Limit;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadFailure;

/**
 * Turns an HTML data table into a grid. Cells are placed left to right in the first column no earlier cell
 * occupies, honouring {@code rowspan}/{@code colspan} through an occupancy map. Spans are read leniently: a
 * missing or non-numeric value is 1, {@code rowspan="0"} and spans reaching past the last row end at the last row,
 * and a column span is capped at 1000 as browsers do.
 */
final class HtmlTableReader {
    private static final int MAX_COLSPAN = 1000;
    /** Real statistics tables have a few dozen columns at most. */
    private static final int MAX_COLUMNS = 2000;
    private static final long MAX_SLOTS_PER_CELL = 4;
    /** A cell this long holds prose, so its table lays out a page. */
    private static final int MAX_DATA_CELL = 300;

    private HtmlTableReader() {
    }

    static RawTable read(Element table, int tableIndex, int maxCells) throws ReadFailure {
        List<Element> rows = HtmlElements.rows(table);
        List<BitSet> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            taken.add(new BitSet());
        }
        List<RawCell> cells = new ArrayList<>();
        int columns = 0;
        long slots = 0;
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (Element td : HtmlElements.cells(rows.get(r))) {
                col = taken.get(r).nextClearBit(col);
                int rowSpan = span(td.attr("rowspan"));
                rowSpan = rowSpan == 0 ? rows.size() - r : Math.min(rowSpan, rows.size() - r);
                int colSpan = Math.max(1, Math.min(span(td.attr("colspan")), MAX_COLSPAN));
                // spans are marked slot by slot: bound the slots, or a few cells could claim a huge grid
                slots += (long) rowSpan * colSpan;
                if (slots > MAX_SLOTS_PER_CELL * maxCells || (long) col + colSpan > MAX_COLUMNS) {
                    throw Limit.CELLS.exceeded(maxCells, "table " + tableIndex + " spans a grid of over "
                            + MAX_COLUMNS + " columns or " + MAX_SLOTS_PER_CELL + " slots per allowed cell");
                }
                for (int rr = r; rr < r + rowSpan; rr++) {
                    taken.get(rr).set(col, col + colSpan);
                }
                cells.add(new RawCell(r, col, rowSpan, colSpan, cellText(td),
                    Location.tableCell(null, tableIndex, r + 1, col + 1)));
                if (cells.size() > maxCells) {
                    throw Limit.CELLS.exceeded(maxCells, "table " + tableIndex);
                }
                col += colSpan;
                columns = Math.max(columns, col);
            }
        }
        return new RawTable(tableIndex, rows.size(), columns, cells, false,
            new Location(null, tableIndex, null, null, null, null, null, null, null));
    }

    /**
     * A data table holds figures, as opposed to a table that lays out the page: it has at least 2 rows and 2
     * columns, no table or heading inside it, and no cell longer than 300 characters.
     */
    static boolean isDataTable(Element table) {
        List<Element> rows = HtmlElements.rows(table);
        if (rows.size() < 2 || holdsTableOrHeading(table)) {
            return false;
        }
        for (Element row : rows) {
            for (Element cell : HtmlElements.cells(row)) {
                // the cell's text() (whitespace normalised) is built only when its source text could be that long
                if (textBound(cell) > MAX_DATA_CELL && cell.text().length() > MAX_DATA_CELL) {
                    return false;
                }
            }
        }
        return widestRow(table) >= 2;
    }

    /** Whether a table, h1…h6 lies inside the table: one walk for what two selector queries found. */
    private static boolean holdsTableOrHeading(Element table) {
        return table.stream().anyMatch(e -> e != table
                && (e.normalName().equals("table") || HtmlElements.headingLevel(e) > 0));
    }

    /**
     * At least the length of {@link Element#text()}: that is its text nodes with white space collapsed, and at most
     * a space before and after each element inside.
     */
    private static long textBound(Element cell) {
        long[] bound = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                bound[0] += t.getWholeText().length();
            } else if (node instanceof Element) {
                bound[0] += 2;
            }
        }, cell);
        return bound[0];
    }

    /** The most grid columns any row spans by its own cells (cells reaching down from above not counted). */
    static int widestRow(Element table) {
        int widest = 0;
        for (Element row : HtmlElements.rows(table)) {
            int width = 0;
            for (Element cell : HtmlElements.cells(row)) {
                width += Math.max(1, span(cell.attr("colspan")));
            }
            widest = Math.max(widest, width);
        }
        return widest;
    }

    /** A span attribute read leniently: trimmed, digits only, else 1. */
    static int span(String value) {
        String v = value.strip();
        int end = 0;
        while (end < v.length() && end < 6 && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 1 : Integer.parseInt(v.substring(0, end));
    }

    /** The cell's text: text nodes, a line break for br and around block children (p, div…). */
    static String cellText(Element td) throws ReadFailure {
        InlineText text = new InlineText();
        appendText(td, text, 0);
        return text.build();
    }

    private static void appendText(Element parent, InlineText text, int depth) throws ReadFailure {
        if (depth > HtmlElements.MAX_DEPTH) {
            throw new ReadFailure(InputProblem.UNREADABLE, "HTML nested deeper than " + HtmlElements.MAX_DEPTH);
        }
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode t) {
                text.text(t.getWholeText(), false, 0);
            } else if (child instanceof Element e && !HtmlElements.hidden(e)) {
                if (e.normalName().equals("br")) {
                    text.lineBreak();
                    continue;
                }
                boolean block = HtmlElements.isBlock(e);
                if (block) {
                    text.lineBreak();
                }
                appendText(e, text, depth + 1);
                if (block) {
                    text.lineBreak();
                }
            }
        }
    }
}
