package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A page's drawn lines made into the ruling lines of its tables. Positions closer than {@link #SNAP} are one
 * position (a border drawn twice, a cell edge a hair off its neighbour's, a line ending a hair short of the line it
 * meets); pieces of one line that touch or nearly touch are one line. A row whose border was left on another page
 * (a table cut by a page break, as Chromium prints it) is closed where its column lines end: two or more column
 * lines that run on past the last row line they cross, to the same end, mark the edge of that row.
 */
final class RulingLines {
    /** Positions closer than this (points) are the same line. */
    static final float SNAP = 2f;
    /** Pieces of one line separated by at most this gap (points) are one line. */
    private static final float JOIN = 1f;
    /** Column lines running on at least this far (points) past the last row line they cross leave a row open. */
    private static final float OPEN_ROW = 3f;

    private final List<Segment> horizontals;
    private final List<Segment> verticals;

    private RulingLines(List<Segment> horizontals, List<Segment> verticals) {
        this.horizontals = horizontals;
        this.verticals = verticals;
    }

    static RulingLines of(List<Segment> segments) {
        float[] xs = new float[segments.size() * 2];
        float[] ys = new float[segments.size() * 2];
        int nx = 0;
        int ny = 0;
        for (Segment s : segments) {
            if (s.horizontal()) {
                ys[ny++] = s.position();
                xs[nx++] = s.start();
                xs[nx++] = s.end();
            } else {
                xs[nx++] = s.position();
                ys[ny++] = s.start();
                ys[ny++] = s.end();
            }
        }
        Snap snapX = new Snap(Arrays.copyOf(xs, nx));
        Snap snapY = new Snap(Arrays.copyOf(ys, ny));
        List<Segment> h = new ArrayList<>();
        List<Segment> v = new ArrayList<>();
        for (Segment s : segments) {
            if (s.horizontal()) {
                h.add(new Segment(true, snapY.of(s.position()), snapX.of(s.start()), snapX.of(s.end())));
            } else {
                v.add(new Segment(false, snapX.of(s.position()), snapY.of(s.start()), snapY.of(s.end())));
            }
        }
        return new RulingLines(joined(h), joined(v));
    }

    /** These lines with the rows a page break left open closed (see the class comment). */
    RulingLines closeOpenRows() {
        List<Segment> closed = new ArrayList<>(horizontals);
        closed.addAll(openRowEdges(horizontals, verticals));
        return new RulingLines(joined(closed), verticals);
    }

    List<Segment> horizontals() {
        return horizontals;
    }

    List<Segment> verticals() {
        return verticals;
    }

    /** Times a horizontal and a vertical line cross: what cell finding costs. */
    long crossings() {
        return (long) horizontals.size() * verticals.size();
    }

    /** Collinear pieces that overlap or nearly touch, joined; pieces of no length dropped. */
    private static List<Segment> joined(List<Segment> lines) {
        List<Segment> sorted = new ArrayList<>();
        for (Segment s : lines) {
            if (s.length() > 0) {
                sorted.add(s);
            }
        }
        sorted.sort(Comparator.comparingDouble(Segment::position).thenComparingDouble(Segment::start));
        List<Segment> result = new ArrayList<>();
        Segment current = null;
        for (Segment s : sorted) {
            if (current != null && current.position() == s.position() && s.start() <= current.end() + JOIN) {
                current = new Segment(current.horizontal(), current.position(), current.start(),
                        Math.max(current.end(), s.end()));
            } else {
                if (current != null) {
                    result.add(current);
                }
                current = s;
            }
        }
        if (current != null) {
            result.add(current);
        }
        return result;
    }

    /**
     * Row lines where column lines end past every row line they cross: at each height where two or more column
     * lines end and at least one of them ends so (an open row), a row line across all the column lines ending
     * there. A cell running on over the page break (its lower edge drawn on the next page only) is closed with
     * its row.
     */
    private static List<Segment> openRowEdges(List<Segment> horizontals, List<Segment> verticals) {
        List<float[]> tops = new ArrayList<>();
        List<float[]> bottoms = new ArrayList<>();
        for (Segment v : verticals) {
            float first = Float.MAX_VALUE;
            float last = -Float.MAX_VALUE;
            for (Segment h : horizontals) {
                boolean crosses = h.position() >= v.start() - SNAP && h.position() <= v.end() + SNAP
                        && v.position() >= h.start() - SNAP && v.position() <= h.end() + SNAP;
                if (crosses) {
                    first = Math.min(first, h.position());
                    last = Math.max(last, h.position());
                }
            }
            // a column line crossing no row line runs past them all (a label column through a whole page)
            tops.add(new float[] {v.start(), v.position(), v.start() < first - OPEN_ROW ? 1 : 0});
            bottoms.add(new float[] {v.end(), v.position(), v.end() > last + OPEN_ROW ? 1 : 0});
        }
        List<Segment> edges = new ArrayList<>();
        edges.addAll(edgesAlong(tops));
        edges.addAll(edgesAlong(bottoms));
        return edges;
    }

    /**
     * For each height where two or more column lines end, one of them open ({@code [height, x, open]}), a row line
     * from the leftmost to the rightmost.
     */
    private static List<Segment> edgesAlong(List<float[]> ends) {
        ends.sort((a, b) -> a[0] != b[0] ? Float.compare(a[0], b[0]) : Float.compare(a[1], b[1]));
        List<Segment> edges = new ArrayList<>();
        int i = 0;
        while (i < ends.size()) {
            int j = i;
            boolean open = ends.get(i)[2] > 0;
            while (j + 1 < ends.size() && ends.get(j + 1)[0] == ends.get(i)[0]) {
                j++;
                open |= ends.get(j)[2] > 0;
            }
            if (j > i && open) {
                edges.add(new Segment(true, ends.get(i)[0], ends.get(i)[1], ends.get(j)[1]));
            }
            i = j + 1;
        }
        return edges;
    }

    /**
     * Positions along one axis, each moved to the mean of its group: sorted, a group takes every position closer
     * than {@link #SNAP} to its first one.
     */
    private static final class Snap {
        private final float[] sorted;
        private final float[] snapped;

        Snap(float[] values) {
            sorted = values.clone();
            Arrays.sort(sorted);
            snapped = new float[sorted.length];
            int i = 0;
            while (i < sorted.length) {
                int j = i;
                double sum = 0;
                while (j < sorted.length && sorted[j] - sorted[i] < SNAP) {
                    sum += sorted[j];
                    j++;
                }
                float mean = (float) (sum / (j - i));
                Arrays.fill(snapped, i, j, mean);
                i = j;
            }
        }

        float of(float value) {
            int at = Arrays.binarySearch(sorted, value);
            return at >= 0 ? snapped[at] : value;
        }
    }
}
