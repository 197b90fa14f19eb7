package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;

/**
 * Joins the page fragments of one table into a single grid. Columns are the union of every fragment's column
 * lines. Each later fragment loses the leading rows that repeat the first fragment's header; its first row is
 * appended to the row above when it is the tail of a row the page break split; and a label cell spanning the
 * page break goes on in the cell above it.
 */
final class TableStitcher {
    /**
     * Outer borders of one table on two pages may differ by this much (points): WPS redraws the frame of each
     * page's part and was seen 2.6 pt off.
     */
    private static final float OUTER_TOLERANCE = 4f;

    private TableStitcher() {
    }

    /**
     * True when {@code next} may be the continuation of {@code previous}: it is on the next page with the same
     * outer left and right edges, and the column lines of the two parts correspond ({@link ColumnAlignment}: the
     * same lines, some merged, or the same number laid out again), so a different table of the same width, like
     * the 15-column review table after the 10-column applications table, does not join. The caller checks that
     * no text comes between them; no fixed distance from the page top is used, as official documents have top
     * margins from 20 to 40 mm.
     */
    static boolean continues(Fragment previous, Fragment next) {
        return next.page() == previous.page() + 1
                && Math.abs(previous.area().left() - next.area().left()) <= OUTER_TOLERANCE
                && Math.abs(previous.area().right() - next.area().right()) <= OUTER_TOLERANCE
                && columnsCorrespond(previous.columnEdges(), next.columnEdges());
    }

    private static boolean columnsCorrespond(Edges a, Edges b) {
        return a.count() <= b.count() ? ColumnAlignment.align(a, b) != null : ColumnAlignment.align(b, a) != null;
    }

    /** The grid of a table drawn as these fragments, in page order. */
    static RawTable stitch(List<Fragment> parts, int tableIndex) {
        return stitch(parts, tableIndex, new ArrayList<>());
    }

    /** The same, adding to {@code repeats} the text of each header cell a later page repeats (read once). */
    static RawTable stitch(List<Fragment> parts, int tableIndex, List<String> repeats) {
        List<Slot> slots = new ArrayList<>();
        int rowCount = 0;
        List<Fragment> onGrid = onCommonGrid(parts);
        Fragment first = onGrid.get(0);
        for (int k = 0; k < parts.size(); k++) {
            Fragment part = onGrid.get(k);
            Edges rows = part.rowEdges();
            int skip = k == 0 ? 0 : repeatedHeaderRows(first, part);
            int partRows = rows.count() - 1;
            if (skip >= partRows) {
                continue;
            }
            List<Slot> open = new ArrayList<>();
            for (Slot s : slots) {
                if (s.rowEnd == rowCount) {
                    open.add(s);
                }
            }
            int body = firstNumberRow(slots);
            List<Fragment.FragmentCell> leading = startingAt(part, rows, skip);
            boolean tail = k > 0 && isSplitRowTail(leading, open);
            boolean headerGoesOn = k > 0 && !tail && continuesHeader(leading, open);
            int base = (tail ? rowCount - 1 : rowCount) - skip;
            for (int i = 0; i < part.cells().size(); i++) {
                Fragment.FragmentCell c = part.cells().get(i);
                int start = rows.indexOf(c.box().top());
                if (start < skip) {
                    repeats.add(c.text());
                    continue;
                }
                int span = rows.indexOf(c.box().bottom()) - start;
                int end = base + start + span;
                Slot above = k > 0 && start == skip ? aligned(open, c) : null;
                if (above != null && (tail || headerGoesOn && continuesText(above, c)
                        || above.rowStart >= body && continuesLabel(above, c, span))) {
                    above.extend(end, c.text());
                } else {
                    Box drawn = parts.get(k).cells().get(i).box();
                    slots.add(new Slot(part.page(), c.box(), drawn, base + start, end, c.text()));
                }
            }
            rowCount = base + partRows;
        }
        return toTable(slots, rowCount, columnEdges(onGrid), parts.get(0), tableIndex);
    }

