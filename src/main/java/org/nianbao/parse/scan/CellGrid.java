package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables built from a page's ruling lines. Lines that cross or touch are one table; its row and column boundaries
 * are where its lines lie (lines a pixel or two apart are one boundary). Two neighbouring grid slots are one cell
 * when no line separates them (a span); a line counts as separating where it covers most of the slots' common side.
 * A line that touches no line across (a seal's arc, an underline) is not part of a table.
 */
final class CellGrid {
    /** A cell: its grid slots and its box on the page, lines included. */
    record GridCell(int row, int col, int rowSpan, int colSpan, int left, int top, int right, int bottom) {
    }

    /** A table on a page: boundaries (pixels) and cells. */
    record GridTable(int[] xs, int[] ys, List<GridCell> cells, int lineWidth) {
        int top() {
            return ys[0];
        }

        int bottom() {
            return ys[ys.length - 1];
        }

        int left() {
            return xs[0];
        }

        int right() {
            return xs[xs.length - 1];
        }
    }

    private CellGrid() {
    }

    /** A table has a row at least this tall (inches): one line of text and its margins. */
    private static final double MIN_ROW = 0.2;

    static List<GridTable> tables(Rulings rulings, double dpi) {
        int tol = Math.max(3, (int) Math.round(0.03 * dpi));
        int minRow = (int) Math.round(MIN_ROW * dpi);
        List<Rulings.Line> h = rulings.horizontal;
        List<Rulings.Line> v = rulings.vertical;
        int n = h.size() + v.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int[] touches = new int[n];
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (cross(h.get(i), v.get(j), tol)) {
                    union(parent, i, h.size() + j);
                    touches[i]++;
                    touches[h.size() + j]++;
                }
            }
        }
        List<GridTable> out = new ArrayList<>();
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (used[root]) {
                continue;
            }
            used[root] = true;
            List<Rulings.Line> hs = new ArrayList<>();
            List<Rulings.Line> vs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (find(parent, k) == root && touches[k] >= 2) {
                    if (k < h.size()) {
                        hs.add(h.get(k));
                    } else {
                        vs.add(v.get(k - h.size()));
                    }
                }
            }
            GridTable t = table(hs, vs, tol);
            if (t != null && tallestRow(t) >= minRow) { // lower, it is strokes of characters that line up
                out.add(t);
            }
        }
        out.sort((a, b) -> Integer.compare(a.top(), b.top()));
        return out;
    }

    private static GridTable table(List<Rulings.Line> hs, List<Rulings.Line> vs, int tol) {
        int[] ys0 = boundaries(hs, tol);
        int[] xs0 = boundaries(vs, tol);
        int[] ys = separating(ys0, xs0, hs, tol);
        int[] xs = separating(xs0, ys0, vs, tol);
        if (ys.length < 2 || xs.length < 3) {
            return null; // every report table has at least two columns
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(vs, xs[c + 1], ys[r], ys[r + 1], tol)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(hs, ys[r + 1], xs[c], xs[c + 1], tol)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        List<GridCell> cells = new ArrayList<>();
        boolean[] taken = new boolean[rows * cols];
        for (int s = 0; s < parent.length; s++) {
            if (taken[s]) {
                continue;
            }
            int root = find(parent, s);
            int r0 = rows;
            int r1 = -1;
            int c0 = cols;
            int c1 = -1;
            int count = 0;
            for (int k = 0; k < parent.length; k++) {
                if (find(parent, k) == root) {
                    r0 = Math.min(r0, k / cols);
                    r1 = Math.max(r1, k / cols);
                    c0 = Math.min(c0, k % cols);
                    c1 = Math.max(c1, k % cols);
                    count++;
                }
            }
            boolean rectangle = count == (r1 - r0 + 1) * (c1 - c0 + 1);
            if (rectangle) {
                for (int k = 0; k < parent.length; k++) {
                    if (find(parent, k) == root) {
                        taken[k] = true;
                    }
                }
                cells.add(new GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]));
            } else { // a broken line joined slots into an odd shape: keep the slot alone rather than guess
                taken[s] = true;
                int r = s / cols;
                int c = s % cols;
                cells.add(new GridCell(r, c, 1, 1, xs[c], ys[r], xs[c + 1], ys[r + 1]));
            }
        }
        int width = 0;
        for (Rulings.Line l : hs) {
            width = Math.max(width, l.thickness());
        }
        for (Rulings.Line l : vs) {
            width = Math.max(width, l.thickness());
        }
        return new GridTable(xs, ys, cells, width);
    }

    private static int tallestRow(GridTable t) {
        int most = 0;
        for (int r = 0; r + 1 < t.ys().length; r++) {
            most = Math.max(most, t.ys()[r + 1] - t.ys()[r]);
        }
        return most;
    }

    /** A boundary's lines cover at least this share of some slot's side, or it is no boundary. */
    private static final double SEPARATES = 0.85;

    /**
     * The inner boundaries ({@code at}, across {@code other}) that separate at least one pair of slots all along
     * their common side. A piece of a seal's ring touching two lines (a grey seal on a grey scan) makes a boundary
     * that covers part of a side only, and split the cell it fell in: a column too many, and the row lost.
     */
    private static int[] separating(int[] at, int[] other, List<Rulings.Line> lines, int tol) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            boolean keep = i == 0 || i == at.length - 1;
            for (int k = 0; !keep && k + 1 < other.length; k++) {
                // a slot no longer than the lines' crossings leaves nothing to judge (a seal's piece made it, too)
                keep = other[k + 1] - other[k] > 3 * tol
                        && coverage(lines, at[i], other[k], other[k + 1], tol) >= SEPARATES;
            }
            if (keep) {
                out.add(at[i]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether lines at {@code at} cover most of {@code from..to} (its ends, where lines cross, left out). */
    private static boolean covered(List<Rulings.Line> lines, int at, int from, int to, int tol) {
        return coverage(lines, at, from, to, tol) >= 0.6;
    }

    /** The share of {@code from..to} (its ends, where lines cross, left out) that lines at {@code at} cover. */
    private static double coverage(List<Rulings.Line> lines, int at, int from, int to, int tol) {
        int a = from + tol;
        int b = to - tol;
        if (b <= a) {
            return 1;
        }
        boolean[] on = new boolean[b - a];
        for (Rulings.Line l : lines) {
            if (Math.abs(l.at() - at) <= tol) {
                for (int p = Math.max(a, l.from()); p < Math.min(b, l.to() + 1); p++) {
                    on[p - a] = true;
                }
            }
        }
        int n = 0;
        for (boolean x : on) {
            n += x ? 1 : 0;
        }
        return (double) n / on.length;
    }

    /** Positions of the lines, those within {@code tol} of each other taken as one (their mean). */
    private static int[] boundaries(List<Rulings.Line> lines, int tol) {
        List<Integer> at = lines.stream().map(Rulings.Line::at).sorted().toList();
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < at.size()) {
            int j = i;
            long sum = 0;
            while (j < at.size() && at.get(j) - at.get(i) <= tol) {
                sum += at.get(j);
                j++;
            }
            out.add((int) (sum / (j - i)));
            i = j;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean cross(Rulings.Line h, Rulings.Line v, int tol) {
        return v.at() >= h.from() - tol && v.at() <= h.to() + tol && h.at() >= v.from() - tol && h.at() <= v.to() + tol;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
