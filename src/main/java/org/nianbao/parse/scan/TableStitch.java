package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.model.OcrReading;
import org.nianbao.parse.RawCell;
import org.nianbao.parse.RawTable;
import org.nianbao.parse.ReadBudget;
import org.nianbao.parse.ReadFailure;

/**
 * One table of the document from its parts on consecutive pages: the parts' column boundaries laid on one grid
 * (a part may have boundaries the other lacks, as a header cut differently from the body), their rows one after
 * the other. A row a page break cut in two — its second part a label's end with every other cell blank — is one
 * row again, the label's two pieces joined.
 */
final class TableStitch {
    /** A part of a table: the page it is on and its grid there. */
    record Part(PageScan page, CellGrid.GridTable grid) {
        double left() {
            return grid.left() * 72 / page.dpi();
        }

        double right() {
            return grid.right() * 72 / page.dpi();
        }
    }

    /** Boundaries closer than this (points) are one. */
    private static final double TOLERANCE = 6;

    private TableStitch() {
    }

    /** Whether {@code next} goes on with the table whose last part is {@code last}: same left and right border. */
    static boolean continues(Part last, Part next) {
        return next.page().number() == last.page().number() + 1 && Math.abs(last.left() - next.left()) <= TOLERANCE
                && Math.abs(last.right() - next.right()) <= TOLERANCE;
    }

    static RawTable table(List<Part> parts, int index, ReadBudget budget) throws ReadFailure {
        List<Double> xs = new ArrayList<>();
        for (Part p : parts) {
            for (int x : p.grid().xs()) {
                double pt = x * 72 / p.page().dpi();
                if (xs.stream().noneMatch(v -> Math.abs(v - pt) <= TOLERANCE)) {
                    xs.add(pt);
                }
            }
        }
        xs.sort(Double::compare);
        List<Placed> cells = new ArrayList<>();
        int offset = 0;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            List<Placed> own = new ArrayList<>();
            for (PageScan.CellJob job : p.page().cells()) {
                if (job.table() != p.grid()) {
                    continue;
                }
                CellGrid.GridCell c = job.cell();
                int col0 = nearest(xs, p.grid().xs()[c.col()] * 72 / p.page().dpi());
                int col1 = nearest(xs, p.grid().xs()[c.col() + c.colSpan()] * 72 / p.page().dpi());
                own.add(new Placed(offset + c.row(), col0, c.rowSpan(), Math.max(1, col1 - col0), p.page(), job,
                        job.reading()));
            }
            int rows = p.grid().ys().length - 1;
            if (k > 0 && joinCutRow(cells, own, offset)) {
                rows--;
            }
            cells.addAll(own);
            offset += rows;
        }
        List<RawCell> out = new ArrayList<>();
        for (Placed c : cells) {
            budget.addCell();
            budget.addText(c.reading().seen());
            Location where = Location.tableCell(c.page().number(), index, c.row() + 1, c.col() + 1)
                    .withBox(c.page().box(c.job().cell()));
            out.add(new RawCell(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.reading().seen(), where, c.reading()));
        }
        Part first = parts.get(0);
        return new RawTable(index, offset, xs.size() - 1, out, false, Location.tableCell(first.page().number(), index,
                1, 1));
    }

    private record Placed(int row, int col, int rowSpan, int colSpan, PageScan page, PageScan.CellJob job,
            OcrReading reading) {
    }

    /**
     * When the new part's first row holds text only where the row above it ends in a label (every other cell blank),
     * the page break cut that row: its texts go onto the row above and the part moves up by one row.
     */
    private static boolean joinCutRow(List<Placed> above, List<Placed> own, int offset) {
        List<Placed> first = own.stream().filter(c -> c.row() == offset).toList();
        List<Placed> last = above.stream().filter(c -> c.row() + c.rowSpan() == offset).toList();
        if (first.isEmpty() || last.isEmpty()) {
            return false;
        }
        boolean anyText = false;
        for (Placed c : first) {
            if (c.reading().seen().isEmpty()) {
                continue;
            }
            Placed over = last.stream().filter(l -> l.col() == c.col() && l.colSpan() == c.colSpan()).findFirst()
                    .orElse(null);
            if (over == null || over.reading().alternatives().size() > 0 || over.reading().seen().isEmpty()
                    || c.reading().alternatives().size() > 0) {
                return false; // text under a number, or under nothing: a row of its own
            }
            anyText = true;
        }
        if (!anyText) {
            return false;
        }
        for (Placed c : first) {
            Placed over = last.stream().filter(l -> l.col() == c.col() && l.colSpan() == c.colSpan()).findFirst()
                    .orElse(null);
            if (over != null && !c.reading().seen().isEmpty()) {
                OcrReading o = over.reading();
                OcrReading joined = new OcrReading(o.seen() + c.reading().seen(), Math.min(o.confidence(),
                        c.reading().confidence()), o.alternatives(), o.unsure() || c.reading().unsure(), null, o.crop());
                above.set(above.indexOf(over), new Placed(over.row(), over.col(), over.rowSpan(), over.colSpan(),
                        over.page(), over.job(), joined));
            }
        }
        own.removeIf(c -> c.row() == offset && c.rowSpan() == 1);
        own.replaceAll(c -> c.row() == offset
                ? new Placed(c.row(), c.col(), c.rowSpan() - 1, c.colSpan(), c.page(), c.job(), c.reading())
                : new Placed(c.row() - 1, c.col(), c.rowSpan(), c.colSpan(), c.page(), c.job(), c.reading()));
        return true;
    }

    private static int nearest(List<Double> xs, double x) {
        int best = 0;
        for (int i = 1; i < xs.size(); i++) {
            if (Math.abs(xs.get(i) - x) < Math.abs(xs.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
