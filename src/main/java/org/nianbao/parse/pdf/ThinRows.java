package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes out the grid rows too thin to hold a line of text and holding none: a double border (wkhtmltopdf draws the
 * line under a header twice, 4 pt apart), the sliver of a row a page break left on the next page, or two borders of
 * one row line drawn a little apart (wkhtmltopdf draws the top of a spanning cell at a page's top 3 pt above the
 * bottom of the row beside it). The two lines of such a band are one: every cell edge on its lower line moves up
 * to its upper line, so the row under a double border is one row, not an empty row above the numbers, and cells
 * cut by a line drawn twice do not overlap.
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
                float cellTop = Edges.same(b.top(), bottom) ? top : b.top();
                float cellBottom = Edges.same(b.bottom(), bottom) ? top : b.bottom();
                if (cellTop != b.top() || cellBottom != b.bottom()) {
                    b = new Box(b.left(), cellTop, b.right(), cellBottom);
                }
                kept.add(new Fragment.FragmentCell(b, c.text()));
            }
            cells = kept;
        }
        return cells == f.cells() ? f : new Fragment(f.page(), f.area(), cells);
    }

    /** Every cell lying exactly in the band is blank (a band no cell lies in is the gap between two borders). */
    private static boolean emptyBand(List<Fragment.FragmentCell> cells, float top, float bottom) {
        for (Fragment.FragmentCell c : cells) {
            if (Edges.same(c.box().top(), top) && Edges.same(c.box().bottom(), bottom) && !c.text().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