    /**
     * The parts with their column lines moved onto one grid: that of the part with the most column lines. A part
     * whose lines correspond to it ({@link ColumnAlignment}) takes its positions line for line; another keeps its
     * own, only its outer edges moved onto the grid's frame.
     */
    private static List<Fragment> onCommonGrid(List<Fragment> parts) {
        Fragment finest = parts.get(0);
        for (Fragment p : parts) {
            if (p.columnEdges().count() > finest.columnEdges().count()) {
                finest = p;
            }
        }
        Edges grid = finest.columnEdges();
        List<Fragment> result = new ArrayList<>();
        for (Fragment p : parts) {
            Edges own = p.columnEdges();
            int[] match = ColumnAlignment.align(own, grid);
            if (match == null) {
                result.add(snapOuterEdges(p, finest.area()));
                continue;
            }
            List<Fragment.FragmentCell> cells = new ArrayList<>();
            for (Fragment.FragmentCell c : p.cells()) {
                Box b = c.box();
                float left = grid.at(match[own.indexOf(b.left())]);
                float right = grid.at(match[own.indexOf(b.right())]);
                cells.add(new Fragment.FragmentCell(new Box(left, b.top(), right, b.bottom()), c.text()));
            }
            result.add(new Fragment(p.page(), new Box(grid.at(0), p.area().top(), grid.at(grid.count() - 1),
                    p.area().bottom()), cells));
        }
        return result;
    }

    /** The fragment with cell edges near its outer border moved onto the first fragment's border. */
    private static Fragment snapOuterEdges(Fragment part, Box frame) {
        List<Fragment.FragmentCell> cells = new ArrayList<>();
        for (Fragment.FragmentCell c : part.cells()) {
            Box b = c.box();
            float left = Math.abs(b.left() - part.area().left()) <= Edges.TOLERANCE ? frame.left() : b.left();
            float right = Math.abs(b.right() - part.area().right()) <= Edges.TOLERANCE ? frame.right() : b.right();
            cells.add(new Fragment.FragmentCell(new Box(left, b.top(), right, b.bottom()), c.text()));
        }
        Box area = new Box(frame.left(), part.area().top(), frame.right(), part.area().bottom());
        return new Fragment(part.page(), area, cells);
    }

    /** How many leading rows of {@code part} repeat the first fragment's rows, cut where no cell spans on. */
    private static int repeatedHeaderRows(Fragment first, Fragment part) {
        Edges firstRows = first.rowEdges();
        Edges partRows = part.rowEdges();
        int limit = Math.min(firstRows.count(), partRows.count()) - 1;
        int clean = 0;
        int spanEnd = 0;
        for (int r = 0; r < limit; r++) {
            List<Fragment.FragmentCell> mine = startingAt(part, partRows, r);
            if (mine.isEmpty() || !sameRow(startingAt(first, firstRows, r), firstRows, mine, partRows)) {
                break;
            }
            for (Fragment.FragmentCell c : mine) {
                spanEnd = Math.max(spanEnd, partRows.indexOf(c.box().bottom()));
            }
            if (spanEnd <= r + 1) {
                clean = r + 1;
            }
        }
        return clean;
    }

