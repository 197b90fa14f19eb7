package org.nianbao.parse.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines drawn on a page image: long thin runs of ink, horizontal and vertical. A run may have gaps of a
 * few pixels (a line thinned by the threshold or by JPEG) and may drift by a pixel from row to row (a page not quite
 * straight); runs of neighbouring rows that overlap are one line. Ink thicker than a ruling (a black bar) or shorter
 * than a cell's side (the strokes of characters) is not a line.
 */
final class Rulings {
    /** One line: along {@code from..to} at {@code at} (the centre across), {@code thickness} pixels wide. */
    record Line(int at, int from, int to, int thickness) {
        int length() {
            return to - from;
        }
    }

    final List<Line> horizontal;
    final List<Line> vertical;

    private Rulings(List<Line> horizontal, List<Line> vertical) {
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    /** The lines of a page scanned at {@code dpi}. */
    static Rulings find(Ink ink, double dpi) {
        int gap = Math.max(2, (int) Math.round(dpi / 100));
        int maxThickness = Math.max(4, (int) Math.round(dpi / 25));
        List<Line> h = lines(ink, true, (int) Math.round(0.3 * dpi), gap, maxThickness);
        List<Line> v = lines(ink, false, (int) Math.round(0.2 * dpi), gap, maxThickness);
        return new Rulings(h, v);
    }

    /** Runs along rows ({@code horizontal}) or columns, joined across neighbouring rows into lines. */
    private static List<Line> lines(Ink ink, boolean horizontal, int minLength, int gap, int maxThickness) {
        int across = horizontal ? ink.height : ink.width;
        int along = horizontal ? ink.width : ink.height;
        List<int[]> open = new ArrayList<>(); // {firstRow, lastRow, from, to}
        List<int[]> done = new ArrayList<>();
        for (int r = 0; r < across; r++) {
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            int lastInk = -1;
            for (int i = 0; i <= along; i++) {
                boolean on = i < along && (horizontal ? ink.on[r * ink.width + i] : ink.on[i * ink.width + r]);
                if (on) {
                    if (start < 0) {
                        start = i;
                    }
                    lastInk = i;
                } else if (start >= 0 && i - lastInk > gap) {
                    if (lastInk - start + 1 >= minLength) {
                        runs.add(new int[] {start, lastInk});
                    }
                    start = -1;
                }
            }
            List<int[]> stillOpen = new ArrayList<>();
            for (int[] run : runs) {
                int[] joined = null;
                for (int[] o : open) {
                    if (o[1] >= r - 1 && overlap(o[2], o[3], run[0], run[1]) > 0.5 * Math.min(o[3] - o[2], run[1] - run[0])) {
                        joined = o;
                        break;
                    }
                }
                if (joined == null) {
                    joined = new int[] {r, r, run[0], run[1]};
                    open.add(joined);
                } else {
                    joined[1] = r;
                    joined[2] = Math.min(joined[2], run[0]);
                    joined[3] = Math.max(joined[3], run[1]);
                }
                if (!stillOpen.contains(joined)) {
                    stillOpen.add(joined);
                }
            }
            for (int[] o : open) {
                if (!stillOpen.contains(o)) {
                    done.add(o);
                }
            }
            open = stillOpen;
        }
        done.addAll(open);
        List<Line> out = new ArrayList<>();
        for (int[] o : done) {
            int thickness = o[1] - o[0] + 1;
            if (thickness <= maxThickness) {
                out.add(new Line((o[0] + o[1]) / 2, o[2], o[3], thickness));
            }
        }
        out.sort(Comparator.comparingInt(Line::at).thenComparingInt(Line::from));
        return out;
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }
}
