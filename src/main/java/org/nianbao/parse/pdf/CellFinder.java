package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells a page's ruling lines enclose, the way tabula's lattice mode finds them (a cell is the smallest box
 * from a crossing point, down one column line and right along one row line, whose far corner is a crossing of the
 * same two lines), with the crossings sorted by row and by column: tabula compares every crossing with every
 * other, which took minutes on a page ruled into a 300 × 300 grid.
 */
final class CellFinder {
    /** Lines reaching this close (points) to a crossing line cross it (tabula's reach). */
    private static final float REACH = 2f;
    /** At most this many crossings are tried down and across from one corner: no table cell spans more lines. */
    private static final int MAX_TRIED = 256;

    private CellFinder() {
    }

    /**
     * The cells as {@code {left, top, right, bottom}}, corners taken row by row from the top, left to right in a
     * row. Positions are compared as {@link Float#compare} does (two crossings at one place are the first found).
     */
    static List<float[]> cells(List<Segment> horizontals, List<Segment> verticals) {
        Crossings at = crossings(horizontals, verticals);
        int n = at.count;
        Integer[] byRow = order(n, (a, b) -> compare(at.y[a], at.y[b], at.x[a], at.x[b]));
        Integer[] byColumn = order(n, (a, b) -> compare(at.x[a], at.x[b], at.y[a], at.y[b]));
        int[] columnRank = new int[n];
        for (int i = 0; i < n; i++) {
            columnRank[byColumn[i]] = i;
        }
        List<float[]> cells = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            float[] cell = cellFrom(at, byRow, r, byColumn, columnRank[byRow[r]]);
            if (cell != null) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The cell whose top-left corner is crossing {@code byRow[r]} (= {@code byColumn[c]}), or null. */
    private static float[] cellFrom(Crossings at, Integer[] byRow, int r, Integer[] byColumn, int c) {
        int corner = byRow[r];
        float x = at.x[corner];
        float y = at.y[corner];
        int down = 0;
        for (int k = c + 1; k < byColumn.length && Float.compare(at.x[byColumn[k]], x) == 0; k++) {
            if (++down > MAX_TRIED) {
                return null;
            }
            int below = byColumn[k];
            if (at.vertical[below] != at.vertical[corner]) {
                continue; // not joined to the corner by the same column line
            }
            float bottom = at.y[below];
            int across = 0;
            for (int j = r + 1; j < byRow.length && Float.compare(at.y[byRow[j]], y) == 0; j++) {
                if (++across > MAX_TRIED) {
                    break;
                }
                int right = byRow[j];
                if (at.horizontal[right] != at.horizontal[corner]) {
                    continue; // not joined to the corner by the same row line
                }
                Integer far = at.index.get(key(at.x[right], bottom));
                if (far != null && at.horizontal[far] == at.horizontal[below]
                        && at.vertical[far] == at.vertical[right]) {
                    return new float[] {x, y, at.x[right], bottom};
                }
            }
        }
        return null;
    }

    /** Every place a horizontal and a vertical line cross, once: the first pair of lines found crossing there. */
    private static Crossings crossings(List<Segment> horizontals, List<Segment> verticals) {
        Segment[] vs = verticals.toArray(new Segment[0]);
        Arrays.sort(vs, (a, b) -> Float.compare(a.position(), b.position()));
        float[] vx = new float[vs.length];
        for (int i = 0; i < vs.length; i++) {
            vx[i] = vs[i].position();
        }
        Crossings at = new Crossings();
        for (int hi = 0; hi < horizontals.size(); hi++) {
            Segment h = horizontals.get(hi);
            for (int vi = lowerBound(vx, h.start() - REACH); vi < vs.length && vx[vi] <= h.end() + REACH; vi++) {
                Segment v = vs[vi];
                if (h.position() >= v.start() - REACH && h.position() <= v.end() + REACH) {
                    at.add(v.position(), h.position(), hi, vi);
                }
            }
        }
        return at;
    }

    private static int compare(float a, float b, float thenA, float thenB) {
        int c = Float.compare(a, b);
        return c != 0 ? c : Float.compare(thenA, thenB);
    }

    private static Integer[] order(int n, java.util.Comparator<Integer> comparator) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, comparator);
        return order;
    }

    /** A place on the page as one key: equal exactly when {@link Float#compare} finds both coordinates equal. */
    private static long key(float x, float y) {
        return (long) Float.floatToIntBits(x) << 32 | Float.floatToIntBits(y) & 0xFFFFFFFFL;
    }

    /** The first index whose value is at least {@code value}. */
    private static int lowerBound(float[] sorted, float value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Crossing points: position, and the indexes of the horizontal and the vertical line crossing there. */
    private static final class Crossings {
        float[] x = new float[64];
        float[] y = new float[64];
        int[] horizontal = new int[64];
        int[] vertical = new int[64];
        final Map<Long, Integer> index = new HashMap<>();
        int count;

        void add(float px, float py, int h, int v) {
            if (index.putIfAbsent(key(px, py), count) != null) {
                return;
            }
            if (count == x.length) {
                x = Arrays.copyOf(x, count * 2);
                y = Arrays.copyOf(y, count * 2);
                horizontal = Arrays.copyOf(horizontal, count * 2);
                vertical = Arrays.copyOf(vertical, count * 2);
            }
            x[count] = px;
            y[count] = py;
            horizontal[count] = h;
            vertical[count] = v;
            count++;
        }
    }
}
