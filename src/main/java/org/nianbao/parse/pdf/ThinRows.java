package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes out the grid rows too thin to hold a line of text and holding none: a double border (wkhtmltopdf draws the
 * line under a header twice, 4 pt apart) or the sliver of a row a page break left on the next page. The cells
 * below such a row start where it started, so the row under a double border is one row, not an empty row above
 * the numbers.
 */
final class ThinRows {
    /** A row less than this share of the text's font size high cannot hold a line of it. */
    private static final float SHARE = 0.6f;

    private ThinRows() {
    }

    /** The fragment without its thin empty rows; {@code fontSize} is the size of the text in its cells. */
    static Fragment removed(Fragment f, float fontSize) {
        Edges rows = f.rowEdges();
        List<Fragment.FragmentCell> cells = f.cells();
        for (int i = 0; i + 1 < rows.count(); i++) {
            float top = rows.at(i);
            float bottom = rows.at(i + 1);
            if (bottom - top >= SHARE * fontSize || !emptyBand(cells, top, bottom)) {
                continue;
            }
            List<Fragment.FragmentCell> kept = new ArrayList<>();
            for (Fragment.FragmentCell c : cells) {
                Box b = c.box();
                if (Edges.same(b.top(), top) && Edges.same(b.bottom(), bottom)) {
                    continue; // a cell of the thin row
                }
                if (Edges.same(b.top(), bottom)) {
                    b = new Box(b.left(), top, b.right(), b.bottom());
                }
                kept.add(new Fragment.FragmentCell(b, c.text()));
            }
            cells = kept;
        }
        return cells == f.cells() ? f : new Fragment(f.page(), f.area(), cells);
    }

    /** Some cell lies exactly in the band, and every such cell is blank. */
    private static boolean emptyBand(List<Fragment.FragmentCell> cells, float top, float bottom) {
        boolean any = false;
        for (Fragment.FragmentCell c : cells) {
            if (Edges.same(c.box().top(), top) && Edges.same(c.box().bottom(), bottom)) {
                if (!c.text().isBlank()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