    private static boolean sameRow(List<Fragment.FragmentCell> a, Edges aRows, List<Fragment.FragmentCell> b,
            Edges bRows) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Box x = a.get(i).box();
            Box y = b.get(i).box();
            boolean same = Edges.same(x.left(), y.left()) && Edges.same(x.right(), y.right())
                    && aRows.indexOf(x.bottom()) - aRows.indexOf(x.top()) == bRows.indexOf(y.bottom())
                    - bRows.indexOf(y.top())
                    && Labels.compact(a.get(i).text()).equals(Labels.compact(b.get(i).text()));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first row of a page is the rest of the last row of the previous page when each of its cells sits under
     * an open cell and either
     * <ul>
     * <li>none opens a label of its own ({@link Labels#opensLabel}: a whole label like 规章 starts a new row even
     * when its numbers are blank) and it holds no digits or leaves blank every column where the row above has a
     * number; or</li>
     * <li>the two parts complete each other: no column holds a number in both, and a column written in both holds
     * a label the break cut, going on below ({@link #textGoesOn}). WeasyPrint prints a cut row's numbers on one
     * page and its whole label on the next; wkhtmltopdf prints the label's first lines on one page and the rest of
     * it with the numbers on the next.</li>
     * </ul>
     */
    private static boolean isSplitRowTail(List<Fragment.FragmentCell> row, List<Slot> open) {
        if (row.isEmpty()) {
            return false;
        }
        boolean opensLabel = false;
        boolean noDigits = true;
        boolean valuesBlank = true;
        boolean anyValueAbove = false;
        boolean complete = true;
        boolean anyWritten = false;
        for (Fragment.FragmentCell c : row) {
            Slot above = aligned(open, c);
            if (above == null) {
                return false;
            }
            opensLabel |= Labels.opensLabel(c.text());
            noDigits &= !Labels.hasDigit(c.text());
            if (Labels.isNumber(above.text())) {
                anyValueAbove = true;
                valuesBlank &= c.text().isBlank();
            }
            boolean both = !above.text().isBlank() && !c.text().isBlank();
            complete &= !both || textGoesOn(above.text(), c.text());
            anyWritten |= !c.text().isBlank();
        }
        return !opensLabel && (noDigits || anyValueAbove && valuesBlank) || complete && anyWritten;
    }

    /**
     * A label cut by a page break goes on in the cell below: the part above is text but not a whole label of the
     * format (规章 is complete, 部分公开（区分处理的，只计这一情 is not), and the part below neither holds a digit nor
     * opens a label.
     */
    private static boolean textGoesOn(String above, String below) {
        return !Labels.isNumber(above) && !Labels.isStandard(above) && !Labels.hasDigit(below)
                && !Labels.opensLabel(below);
    }

    /**
     * A header whose rows the page break cut: the first row of the page has no digits and some of its cells sit
     * under a wider open cell (the next header row, 商业企业 … under 法人或其他组织), while the cells that sit
     * exactly under an open cell are the rest of a header cell spanning both rows (自然人, or 结果维持 cut after
     * 结果). Those go on in the cell above; the others start the new row.
     */
    private static boolean continuesHeader(List<Fragment.FragmentCell> row, List<Slot> open) {
        boolean underWider = false;
        for (Fragment.FragmentCell c : row) {
            if (Labels.hasDigit(c.text())) {
                return false;
            }
            if (aligned(open, c) == null) {
                Slot wider = covering(open, c);
                if (wider == null) {
                    return false;
                }
                underWider = true;
            }
        }
        return underWider;
    }

    /** A cell under an open text cell goes on with it: blank, or text that does not open a label of its own. */
    private static boolean continuesText(Slot above, Fragment.FragmentCell cell) {
        return !above.text().isBlank() && !Labels.isNumber(above.text())
                && (cell.text().isBlank() || !Labels.opensLabel(cell.text()));
    }

    /**
     * The first row holding a number: the rows above it are the header, whose cells (结果维持 over two header rows)
     * never go on into a body row on the next page. {@link Integer#MAX_VALUE} when no row holds one yet.
     */
    private static int firstNumberRow(List<Slot> slots) {
        int first = Integer.MAX_VALUE;
        for (Slot s : slots) {
            if (Labels.isNumber(s.text())) {
                first = Math.min(first, s.rowStart);
            }
        }
        return first;
    }

    /**
     * A group label spanning the page break (（六）其他处 | 理): the cell above is a label of the body (the caller
     * checks it starts at or below the first row holding a number), one of the two parts spans several rows (a
     * one-row label under a one-row label is the next row), and this part is blank or does not start a new label.
     */
    private static boolean continuesLabel(Slot above, Fragment.FragmentCell cell, int rowSpan) {
        String text = above.text();
        boolean spanning = above.rowEnd - above.rowStart > 1 || rowSpan > 1;
        return spanning && !text.isBlank() && !Labels.isNumber(text) && !Labels.isNumber(cell.text())
                && (cell.text().isBlank() || !Labels.startsLabel(cell.text()));
    }

    private static Slot aligned(List<Slot> open, Fragment.FragmentCell cell) {
        for (Slot s : open) {
            if (Edges.same(s.box.left(), cell.box().left()) && Edges.same(s.box.right(), cell.box().right())) {
                return s;
            }
        }
        return null;
    }

    /** The open cell reaching over this one on both sides, wider than it. */
    private static Slot covering(List<Slot> open, Fragment.FragmentCell cell) {
        Box b = cell.box();
        for (Slot s : open) {
            boolean over = s.box.left() <= b.left() + Edges.TOLERANCE && s.box.right() >= b.right() - Edges.TOLERANCE;
            if (over && s.box.width() > b.width() + Edges.TOLERANCE) {
                return s;
            }
        }
        return null;
    }

    private static List<Fragment.FragmentCell> startingAt(Fragment part, Edges rows, int row) {
        List<Fragment.FragmentCell> result = new ArrayList<>();
        for (Fragment.FragmentCell c : part.cells()) {
            if (rows.indexOf(c.box().top()) == row) {
                result.add(c);
            }
        }
        result.sort(Comparator.comparingDouble(c -> c.box().left()));
        return result;
    }

    private static Edges columnEdges(List<Fragment> parts) {
        int cells = 0;
        for (Fragment part : parts) {
            cells += part.cells().size();
        }
        float[] xs = new float[cells * 2];
        int n = 0;
        for (Fragment part : parts) {
            for (Fragment.FragmentCell c : part.cells()) {
                xs[n++] = c.box().left();
                xs[n++] = c.box().right();
            }
        }
        return Edges.of(xs, n);
    }

    private static RawTable toTable(List<Slot> slots, int rowCount, Edges columns, Fragment first, int tableIndex) {
        List<RawCell> cells = new ArrayList<>();
        for (Slot s : slots) {
            int col = columns.indexOf(s.box.left());
            int colEnd = columns.indexOf(s.box.right());
            Location where = Location.tableCell(s.page, tableIndex, s.rowStart + 1, col + 1)
                    .withBox(s.drawn.describe());
            cells.add(new RawCell(s.rowStart, col, s.rowEnd - s.rowStart, colEnd - col, s.text(), where));
        }
        cells.sort(Comparator.comparingInt(RawCell::row).thenComparingInt(RawCell::col));
        Location where = new Location(first.page(), tableIndex, null, null, null, null, null, null,
                first.area().describe());
        return new RawTable(tableIndex, rowCount, columns.count() - 1, cells, false, where);
    }

    /**
     * A cell being built: its box aligned to the table frame (for the grid) and as drawn (for its location), the
     * page it starts on, the grid rows it covers so far, its text pieces.
     */
    private static final class Slot {
        private final int page;
        private final Box box;
        private final Box drawn;
        private final int rowStart;
        private int rowEnd;
        private final List<String> pieces = new ArrayList<>();

        Slot(int page, Box box, Box drawn, int rowStart, int rowEnd, String text) {
            this.page = page;
            this.box = box;
            this.drawn = drawn;
            this.rowStart = rowStart;
            this.rowEnd = rowEnd;
            pieces.add(text);
        }

        void extend(int newRowEnd, String text) {
            rowEnd = Math.max(rowEnd, newRowEnd);
            pieces.add(text);
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (String p : pieces) {
                if (!p.isBlank()) {
                    b.append(b.length() > 0 ? "\n" : "").append(p);
                }
            }
            return b.toString();
        }
    }
}
