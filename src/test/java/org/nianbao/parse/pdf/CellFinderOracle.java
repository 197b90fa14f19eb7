package org.nianbao.parse.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CellFinder as it was written first, with tree maps of crossings: the oracle the array version is held to. The rest
 * of this comment is the original one.
 *
 * The cells a page's ruling lines enclose, the way tabula's lattice mode finds them (a cell is the smallest box
 * from a crossing point, down one column line and right along one row line, whose far corner is a crossing of the
 * same two lines), with the crossings indexed by row and by column: tabula compares every crossing with every
 * other, which took minutes on a page ruled into a 300 × 300 grid.
 */
final class CellFinderOracle {
    /** Lines reaching this close (points) to a crossing line cross it (tabula's reach). */
    private static final float REACH = 2f;
    /** At most this many crossings are tried down and across from one corner: no table cell spans more lines. */
    private static final int MAX_TRIED = 256;

    private CellFinderOracle() {
    }

    /** The cells as {@code {left, top, right, bottom}}, in no particular order. */
    static List<float[]> cells(List<Segment> horizontals, List<Segment> verticals) {
        // crossing points: x → (y → [horizontal index, vertical index]), and y → sorted xs
        Map<Float, TreeMap<Float, int[]>> byColumn = new HashMap<>();
        TreeMap<Float, TreeMap<Float, int[]>> byRow = new TreeMap<>();
        Segment[] vs = verticals.toArray(new Segment[0]);
        Arrays.sort(vs, (a, b) -> Float.compare(a.position(), b.position()));
        float[] vx = new float[vs.length];
        for (int i = 0; i < vs.length; i++) {
            vx[i] = vs[i].position();
        }
        for (int hi = 0; hi < horizontals.size(); hi++) {
            Segment h = horizontals.get(hi);
            for (int vi = lowerBound(vx, h.start() - REACH); vi < vs.length && vx[vi] <= h.end() + REACH; vi++) {
                Segment v = vs[vi];
                if (h.position() >= v.start() - REACH && h.position() <= v.end() + REACH) {
                    int[] lines = {hi, vi};
                    byColumn.computeIfAbsent(v.position(), k -> new TreeMap<>()).putIfAbsent(h.position(), lines);
                    byRow.computeIfAbsent(h.position(), k -> new TreeMap<>()).putIfAbsent(v.position(), lines);
                }
            }
        }
        List<float[]> cells = new ArrayList<>();
        for (Map.Entry<Float, TreeMap<Float, int[]>> row : byRow.entrySet()) {
            float y = row.getKey();
            for (Map.Entry<Float, int[]> corner : row.getValue().entrySet()) {
                float x = corner.getKey();
                float[] cell = cellFrom(x, y, corner.getValue(), row.getValue(), byColumn, byRow);
                if (cell != null) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    private static float[] cellFrom(float x, float y, int[] lines, TreeMap<Float, int[]> rowPoints,
            Map<Float, TreeMap<Float, int[]>> byColumn, TreeMap<Float, TreeMap<Float, int[]>> byRow) {
        int down = 0;
        for (Map.Entry<Float, int[]> below : byColumn.get(x).tailMap(y, false).entrySet()) {
            if (++down > MAX_TRIED) {
                return null;
            }
            if (below.getValue()[1] != lines[1]) {
                continue; // not joined to the corner by the same column line
            }
            float bottom = below.getKey();
            TreeMap<Float, int[]> bottomRow = byRow.get(bottom);
            int across = 0;
            for (Map.Entry<Float, int[]> right : rowPoints.tailMap(x, false).entrySet()) {
                if (++across > MAX_TRIED) {
                    break;
                }
                if (right.getValue()[0] != lines[0]) {
                    continue; // not joined to the corner by the same row line
                }
                int[] far = bottomRow.get(right.getKey());
                if (far != null && far[0] == below.getValue()[0] && far[1] == right.getValue()[1]) {
                    return new float[] {x, y, right.getKey(), bottom};
                }
            }
        }
        return null;
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
}
