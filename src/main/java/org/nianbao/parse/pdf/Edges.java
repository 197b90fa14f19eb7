package org.nianbao.parse.pdf;

import java.util.Arrays;

/**
 * Distinct grid lines along one axis: cell edge positions merged when closer than {@link #TOLERANCE}, so the same
 * ruling drawn twice or a hairline double border counts once. A cell's row or column index is the index of its
 * leading edge.
 */
final class Edges {
    /** Edges closer than this (points) are one grid line. */
    static final float TOLERANCE = 2f;

    private final float[] lines;

    private Edges(float[] lines) {
        this.lines = lines;
    }

    /** The grid lines at these positions (the first {@code n} of the array, which is sorted in place). */
    static Edges of(float[] positions, int n) {
        Arrays.sort(positions, 0, n);
        float[] lines = new float[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            float p = positions[i];
            if (count == 0 || p - lines[count - 1] > TOLERANCE) {
                lines[count++] = p;
            }
        }
        return new Edges(Arrays.copyOf(lines, count));
    }

    /** The index of the grid line at this position; the nearest one, as every position was merged in. */
    int indexOf(float position) {
        int best = 0;
        for (int i = 1; i < lines.length; i++) {
            if (Math.abs(lines[i] - position) < Math.abs(lines[best] - position)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * True when every inner line (not the first or last) of one set lies on a line of the other: the columns of
     * one table part refine or coarsen the other's, as when a page's part merges some label columns.
     */
    boolean innerLinesNest(Edges other) {
        return innerSubsetOf(this, other) || innerSubsetOf(other, this);
    }

    private static boolean innerSubsetOf(Edges a, Edges b) {
        for (int i = 1; i < a.lines.length - 1; i++) {
            if (!same(b.lines[b.indexOf(a.lines[i])], a.lines[i])) {
                return false;
            }
        }
        return true;
    }

    /** The position of grid line {@code i}, counted from the start. */
    float at(int i) {
        return lines[i];
    }

    /** Number of grid lines; the number of rows or columns is one less. */
    int count() {
        return lines.length;
    }

    static boolean same(float a, float b) {
        return Math.abs(a - b) <= TOLERANCE;
    }
}
