package org.nianbao.parse.pdf;

import java.util.List;

/**
 * The part of a ruled table drawn on one page: its cells with their boxes and text. A table that runs over
 * several pages is several fragments until {@link TableStitcher} joins them.
 *
 * @param page  1-based page number
 * @param area  the fragment's outer box
 * @param cells the cells, each box exactly as its ruling lines enclose it
 */
record Fragment(int page, Box area, List<FragmentCell> cells) {

    /** One ruled cell of a fragment. */
    record FragmentCell(Box box, String text) {
    }

    Fragment {
        cells = List.copyOf(cells);
    }

    /** Column lines of this fragment: the distinct lefts and rights of its cells. */
    Edges columnEdges() {
        float[] xs = new float[cells.size() * 2];
        int n = 0;
        for (FragmentCell c : cells) {
            xs[n++] = c.box().left();
            xs[n++] = c.box().right();
        }
        return Edges.of(xs, n);
    }

    /** Row lines of this fragment: the distinct tops and bottoms of its cells. */
    Edges rowEdges() {
        float[] ys = new float[cells.size() * 2];
        int n = 0;
        for (FragmentCell c : cells) {
            ys[n++] = c.box().top();
            ys[n++] = c.box().bottom();
        }
        return Edges.of(ys, n);
    }
}
