package org.nianbao.corpus;

import java.io.IOException;
import java.util.List;

/**
 * Draws a printed table onto PDF pages with ruling lines round every cell, as Word prints a bordered table. Row
 * heights fit the wrapped text; a table that reaches the bottom margin continues on the next page between rows, a
 * merged cell cut by the break drawn on both pages with its text on the first, the header rows repeated on top when
 * the table says so.
 */
final class PdfTableDrawer {
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float PAD = 3;

    private final PdfPages pages;

    PdfTableDrawer(PdfPages pages) {
        this.pages = pages;
    }

    void draw(PrintedTable t) throws IOException {
        float total = (float) java.util.Arrays.stream(t.widths).sum();
        float[] x = new float[t.columns + 1];
        x[0] = PdfPages.LEFT;
        for (int c = 0; c < t.columns; c++) {
            x[c + 1] = x[c] + (float) t.widths[c] / total * (PdfPages.RIGHT - PdfPages.LEFT);
        }
        float[] heights = rowHeights(t, x);
        int[] page = new int[t.rows()];
        float[] top = new float[t.rows()];
        int current = 0;
        for (int r = 0; r < t.rows(); r++) {
            if (pages.y() - heights[r] < PdfPages.BOTTOM) {
                drawRows(t, x, heights, top, page, current, r);
                pages.newPage();
                current++;
                if (r >= t.repeatedHeaderRows) {
                    repeatHeader(t, x, heights);
                }
            }
            page[r] = current;
            top[r] = pages.y();
            pages.down(heights[r]);
        }
        drawRows(t, x, heights, top, page, current, t.rows());
        pages.down(LEADING);
    }

    /** Draws the header rows again at the top of a page the table continues on. */
    private void repeatHeader(PrintedTable t, float[] x, float[] heights) throws IOException {
        float[] top = new float[t.repeatedHeaderRows];
        for (int r = 0; r < t.repeatedHeaderRows; r++) {
            top[r] = pages.y();
            pages.down(heights[r]);
        }
        var s = pages.stream();
        s.setLineWidth(0.5f);
        for (PrintedTable.Cell c : t.cells) {
            if (c.row() < t.repeatedHeaderRows) {
                int last = c.row() + c.rowSpan() - 1;
                float left = x[c.col()];
                float right = x[c.col() + c.colSpan()];
                float lower = top[last] - heights[last];
                s.addRect(left, lower, right - left, top[c.row()] - lower);
                s.stroke();
                text(c.text(), left, right, top[c.row()], lower);
            }
        }
    }

    /** Draws the parts of the cells that lie in rows before {@code end} placed on page {@code p}. */
    private void drawRows(PrintedTable t, float[] x, float[] heights, float[] top, int[] page, int p, int end)
            throws IOException {
        var s = pages.stream();
        s.setLineWidth(0.5f);
        for (PrintedTable.Cell c : t.cells) {
            int first = -1;
            int last = -1;
            for (int r = c.row(); r < Math.min(c.row() + c.rowSpan(), end); r++) {
                if (page[r] == p) {
                    first = first < 0 ? r : first;
                    last = r;
                }
            }
            if (first < 0) {
                continue;
            }
            float left = x[c.col()];
            float right = x[c.col() + c.colSpan()];
            float upper = top[first];
            float lower = top[last] - heights[last];
            s.addRect(left, lower, right - left, upper - lower);
            s.stroke();
            if (first == c.row() && !c.text().isEmpty()) {
                text(c.text(), left, right, upper, lower);
            }
        }
    }

    /** The text centred in its box, wrapped to the cell's width. */
    private void text(String text, float left, float right, float upper, float lower) throws IOException {
        List<String> lines = pages.wrap(text, SIZE, right - left - 2 * PAD, 0);
        float block = lines.size() * LEADING;
        float baseline = (upper + lower) / 2 + block / 2 - LEADING + (LEADING - SIZE) / 2 + 1;
        for (String line : lines) {
            float w = pages.width(line, SIZE);
            pages.text(line, left + (right - left - w) / 2, baseline, SIZE);
            baseline -= LEADING;
        }
    }

    /** Each row as tall as its tallest single-row cell; a merged cell's extra height goes to its last row. */
    private float[] rowHeights(PrintedTable t, float[] x) throws IOException {
        float[] h = new float[t.rows()];
        java.util.Arrays.fill(h, LEADING + 2 * PAD);
        for (PrintedTable.Cell c : t.cells) {
            if (c.rowSpan() == 1) {
                h[c.row()] = Math.max(h[c.row()], needed(c, x));
            }
        }
        for (PrintedTable.Cell c : t.cells) {
            if (c.rowSpan() > 1) {
                float have = 0;
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    have += h[r];
                }
                float need = needed(c, x);
                if (need > have) {
                    h[c.row() + c.rowSpan() - 1] += need - have;
                }
            }
        }
        return h;
    }

    private float needed(PrintedTable.Cell c, float[] x) throws IOException {
        float width = x[c.col() + c.colSpan()] - x[c.col()] - 2 * PAD;
        return pages.wrap(c.text(), SIZE, width, 0).size() * LEADING + 2 * PAD;
    }
}
