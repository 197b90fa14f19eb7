package org.nianbao.parse.pdf;

import java.util.ArrayList;
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
        List<Float> xs = new ArrayList<>();
        for (FragmentCell c : cells) {
            xs.add(c.box().left());
            xs.add(c.box().right());
        }
        return Edges.of(xs);
    }

    /** Row lines of this fragment: the distinct tops and bottoms of its cells. */
    Edges rowEdges() {
        List<Float> ys = new ArrayList<>();
        for (FragmentCell c : cells) {
            ys.add(c.box().top());
            ys.add(c.box().bottom());
        }
        return Edges.of(ys);
    }
}
